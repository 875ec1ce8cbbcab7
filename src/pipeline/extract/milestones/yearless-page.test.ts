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

describe('in a page without a year, a gathering in another named place is another gathering', () => {
  it.each([
    ['en: the SCO summit in Astana, then the CSTO council in Minsk',
      NO_YEAR_EN + 'The ministers discussed preparations for the SCO summit in Astana later this month.\n\nThey also looked at the agenda of the CSTO Collective Security Council session planned for Minsk in early October.',
      ['null past meeting «BISHKEK, Aug»', 'null planned summit «The ministers»', 'null planned summit «They also»']],
    // Negative: the same summit told again in its own place.
    ['en: the Astana summit told again',
      NO_YEAR_EN + 'The ministers discussed preparations for the SCO summit in Astana later this month.\n\nThey also looked at the agenda of the summit in Astana.',
      ['null past meeting «BISHKEK, Aug»', 'null planned summit «The ministers»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
