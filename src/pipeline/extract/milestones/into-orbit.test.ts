import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A satellite put into orbit is launched: an event of its date, told in any tense.
describe('a satellite put into orbit', () => {
  it.each([
    ['en: was put into orbit last year', 'date: 2030-06-20\n\nThe first national nanosatellite, built by students, was put into orbit from Vostochny last year.', ['2029 past other «The first»']],
    ['en: will be placed into orbit in a year', 'date: 2030-06-20\n\nThe satellite will be placed into orbit in 2032.', ['2032 planned other «The satellite»']],
    ['ru: был выведен на орбиту', 'date: 2030-06-20\n\nПервый национальный спутник был выведен на орбиту с Восточного в прошлом году.', ['2029 past other «Первый национальный»']],
    // Not a launch: a probe that is in orbit.
    ['en: is in orbit', 'date: 2030-06-20\n\nThe probe is in orbit around Mars.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
