import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('a month before a verb of telling is not joined to the year of what was told', () => {
  it.each([
    ['ru: «в январе называл товарооборот за 2025 год»', '2026-03-01',
      'Посол в январе называл товарооборот за 2025 год «около 4,5 млрд долларов».',
      ['trade_turnover 4500000000 2025 actual']],
    ['ru: «в марте сообщил, что за 2023 год»', '2024-05-01',
      'Министр в марте сообщил о товарообороте за 2023 год в 3 млрд долларов.',
      ['trade_turnover 3000000000 2023 actual']],
    // Kept: a part of a year and its year a few words on, with no verb of telling between them.
    ['en: "first-half figures for this year"', '2019-08-26',
      'First-half figures for this year show trade between Russia and Kyrgyzstan down by 12%.',
      ['trade_turnover_growth_pct -12 2019-H1 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
