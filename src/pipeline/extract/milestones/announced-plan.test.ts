import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('an undated plan told with "…, X has said." is a statement of the article day', () => {
  it.each([
    ['en: "Russia will supply fuel to Bishkek, Kremlin spokesman Dmitry Peskov has said."',
      'date: 2019-03-05\n\nRussia will supply fuel to Bishkek, Kremlin spokesman Dmitry Peskov has said.',
      ['2019-03-05 past other «Russia will»']],
    ['en: "has told Interfax" is the same attribution',
      'date: 2019-03-05\n\nMoscow will not send troops to the border, Foreign Minister Sergei Lavrov has told Interfax.',
      ['2019-03-05 past other «Moscow will»']],
    ['en: a plain "said" leaves the plan undated',
      'date: 2019-03-05\n\nRussia will supply fuel to Bishkek, Kremlin spokesman Dmitry Peskov said.',
      ['null planned other «Russia will»']],
    ['en: "has said" with no one named leaves the plan undated',
      'date: 2019-03-05\n\nRussia will supply fuel to Bishkek, the ministry has said.',
      ['null planned other «Russia will»']],
    ['en: a plan with a date of its own keeps it',
      'date: 2019-03-05\n\nRussia will supply fuel to Bishkek in May, Kremlin spokesman Dmitry Peskov has said.',
      ['2019-05 planned other «Russia will»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
