import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «После церемонии», "After the ceremony" name the festive occasion told before, an opening told as done too: a step told
// as done after it continues it, and so does a plan after one of the article's own day.
describe('a step after the ceremony continues the opening told before', () => {
  it.each([
    ['ru: «открыли авиабазу … После церемонии президенты проведут переговоры» on the article\'s day',
      'date: 2031-10-23\n\nПрезиденты двух стран в четверг открыли новую авиабазу под Ошем. После церемонии президенты проведут переговоры в узком составе.',
      ['2031-10-23 past other «Президенты двух»', '2031-10-23 planned meeting «После церемонии»']],
    ['en: "opened a school … After the ceremony the presidents will hold talks" on the article\'s day',
      'date: 2031-10-23\n\nThe two presidents on Thursday opened a new school in Osh. After the ceremony the presidents will hold talks at the residence.',
      ['2031-10-23 past other «The two»', '2031-10-23 planned meeting «After the»']],
    ['ru: told as done, the talks after the ceremony are of its day',
      'date: 2031-10-24\n\nВчера президенты двух стран открыли новую авиабазу под Ошем. После церемонии президенты провели переговоры в узком составе.',
      ['2031-10-23 past other «Вчера президенты»', '2031-10-23 past meeting «После церемонии»']],
    ['negative: a plan after an opening of an earlier day is not dated by it',
      'date: 2031-10-24\n\nВ понедельник президенты двух стран открыли новую авиабазу под Ошем. После церемонии президенты проведут переговоры в узком составе.',
      ['2031-10-20 past other «В понедельник»', 'null planned meeting «После церемонии»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
