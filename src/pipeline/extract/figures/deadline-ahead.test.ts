import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('a sum set for a deadline still ahead of the article is an aim, whatever verb tells it', () => {
  it.each([
    ['en: "agreed to reach … by" a later year', '2011-03-01',
      'Trade between Russia and Kyrgyzstan grew 20% last year to $1.5 billion. The presidents agreed to reach $4 billion by 2016.',
      ['trade_turnover_growth_pct 20 2010 actual', 'trade_turnover 1500000000 2010 actual', 'trade_turnover 4000000000 2016 target']],
    ['en: "needed to reach … by"', '2011-03-01',
      'Trade between Russia and Kyrgyzstan was $1.5 billion last year. The minister said trade needed to reach $4 billion by 2016.',
      ['trade_turnover 1500000000 2010 actual', 'trade_turnover 4000000000 2016 target']],
    ['ru: «к … году выйти на … в год» after a noun of hope: a yearly aim', '2005-03-01',
      'Премьер отметил, что товарооборот в прошлом году составил 700 млн долларов, и выразил надежду к 2009 году выйти на $2 млрд в год.',
      ['trade_turnover 700000000 2004 actual', 'trade_turnover 2000000000 annual target']],
    // Kept: the deadline of another clause, a deadline gone by, a value of its own period.
    ['en: the deadline belongs to the aim after the comma, not to the actual sum', '2011-03-01',
      'Trade between Russia and Kyrgyzstan was $1.5 billion last year, and the goal is to reach $4 billion by 2016.',
      ['trade_turnover 1500000000 2010 actual', 'trade_turnover 4000000000 2016 target']],
    ['ru: «к 2004 году» before a 2005 article stays what trade was', '2005-03-01',
      'К 2004 году товарооборот России и Киргизии вырос до 700 млн долларов.',
      ['trade_turnover 700000000 null actual']],
    ['ru: a deadline of a clause after a semicolon', '2005-03-01',
      'Товарооборот между Москвой и Бишкеком за прошлый год достиг 640 млн долларов; к 2008 году, как считают в ведомстве, он удвоится.',
      ['trade_turnover 640000000 2004 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
