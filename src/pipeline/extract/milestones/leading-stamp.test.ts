import { describe, expect, it } from 'vitest';
import { isLeadingStamp } from './page';
import { milestoneLines } from './test-kit';

// A related link's publication stamp written in figures before its headline («03.06.2018 Премьер посетит Казань»)
// is the day the link was posted: what it told as coming then is no event of this page; a past event so stamped stays.
describe('a related link opened by its publication stamp', () => {
  const ru = (teaser: string) => `date: 2018-06-05\n\nМинистр иностранных дел Киргизии во вторник провел переговоры с российским коллегой в Москве.\n\nЧитайте также:\n${teaser}`;
  const en = (teaser: string) => `date: 2018-06-05\n\nThe Kyrgyz foreign minister held talks with his Russian counterpart in Moscow on Tuesday.\n\nRead also:\n${teaser}`;
  it.each([
    ['ru, dotted stamp', ru('03.06.2018 В Оше перекроют улицы в связи с визитом премьера'), 1],
    ['en, slashed stamp', en('02/06/2018 Speaker to attend CIS assembly in Minsk'), 1],
    ['en, stamp with its time', en('02/06/2018 17:40 Speaker to attend CIS assembly in Minsk'), 1],
    ['ru, a past headline stays', ru('03.06.2018 Премьер подписал соглашение о поставках угля из Казани'), 2],
  ])('%s', (_name, text, count) => {
    expect(milestoneLines(text).length).toBe(count);
  });
});

describe('isLeadingStamp', () => {
  const at = (text: string, word: string) => [text, text.indexOf(word)] as const;
  it.each([
    ['figures opening the line', at('Читайте также:\n03.06.2018 Премьер посетит Казань', '03.06'), true],
    ['ISO date opening the line', at('Related:\n2018-06-02 - Speaker visits Minsk', '2018-06'), true],
    ['figures inside a sentence', at('Переговоры прошли 03.06.2018 в Казани', '03.06'), false],
    ['figures ending the line', at('Премьер посетил Казань 03.06.2018', '03.06'), false],
  ])('%s', (_name, [text, i], want) => {
    expect(isLeadingStamp(text, i)).toBe(want);
  });
});

// A portal's list of other acts published the same day names each by its date and number («Указ … от 14.09.2021 № 512»):
// a reference, no step of the act (the act itself, undated, tells nothing a timeline can place).
describe('a listed act named by its date and number', () => {
  const list = (item: string) =>
    `date: 2021-09-14\n\nВчера президент подписал закон о ратификации соглашения с Киргизией о туризме.\n\nДругие документы, опубликованные 14.09.2021:\n${item}`;
  it.each([
    ['ru: «от DD.MM.YYYY № N»', list('Указ Президента Российской Федерации от 14.09.2021 № 512 "О награждении"'), 1],
    ['ru: «от D месяца YYYY г. N …»', list('Распоряжение Правительства от 13 сентября 2021 г. N 2540-р'), 1],
    // A dated headline that is no act's reference stays.
    ['ru: a headline dated by its own day', list('Премьер посетит Ош 20 сентября'), 2],
  ])('%s', (_name, text, count) => {
    expect(milestoneLines(text).length).toBe(count);
  });
});
