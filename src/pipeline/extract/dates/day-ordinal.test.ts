import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import { dayOrdinalMentions } from './day-ordinal';

const run = (text: string, lang: 'ru' | 'en', article: string) =>
  splitSentences(text).flatMap((s) => dayOrdinalMentions(s, lang, article).map((m) => `${s.text.slice(m.index, m.index + m.length)} ${m.date}`));

describe('a day of the month told alone', () => {
  it.each([
    ['en: a past day before the article day', 'The governor signed the decree on the 9th, his office said on Friday.', 'en', '2017-03-17', ['on the 9th 2017-03-09']],
    ['en: a past day after the article day is of the month before', 'The minister resigned on the 28th and left the country.', 'en', '2017-03-05', ['on the 28th 2017-02-28']],
    ['en: across a year', 'The council met on the 30th, a spokesman said.', 'en', '2017-01-04', ['on the 30th 2016-12-30']],
    ['en: a plan for a day already passed is of the next month', 'The commission will meet on the 2nd.', 'en', '2017-03-17', ['on the 2nd 2017-04-02']],
    ['ru: «14-го числа»', 'Указ был подписан 14-го числа, сообщила пресс-служба.', 'ru', '2016-01-20', ['14-го числа 2016-01-14']],
    ['ru: «25 числа» after the article day', 'Делегация прибыла 25 числа.', 'ru', '2016-02-03', ['25 числа 2016-01-25']],
    ['ru: «В июне, 13–14 числа» of a plan: the month named, the range’s first day', 'В июне, 13–14 числа, премьер приедет в Ош.', 'ru', '2019-03-28', ['14 числа 2019-06-13']],
    ['ru: «в ноябре, 5 числа» told as past', 'В ноябре, 5 числа, министры встретились в Оше.', 'ru', '2019-03-28', ['5 числа 2018-11-05']],
    // Not a day: an ordinal before a noun, a day the month has not got.
    ['en: "on the 14th floor"', 'The talks were held on the 14th floor of the tower.', 'en', '2017-03-17', []],
    ['en: "on the 20th anniversary"', 'He spoke on the 20th anniversary of the treaty.', 'en', '2017-03-17', []],
    ['en: the 30th of a February', 'The bill was passed on the 30th.', 'en', '2017-03-05', []],
  ] as const)('%s', (_name, text, lang, article, want) => {
    expect(run(text, lang, article)).toEqual(want);
  });
});
