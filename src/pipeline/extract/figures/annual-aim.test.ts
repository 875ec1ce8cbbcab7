import { describe, expect, it } from 'vitest';
import { isYearlyVolume } from './annual-aim';
import { figureLines } from './test-run';

describe('a yearly aim without a subject goes on with the turnover told before a few asides', () => {
  it.each([
    ['ru: «выйти на $N млрд в год» after two sentences on a meeting', '2026-03-17',
      'Торговля двух стран в январе выросла на 4% – до 300 млн долларов. Напомним, министр обсуждал в Москве подготовку заседания комиссии. Заседание назначено на май. По словам министра, стороны рассчитывают «выйти на $4 млрд в год уже к 2029 году».',
      ['trade_turnover_growth_pct 4 2026-01 actual', 'trade_turnover 300000000 2026-01 actual', 'trade_turnover 4000000000 2029 target']],
    ['en: "reach $N billion a year" after an aside', '2026-03-17',
      'Bilateral trade rose 4% to $3.1 billion in 2025. The commission will meet in May. The sides aim to reach $4 billion a year.',
      ['trade_turnover_growth_pct 4 2025 actual', 'trade_turnover 3100000000 2025 actual', 'trade_turnover 4000000000 annual target']],
    ['negative: another subject on the way', '2026-03-17',
      'Торговля двух стран в январе выросла на 4% – до 300 млн долларов. Инвестиции в энергетику обсуждались отдельно на встрече министров. Стороны рассчитывают выйти на $4 млрд в год к 2029 году.',
      ['trade_turnover_growth_pct 4 2026-01 actual', 'trade_turnover 300000000 2026-01 actual']],
    ['negative: a sum with no "a year" stays no turnover', '2026-03-17',
      'Торговля двух стран в январе выросла на 4% – до 300 млн долларов. Напомним, министр обсуждал в Москве подготовку заседания комиссии. Заседание назначено на май. По словам министра, стороны рассчитывают «выйти на $4 млрд уже к 2029 году».',
      ['trade_turnover_growth_pct 4 2026-01 actual', 'trade_turnover 300000000 2026-01 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});

describe('isYearlyVolume', () => {
  it.each([
    [' в год уже к 2028 году', true],
    [' ежегодно', true],
    [' a year by 2030', true],
    [' per year', true],
    [' к 2028 году', false],
    [' в годовом выражении', false],
  ])('%j', (after, want) => {
    expect(isYearlyVolume(after)).toBe(want);
  });
});
