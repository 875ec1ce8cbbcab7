import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// 'who replaced X in May', «сменивший на посту X в мае»: a post taken from someone named is an appointment, counted only when dated.
describe('a post taken from someone named', () => {
  it.each([
    ['en: "who replaced X in May"', 'date: 2030-06-20\n\nThe new premier, Ivan Petrov, who replaced Anvar Sultanov in May, has promised cheaper fuel.', ['2030-05 past other «The new»']],
    ['en: "replaced X as prime minister last year"', 'date: 2030-06-20\n\nIvan Petrov replaced Anvar Sultanov as prime minister last year.', ['2029 past other «Ivan Petrov»']],
    ['ru: «сменивший на посту X в мае»', 'date: 2030-06-20\n\nНовый премьер Иван Петров, сменивший на посту Анвара Султанова в мае, пообещал снизить цены на топливо.', ['2030-05 past other «Новый премьер»']],
    ['ru: «сменил X на посту» in a year', 'date: 2030-06-20\n\nВ 2028 году Иван Петров сменил Анвара Султанова на посту министра.', ['2028 past other «В 2028»']],
    // Negative: undated, the post taken describes the present; a country replacing another as a partner is no appointment.
    ['en: undated "who replaced X" is no event', 'date: 2030-06-20\n\nThe new premier, Ivan Petrov, who replaced Anvar Sultanov, has promised cheaper fuel.', []],
    ['en: a country replacing another as a partner', 'date: 2030-06-20\n\nIn 2028 China replaced Kazakhstan as the largest buyer of Kyrgyz wool.', []],
    ['ru: «сменил курс» is no appointment', 'date: 2030-06-20\n\nВ 2028 году министр сменил курс на импорт зерна.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
