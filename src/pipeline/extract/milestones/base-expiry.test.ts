/** A base or transit centre told as to be withdrawn («должен быть выведен … в 2031 году») or as one whose lease expires in a year is its closure, dated by its own date (`closure` trigger). Every text is invented. */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a base withdrawn or its lease expiring in a year', () => {
  it.each([
    ['ru: «транзитный центр … должен быть выведен … в 2031 году»',
      'date: 2029-05-14\n\nДепутат повторил, что транзитный центр в аэропорту "Ош" должен быть выведен после истечения срока соглашения в 2031 году.',
      ['2031 planned agreement «Депутат повторил,»']],
    ['en: "the transit center, whose lease expires in 2031"',
      'date: 2029-05-14\n\nThe minister has been blunt about the transit center, whose lease expires in 2031.',
      ['2031 planned other «The minister»']],
    // Negatives: undated, a withdrawal told is no step; a lease of a flat expiring is no base.
    ['ru: «транзитный центр должен быть выведен» without a date',
      'date: 2029-05-14\n\nДепутат считает, что транзитный центр должен быть выведен.',
      []],
    ['en: "the office, whose lease expires in 2031" is no base',
      'date: 2029-05-14\n\nThe embassy may move from its office, whose lease expires in 2031.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
