import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('"over the same period" of a year right after a percentage is the base, not the figure\'s period', () => {
  it.each([
    ['en: "up … percent over the same period last year"', '2031-06-02',
      'Russia–Kyrgyzstan trade in the first five months of 2031 came to $910 million, up 14.2 percent over the same period last year.',
      ['trade_turnover 910000000 2031-5M actual', 'trade_turnover_growth_pct 14.2 2031-5M actual']],
    ['en: "rising by …% over the same period of 2030"', '2031-09-12',
      'Bilateral trade in January-August 2031 reached $1.6 billion, rising by 6% over the same period of 2030.',
      ['trade_turnover 1600000000 2031-8M actual', 'trade_turnover_growth_pct 6 2031-8M actual']],
    // Kept: "over the same period" alone is the period told before; a sum set against the same period of a year is of that year.
    ['en: "fell …% over the same period" alone is the period told before', '2031-07-20',
      'Remittances from Russia fell sharply in the first half of 2031. Bilateral trade fell 9% over the same period.',
      ['trade_turnover_growth_pct -9 2031-H1 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});

describe('a source of record shown as showing the value ends the aim of the clause before it', () => {
  it.each([
    ['en: "want … to reach …, and Kyrgyz statistics show … in the first quarter"', '2031-06-02',
      'The two cabinets aim for yearly trade of $6 billion, and the statistics office figures show a turnover of $1.3 billion in the first quarter of 2031, 7% more than a year earlier.',
      ['trade_turnover 6000000000 annual target', 'trade_turnover 1300000000 2031-Q1 actual', 'trade_turnover_growth_pct 7 2031-Q1 actual']],
    ['en: "customs data showed … in 2030"', '2031-03-15',
      'Officials want trade to grow to $6 billion a year, though Russian customs data showed trade of $4.2 billion in 2030.',
      ['trade_turnover 6000000000 annual target', 'trade_turnover 4200000000 2030 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});

describe('«есть все возможности», "every opportunity": a chance, as «все шансы» is (a yearly volume ahead so told is an aim)', () => {
  it.each([
    ['ru: «есть все возможности выйти на рубеж в … в год»', '2031-07-10',
      'В прошлом году товарооборот превысил 4 млрд долларов, и у нас есть все возможности довести его до 6 миллиардов в год.',
      ['trade_turnover 4000000000 2030 actual', 'trade_turnover 6000000000 annual target']],
    ['ru: «видим реальные перспективы выйти на … по итогам года»', '2031-10-20',
      'Товарооборот за девять месяцев вырос на 12%. «Мы видим реальные перспективы выйти на 5 миллиардов долларов по итогам года», — сказал министр.',
      ['trade_turnover_growth_pct 12 2031-9M actual', 'trade_turnover 5000000000 2031 forecast']],
    ['en: "we have every opportunity to reach … this year"', '2031-07-10',
      'Trade with Russia grew by a fifth in 2030, and we have every opportunity to reach $5 billion this year, the minister said.',
      ['trade_turnover_growth_pct 20 2030 actual', 'trade_turnover 5000000000 2031 forecast']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
