import { describe, expect, it } from 'vitest';
import { capitalised, consistentYears, type RangeConstraint } from './constraints';

describe('capitalised', () => {
  it.each([
    ['Бишкек', true],
    ['бишкек', false],
    ['Ёлка', true],
    ['ёлка', false],
    ['Osh', true],
    ['osh', false],
    ['Ähnlich', true],
    ['ähnlich', false],
    ['Ңаа', true],
    ['ңаа', false],
    ['2019', false],
    ['-то', false],
    ['', false],
  ])('%s → %s', (word, expected) => {
    expect(capitalised(word)).toBe(expected);
    // The same as the case mapping of the first character.
    const c = word.charAt(0);
    expect(c !== '' && c !== c.toLowerCase()).toBe(expected);
  });

  it('agrees with the case mapping on every character of the scanned blocks', () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x2000; code++) {
      const c = String.fromCharCode(code);
      if (capitalised(`${c}x`) !== (c !== c.toLowerCase())) differ.push(code);
    }
    expect(differ).toEqual([]);
  });
});

const range = (terms: [string | null, string | null][]): RangeConstraint => ({ kind: 'place', terms: terms.map(([from, to]) => ({ from, to })), evidence: '' });

describe('consistentYears', () => {
  it.each([
    ['no constraint: every year', [], null, 59, 1991, 2049],
    ['one term in years', [range([['2019-03', '2022-09']])], null, 4, 2019, 2022],
    ['a day-month inside the term', [range([['2019-03-20', '2022-09-17']])], { month: 9, day: 17 }, 4, 2019, 2022],
    ['a day-month before the term starts that year', [range([['2019-03-20', '2022-09-17']])], { month: 3, day: 19 }, 3, 2020, 2022],
    ['a day-month after the term ends that year', [range([['2019-03-20', '2022-09-17']])], { month: 9, day: 18 }, 3, 2019, 2021],
    ['open start', [range([[null, '1993']])], null, 3, 1991, 1993],
    ['open end', [range([['2047', null]])], null, 3, 2047, 2049],
    ['either of two terms', [range([['1995', '1996'], ['2001', '2001']])], null, 3, 1995, 2001],
    ['every constraint', [range([['1995', '2005']]), range([['2003', '2010']])], null, 3, 2003, 2005],
    ['constraints that exclude each other', [range([['1995', '1996']]), range([['2003', '2010']])], null, 0, undefined, undefined],
  ] as const)('%s', (_name, ranges, monthDay, count, first, last) => {
    const years = consistentYears([...ranges], monthDay);
    expect([years.length, years[0], years.at(-1)]).toEqual([count, first, last]);
  });
});
