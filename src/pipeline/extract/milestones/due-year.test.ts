import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a plan due by a year ("by 2025", «к 2027 году», «до конца 2026 года») is dated by that year', () => {
  it.each([
    ['en: "are to be opened by 2025"',
      'date: 2021-05-03\n\nThe ministers discussed new schools in the south. The schools are to be opened by 2025.',
      ['2025 planned other «The schools»']],
    ['en: "will be completed by the end of 2026"',
      'date: 2021-05-03\n\nThe sides discussed the gas pipeline. The pipeline will be completed by the end of 2026.',
      ['2026 planned other «The pipeline»']],
    ['ru: «откроют к 2027 году» after talks held that day',
      'date: 2024-02-10\n\nМинистры провели переговоры в Бишкеке. Стороны договорились открыть торговое представительство к 2027 году.',
      ['2024-02-10 past meeting «Министры провели»', '2027 planned other «Стороны договорились»']],
    ['ru: «будут открыты до конца 2026 года»',
      'date: 2024-02-10\n\nМинистры провели переговоры в Бишкеке. Школы будут открыты до конца 2026 года.',
      ['2024-02-10 past meeting «Министры провели»', '2026 planned other «Школы будут»']],
    // Negative: a past decision with a target year is dated by the decision; a term «до 2030 года» names a horizon.
    ['en: "agreed to raise trade … by 2030" keeps the day of the agreement',
      'date: 2026-05-08\n\nThe two presidents met in Moscow on Friday and agreed to raise bilateral trade to $5 billion by 2030.',
      ['2026-05-08 past meeting «The two»']],
    ['ru: a roadmap «до 2030 года» signed today keeps the day of its signing',
      'date: 2024-02-10\n\nСегодня министры подписали дорожную карту развития связей до 2030 года.',
      ['2024-02-10 past agreement «Сегодня министры»']],
    // A term's end after two subjects («X и глава Y …») is not a second dated event of a list.
    ['ru: «в прошлом году X и глава Y на встрече договорились продлить … до 2030 года» keeps last year',
      'date: 2025-03-12\n\nНапомним, в позапрошлом году губернатор Иван Петров и глава «Росгидро» Олег Сидоров на встрече в Казани договорились продлить соглашение до 2031 года.',
      ['2023 past meeting «Напомним, в»']],
    ['en: "last year X and Y agreed at a meeting to extend … until 2031" keeps last year',
      'date: 2025-03-12\n\nLast year the governor and the head of the utility agreed at a meeting in Kazan to extend the programme until 2031.',
      ['2024 past meeting «Last year»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
