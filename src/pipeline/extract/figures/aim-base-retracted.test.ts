import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('a yearly volume of turnover ahead is an aim, not a forecast', () => {
  it.each([
    ['en: "could reach $X a year by YEAR"', '2025-09-10',
      'The minister said trade between Kyrgyzstan and Russia could reach $6 billion a year by 2032.',
      ['trade_turnover 6000000000 annual target']],
    ['ru: «может выйти на X в год»', '2025-09-10',
      'По словам министра, товарооборот Киргизии и России может выйти на 6 млрд долларов в год.',
      ['trade_turnover 6000000000 annual target']],
    // Kept: a forecast of a dated period stays a forecast.
    ['en: a forecast of a year stays a forecast', '2025-09-10',
      'Trade between Kyrgyzstan and Russia could reach $6 billion in 2026.',
      ['trade_turnover 6000000000 2026 forecast']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});

describe('the base of a comparison in a year gone by is what trade was', () => {
  it.each([
    ['en: "expected to top X, compared with Y in <last year>"', '2025-10-20',
      'Turnover between Russia and Kyrgyzstan is expected to top $3.9 billion this year, compared with $3.4 billion in 2024.',
      ['trade_turnover 3900000000 2025 forecast', 'trade_turnover 3400000000 2024 actual']],
    ['ru: «может составить X против Y в <прошлом году>»', '2025-10-20',
      'Товарооборот России и Киргизии в этом году может составить 3,9 млрд долларов против 3,4 млрд долларов в 2024 году.',
      ['trade_turnover 3900000000 2025 forecast', 'trade_turnover 3400000000 2024 actual']],
    // Kept: a base in a year still ahead is not a value already reached.
    ['en: a comparison with a later year stays a forecast', '2025-10-20',
      'Turnover between Russia and Kyrgyzstan is expected to top $3.9 billion in 2026, against $4.2 billion in 2027.',
      ['trade_turnover 3900000000 2026 forecast', 'trade_turnover 4200000000 2027 forecast']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});

describe('a figure a correction withdraws is not the turnover', () => {
  it.each([
    ['en: "misstated … as"', '2025-05-02',
      'A previous version of this report misstated trade between Kyrgyzstan and Russia in 2024 as $3.9 billion. The correct figure is $3.3 billion.',
      ['retracted_figure 3900000000 2024 actual', 'trade_turnover 3300000000 2024 actual']],
    ['ru: «ошибочно указан»', '2025-05-02',
      'В первоначальной версии заметки товарооборот России и Киргизии за 2024 год был ошибочно указан в 3,9 млрд долларов.',
      ['retracted_figure 3900000000 2024 actual']],
    ['en: "An earlier version of this story gave … as"', '2006-04-11',
      'Correction: An earlier version of this story gave the 2005 trade figure between Russia and Kyrgyzstan as $420 million. The correct figure is $510 million.',
      ['retracted_figure 420000000 2005 actual', 'trade_turnover 510000000 2005 actual']],
    ['ru: «В предыдущей версии материала был указан»', '2006-04-11',
      'В предыдущей версии материала товарооборот России и Киргизии за 2005 год был указан в 420 млн долларов.',
      ['retracted_figure 420000000 2005 actual']],
    // Kept: an earlier version of a document, not of the story, withdraws nothing.
    ['en: an earlier version of a programme is no correction', '2006-04-11',
      'An earlier version of the programme put trade between Russia and Kyrgyzstan at $420 million in 2005.',
      ['trade_turnover 420000000 2005 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date, false).filter((l) => l.startsWith('trade_turnover') || l.startsWith('retracted'))).toEqual(want);
  });
});

describe('analysts allowing for a level tell a forecast', () => {
  it.each([
    ['ru: «допустили рост до X»', '2025-05-02',
      'Эксперты допустили рост товарооборота России и Киргизии до $4,8 млрд в 2026 году.',
      ['trade_turnover 4800000000 2026 forecast']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
