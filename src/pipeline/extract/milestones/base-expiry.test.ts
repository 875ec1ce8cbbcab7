/** A base or transit centre told as to be withdrawn («должен быть выведен … в 2031 году») or as a base with a lease that ends in a given year («whose lease expires in …») is its closure, dated by its own date (`closure` trigger). Every text is invented. */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a base withdrawn or its lease expiring in a year', () => {
  it.each([
    ['ru: «логистический центр … должен быть выведен в 2031 году»',
      'date: 2029-05-14\n\nПо словам генерала, логистический центр у Джалал-Абада по соглашению должен быть выведен в 2031 году.',
      ['2031 planned agreement «По словам»']],
    ['en: "the air base, whose lease expires in 2031"',
      'date: 2029-05-14\n\nResidents of the valley often ask about the air base, whose lease expires in 2031.',
      ['2031 planned other «Residents of»']],
    ['en: "would have to close when its current lease expires in <month> <year>"',
      'date: 2029-05-14\n\nA deputy defence minister told lawmakers that the air base outside Talas would have to close when its current lease expires in October 2031.',
      ['2031-10 planned other «A deputy»']],
    ['en: "would have to leave the country when its lease expires"',
      'date: 2029-05-14\n\nThe premier confirmed that the foreign transit center at the airport would have to leave the country when its lease expires in 2031.',
      ['2031 planned other «The premier»']],
    ['en: "wants the transit centre … to close when its lease expires"',
      'date: 2029-05-14\n\nThe governor wants the military transit centre at the airport to close when its lease expires in 2031.',
      ['2031 planned other «The governor»']],
    // Negatives: undated, a withdrawal told is no step; a lease of a flat expiring is no base.
    ['ru: «логистический центр должен быть выведен» without a date',
      'date: 2029-05-14\n\nГенерал уверен, что логистический центр должен быть выведен.',
      []],
    ['en: "the shop, whose lease expires in 2031" is no base',
      'date: 2029-05-14\n\nThe bakery rents a corner shop, whose lease expires in 2031.',
      []],
    ['en: a base that "would leave a hole" in a budget leaves no country',
      'date: 2029-05-14\n\nOfficials said closing the base would leave a big hole in the 2031 budget.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// "the transit center must leave Kyrgyzstan in 2034": a facility told as to leave the country is its closure, dated only
// by its own date. Every text is invented.
describe('a facility told as to leave the country', () => {
  it.each([
    ['en: "must leave Kyrgyzstan in <year>"',
      'date: 2031-09-20\n\nOleg Sidorov held talks with Temir Osmonov in Bishkek.\n\nOsmonov also said the foreign transit center at the airport must leave Kyrgyzstan in 2034, when its lease runs out.',
      ['2031-09-20 past meeting «Oleg Sidorov»', '2034 planned other «Osmonov also»']],
    // Negative: no date of its own.
    ['en: "must leave Kyrgyzstan" undated',
      'date: 2031-09-20\n\nOleg Sidorov held talks with Temir Osmonov in Bishkek.\n\nOsmonov also said the foreign transit center at the airport must leave Kyrgyzstan.',
      ['2031-09-20 past meeting «Oleg Sidorov»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
