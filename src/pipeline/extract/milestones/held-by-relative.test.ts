import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** A relative clause whose verb is the holding of its antecedent («которое провёл вчера министр», "which was chaired yesterday by") dates the antecedent. */
describe('a gathering dated by the relative clause of who held it', () => {
  it.each([
    ['ru: «на заседании совета, которое провел вчера губернатор»',
      'date: 2031-06-10\n\nПаводки в Таласской долине обсуждались на заседании областного совета, которое провел вчера губернатор Иван Орлов.',
      ['2031-06-09 past meeting «Паводки в»']],
    ['en: "a session …, which was chaired yesterday by"',
      'date: 2031-06-10\n\nThe issue was raised at a session of the intergovernmental commission, which was chaired yesterday by Prime Minister Ivan Orlov.',
      ['2031-06-09 past igc_session «The issue»']],
    // Negative: with no date in the relative clause the gathering keeps the article's day.
    ['ru: «которое провел губернатор» without a date',
      'date: 2031-06-10\n\nПаводки обсуждались на заседании совета, которое провел губернатор Иван Орлов.',
      ['2031-06-10 past meeting «Паводки обсуждались»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
