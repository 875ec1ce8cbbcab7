import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** A write-off named by the noun with its year; a second one told by ellipsis in Russian (the existing rule). */
describe('write-offs told with their years', () => {
  it.each([
    ['en: the noun with its year, «the write-off of 2008»',
      'date: 2031-04-08\n\nThe republic owes little to Moscow since the write-off of 2008, a banker noted.',
      ['2008 past other «The republic»']],
    // Negative: a write-off named without a year of its own tells no dated write-off.
    ['en: «a write-off of arrears» with no year', 'date: 2031-04-08\n\nThe economists doubt that a write-off of arrears helps.', []],
    ['ru: the second write-off by ellipsis, «а в 2013 году — ещё $40 млн» (the existing rule)',
      'date: 2031-04-08\n\nРоссия в 2008 году списала $90 млн долга, а в 2013 году — ещё $40 млн.',
      ['2008 past other «Россия в»', '2013 past other «а в»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
