import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { comingDateClues } from './coming-date';
import { relativeClues } from './year-clues';

const doc = (text: string) => toDoc('t.txt', text).doc;

describe('a whole date still to come on a page dated by day and month', () => {
  it.each([
    ['the new year after a November page', 'Summit\n\nThe bloc, which the country chairs this year, will pass the chair to its neighbour on January 1, 2031.', { month: 11, day: 20 }, [2030]],
    ['later the same year', 'Talks\n\nThe next round will be held on December 5, 2030 in the capital.', { month: 3, day: 2 }, [2030]],
    ['Russian', 'Визит\n\nОфициальный визит президента состоится 14 марта 2031 года.', { month: 10, day: 1 }, [2030]],
    // Negative cases.
    ['a date told as past', 'Summit\n\nThe bloc passed the chair to its neighbour on January 1, 2031, and will meet again soon.', { month: 11, day: 20 }, []],
    ['no future in the sentence', 'Визит\n\nОфициальный визит президента состоялся 14 марта 2031 года.', { month: 10, day: 1 }, []],
    ['a day-month without a year', 'Talks\n\nThe next round will be held on December 5.', { month: 3, day: 2 }, []],
  ])('%s', (_name, text, page, want) => {
    expect(comingDateClues(doc(text), page).map((c) => c.year)).toEqual(want);
  });
});

describe('a part of a year reported before that part is over on the page', () => {
  const years = (text: string, month: number | null) => relativeClues(doc(text), month).map((c) => c.year);
  it.each([
    ['January to November told in February', 'Торговля\n\nТоварооборот за январь-ноябрь 2030 года составил 1,2 млрд долларов.', 2, [2031]],
    ['English, told in September', 'Trade\n\nTrade in January-November 2030 reached $1.2 billion.', 9, [2031]],
    // Negative cases.
    ['told the month before the part ends, maybe an estimate', 'Trade\n\nTrade in January-November 2030 reached $1.2 billion.', 10, [2030]],
    ['told in December, after the part', 'Торговля\n\nТоварооборот за январь-ноябрь 2030 года составил 1,2 млрд долларов.', 12, [2030]],
    ['no page month', 'Торговля\n\nТоварооборот за январь-ноябрь 2030 года составил 1,2 млрд долларов.', null, [2030]],
    ['a half year, not a month', 'Trade\n\nTrade in the first half of 2030 reached $1.2 billion.', 2, [2030]],
  ])('%s', (_name, text, month, want) => {
    expect(years(text, month)).toEqual(want);
  });
});
