import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { looseSinceStarts, sinceSpanClues } from './since-span';

const years = (text: string) => sinceSpanClues(toDoc('t.txt', text).doc).map((c) => c.year);

describe('a span of years counted from a written "since" year', () => {
  it.each([
    ['the next sentence', 'Фонд\n\nФонд работает в Кыргызстане с 2015 года. За семь лет работы он выдал более 2 тысяч кредитов.', [2022]],
    ['the same sentence', 'Банк\n\nБанк открыл филиал в Оше с 2010 года и за десять лет привлек тысячи клиентов.', [2020]],
    ['digits, «за эти»', 'Завод\n\nЗавод выпускает продукцию с 2012 года. За эти 8 лет он вырос вдвое.', [2020]],
    ['English, "over its"', 'Fund\n\nThe fund has operated in Kyrgyzstan since 2015. Over its seven years it has financed 2,000 projects.', [2022]],
    // Negative cases.
    ['a bounded period', 'Фонд\n\nФонд работал с 2010 по 2015 год. За пять лет он выдал тысячу кредитов.', []],
    ['a span ahead', 'Компания\n\nКомпания работает с 2014 года. За пять лет она построит еще 300 километров газопроводов.', []],
    ['an approximate span', 'Фонд\n\nФонд работает с 2015 года и выдал кредиты на более чем десять лет вперед.', []],
    ['no span at all', 'Фонд\n\nФонд работает с 2015 года. Он выдал тысячу кредитов.', []],
  ])('%s', (_name, text, want) => {
    expect(years(text)).toEqual(want);
  });
});

describe('looseSinceStarts', () => {
  it('finds each «с/со/since» before four digits, in order, in any case', () => {
    expect(looseSinceStarts('С 2014 года, со  2015, since 2016; SINCE 2017, с 201, Since2018')).toEqual([0, 13, 23, 35]);
  });
  it('finds the loose form inside a word too (the exact gate judges the left edge)', () => {
    expect(looseSinceStarts('вес 2014')).toEqual([2]);
  });
  it('is the same on a second call (the pattern is global)', () => {
    const text = 'Фонд работает с 2015 года.';
    expect(looseSinceStarts(text)).toEqual(looseSinceStarts(text));
  });
});
