import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** A relative clause whose verb is the holding of its antecedent («которое провёл вчера министр», "which was chaired yesterday by") dates the antecedent. */
describe('a gathering dated by the relative clause of who held it', () => {
  it.each([
    ['ru: «на заседании комиссии, которое провел вчера премьер-министр»',
      'date: 2031-06-10\n\nОб этом шла речь на заседании правительственной комиссии, которое провел вчера премьер-министр Иван Орлов.',
      ['2031-06-09 past meeting «Об этом»']],
    ['en: "a session …, which was chaired yesterday by"',
      'date: 2031-06-10\n\nThe issue was raised at a session of the intergovernmental commission, which was chaired yesterday by Prime Minister Ivan Orlov.',
      ['2031-06-09 past igc_session «The issue»']],
    // Negative: with no date in the relative clause the gathering keeps the article's day.
    ['ru: «которое провел премьер-министр» without a date',
      'date: 2031-06-10\n\nМинистры обсудили торговлю на заседании комиссии, которое провел премьер-министр Иван Орлов.',
      ['2031-06-10 past meeting «Министры обсудили»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
