/** Duties named with a passive relative clause and their day («пошлины на сахар, которые были введены с 1 октября») are introduced that day (`duties` trigger). Every text is invented. */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('duties introduced, told in a passive relative clause', () => {
  it.each([
    ['ru: «пошлины на сахар, которые были введены с 1 октября»',
      'date: 2031-10-20\n\nИмпортёры сахара жалуются на пошлины, которые были введены с 1 октября.',
      ['2031-10-01 past other «Импортёры сахара»']],
    ['ru: «пошлины, которые отменены с 1 июля»',
      'date: 2031-07-20\n\nЭкспортеры зерна ждут возврата средств за пошлины, которые отменены с 1 июля.',
      ['2031-07-01 past other «Экспортеры зерна»']],
    // Negatives: a relative clause of another noun tells no duties; a plain mention of duties tells nothing.
    ['ru: «квоты, которые были введены с 1 марта» are no duties',
      'date: 2031-03-20\n\nЭкспортеры ждут отмены квот на зерно, которые были введены с 1 марта.',
      []],
    ['ru: «пошлины на топливо остаются высокими»',
      'date: 2031-03-20\n\nПошлины на топливо остаются высокими, говорят перевозчики.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
