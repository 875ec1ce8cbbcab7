import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "Sidorov said Russia would provide a $500 million loan": money pledged by a named speaker, told with "would" after a
// past speech verb and no date of its own, was pledged in the news the article reports, on its day. Every text is invented.
describe('money pledged, reported with "would"', () => {
  it.each([
    ['en: "X said Russia would provide a loan"',
      'date: 2031-02-03\n\nPresident Temir Osmonov held talks with Russian President Oleg Sidorov in the Kremlin on Monday.\n\nSidorov said Russia would provide a $750 million loan for the hydropower sector.',
      ['2031-02-03 past meeting «President Temir»', '2031-02-03 past other «Sidorov said»']],
    ['en: "X announced that Moscow would write off …"',
      'date: 2031-02-03\n\nPresident Temir Osmonov held talks with Russian President Oleg Sidorov in the Kremlin on Monday.\n\nSidorov announced that Moscow would write off $90 million of Kyrgyz debt.',
      ['2031-02-03 past meeting «President Temir»', '2031-02-03 past other «Sidorov announced»']],
    // Negative: a date of its own dates it.
    ['en: "said in 2029 that Russia would provide a loan"',
      'date: 2031-02-03\n\nPresident Temir Osmonov held talks with Russian President Oleg Sidorov in the Kremlin on Monday.\n\nSidorov said in 2029 that Russia would provide a $500 million loan to Kyrgyzstan.',
      ['2031-02-03 past meeting «President Temir»', '2029 past other «Sidorov said»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
