import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a signing right after talks told with a day takes that day, not the lead\'s', () => {
  it.each([
    ['en: "arrived on Wednesday and held talks the same evening. The two leaders signed …"',
      "date: 2004-03-12\n\nThe president used a state visit and yesterday's summit to speak of trade. He arrived in Bishkek on Wednesday and held talks with his counterpart the same evening. The two leaders signed a declaration on alliance.",
      ['2004-03-11 past visit «The president»', '2004-03-10 past visit «He arrived»', '2004-03-10 past meeting «held talks»', '2004-03-10 past agreement «The two»']],
    ['ru: «В среду провели переговоры. Президенты подписали декларацию»',
      'date: 2004-03-12\n\nВчера в Бишкеке прошел саммит организации. В среду президенты России и Киргизии провели переговоры. Президенты подписали декларацию о союзничестве.',
      ['2004-03-11 past summit «Вчера в»', '2004-03-10 past meeting «В среду»', '2004-03-10 past agreement «Президенты подписали»']],
    ['en: a signing after an undated sentence keeps the lead\'s day',
      "date: 2004-03-12\n\nThe presidents met in Bishkek yesterday. The talks were long. The two leaders signed a declaration on alliance.",
      ['2004-03-11 past meeting «The presidents»', '2004-03-11 past agreement «The two»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
