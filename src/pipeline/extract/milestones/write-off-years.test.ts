import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** Write-offs named by the noun with their years, and a second write-off told by a bare sum before its year. */
describe('write-offs told with their years', () => {
  it.each([
    ['en: the noun with its year, «the write-off of 2008»',
      'date: 2031-04-08\n\nThe republic owes little to Moscow since the write-off of 2008, a banker noted.',
      ['2008 past other «The republic»']],
    ['en: a second sum before its year, «and $40 million in 2013»',
      'date: 2031-04-08\n\nMoscow wrote off $90 million in 2008 and $40 million in 2013.',
      ['2008 past other «Moscow wrote»', '2013 past other «and $40»']],
    ['en: the ellipsis after «has written off … debts»',
      'date: 2031-04-08\n\nRussia has written off the republic\'s debts twice: about $70 million under a deal struck in 2006 and $25 million in 2011.',
      ['2006 past other «Russia has»', '2011 past other «and $25»']],
    // Negative: a sum and its year with no write-off verb before them is no write-off.
    ['en: no write-off verb, «lent $90 million in 2008 and $40 million in 2013»',
      'date: 2031-04-08\n\nThe bank reported revenue of $90 million in 2008 and $40 million in 2013.',
      []],
    // Negative: a write-off named without a year of its own tells no dated write-off.
    ['en: «a write-off of arrears» with no year', 'date: 2031-04-08\n\nThe economists doubt that a write-off of arrears helps.', []],
    ['ru: the second write-off by ellipsis, «а в 2013 году — ещё $40 млн» (the existing rule)',
      'date: 2031-04-08\n\nРоссия в 2008 году списала $90 млн долга, а в 2013 году — ещё $40 млн.',
      ['2008 past other «Россия в»', '2013 past other «а в»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
