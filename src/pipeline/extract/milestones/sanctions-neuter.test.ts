import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// Sanctions imposed by an agency named in the neuter («Управление … внесло», «министерство ввело») or told in the imperfective («вводили»).
describe('sanctions imposed, neuter and imperfective verbs', () => {
  it.each([
    ['ru: «Управление … внесло … в санкционный список»', 'date: 2030-06-20\n\nВо вторник управление казначейства внесло торговый дом в санкционный список.', ['2030-06-18 past other «Во вторник»']],
    ['ru: «министерство ввело ограничения против»', 'date: 2030-06-20\n\nВ марте министерство ввело ограничения против двух перевозчиков.', ['2030-03 past other «В марте»']],
    ['ru: «уже вводили ограничения против» in a year', 'date: 2030-06-20\n\nВ 2028 году европейские регуляторы уже вводили ограничения против одного банка и двух бирж.', ['2028 past other «В 2028»']],
    // Negative: restrictions only named, with no verb of imposing, are no event.
    ['ru: «ограничения против» without a verb', 'date: 2030-06-20\n\nЭксперты обсуждают ограничения против фирм из республики.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
