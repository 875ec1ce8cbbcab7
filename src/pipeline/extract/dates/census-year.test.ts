/**
 * A census told as last year's or this year's gives candidate years (a known census year + 1, or the census year);
 * the article's officials choose among them. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { extractArticle } from '../index';
import { censusYearClues } from './census-year';

const years = (text: string) => censusYearClues(toDoc('t.txt', text).doc).map((c) => c.year);
const dateOf = (text: string) => extractArticle(toDoc('t.txt', text).doc).date.date;

describe('census told relatively: candidate years', () => {
  it.each([
    ['en: "last year\'s census"', 'According to last year\'s census, Russians make up 9 per cent of the population.', [1990, 2000, 2003, 2010, 2011, 2022, 2023]],
    ['en: "the census held last year"', 'The census held last year counted 7 million people.', [1990, 2000, 2003, 2010, 2011, 2022, 2023]],
    ['en: "this year\'s census"', 'This year\'s population census counted 7 million people.', [1989, 1999, 2002, 2009, 2010, 2021, 2022]],
    ['ru: «прошлогодней переписи»', 'По данным прошлогодней переписи, русские составляют 9 процентов населения.', [1990, 2000, 2003, 2010, 2011, 2022, 2023]],
    ['ru: «перепись населения прошлого года»', 'Перепись населения прошлого года насчитала 7 млн человек.', [1990, 2000, 2003, 2010, 2011, 2022, 2023]],
    // Negative: a census with its year written, or with no relative year.
    ['en: "the 1999 census"', 'According to the 1999 census, Russians make up 12 per cent of the population.', []],
    ['ru: «по данным переписи»', 'По данным переписи, русские составляют 9 процентов населения.', []],
    ['ru: last year without a census', 'В прошлом году из республики выехали 20 тыс. человек.', []],
  ] as const)('%s', (_name, text, want) => {
    expect(years(text)).toEqual(want);
  });
});

describe('census told relatively: the officials choose the year', () => {
  it.each([
    // Akayev (1990–2005) with Imanaliyev as foreign minister (1997–2002): only 2000 follows a census.
    ['en: a dateline with no year, two officials', 'Bishkek, 18 May: Kyrgyz Foreign Minister Muratbek Imanaliyev received a delegation.\n\nPresident Askar Akayev is expected to sign the law. According to last year\'s census, Russians make up 12 per cent of the population.', '2000-05-18'],
    // Negative: no official narrows the candidates, so none is chosen.
    ['en: no official, no year', 'Bishkek, 18 May: a delegation arrived.\n\nAccording to last year\'s census, Russians make up 12 per cent of the population.', null],
  ] as const)('%s', (_name, text, want) => {
    expect(dateOf(text)).toBe(want);
  });
});
