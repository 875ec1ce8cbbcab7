import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** A page whose dateline has a day and a month but no year, and no year anywhere. */
const NO_YEAR = 'source: http://example.org/a\n\nБишкек. 18 августа. ИНТЕРФАКС - Министр провел переговоры с коллегой.\n\n';
const NO_YEAR_EN = 'source: http://example.org/a\n\nBISHKEK, Aug 18 (Interfax) - The minister held talks with his counterpart.\n\n';

describe('in a page without a year, an event counted only when dated keeps a null date when its clause has a time of its own', () => {
  it.each([
    ['ru: «в прошлом году боевики захватили заложников»',
      NO_YEAR + 'Напомним, что в прошлом году боевики захватили в горах заложников.',
      ['null past meeting «ИНТЕРФАКС -»', 'null past other «Напомним, что»']],
    ['en: "last year militants took hostages"',
      NO_YEAR_EN + 'Last year militants took four geologists hostage in the mountains.',
      ['null past meeting «BISHKEK, Aug»', 'null past other «Last year»']],
    // Negative: with no time of its own the event is background, as in a dated page.
    ['ru: hostages taken, told with no time',
      NO_YEAR + 'Боевики захватили в горах заложников.',
      ['null past meeting «ИНТЕРФАКС -»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
