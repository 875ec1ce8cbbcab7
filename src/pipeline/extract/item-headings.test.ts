import { describe, expect, it } from 'vitest';
import { isItemTitle } from './item-headings';
import { milestoneLines as run } from './milestones/test-kit';

// Invented briefs: each story under a title line with no full stop; the title restates its paragraph.
describe("a brief's item title restates the paragraph below it", () => {
  it.each([
    ['ru: numbered items, the title of the talks is no second milestone',
      'date: 2011-04-20\n\nКоротко о главном\n\n1. Министры обсудили транзит грузов\n\nВ понедельник в Оше министры транспорта Киргизии и России провели переговоры.\n\n2. Погода\n\nЗавтра в Оше тепло и сухо.',
      ['2011-04-18 past meeting «В понедельник»']],
    ['en: unnumbered titles, a planned trip told by its title and its paragraph',
      'date: 2011-04-20\n\nBriefs of the day\n\nKyrgyz minister to visit Kazan\n\nThe Kyrgyz health minister will pay a visit to Kazan later this month, her press office said.\n\nWeather in Osh\n\nIt will be warm and dry tomorrow.',
      ['2011-04 planned visit «The Kyrgyz»']],
    ['en: a ticker whose titles carry a time stamp and whose paragraph follows on the next line',
      'date: 2011-04-20\n\nHeadlines, April 20\n\n16:20 Ministers meet in Kazan\nThe Kyrgyz and Russian farm ministers held talks in Kazan on Tuesday.\n\n12:05 Rates steady\nThe central bank kept its rate at nine percent.',
      ['2011-04-19 past meeting «The Kyrgyz»']],
    ['ru: a single short line with a verb between paragraphs is no list of items: both are read',
      'date: 2011-04-20\n\nЗаголовок\n\nВ понедельник министры встретились в Оше.\n\nПрезиденты подписали договор\n\nТекст договора пока не опубликован.',
      ['2011-04-18 past meeting «В понедельник»', '2011-04-18 past agreement «Текст договора»']],
    ['en: a title whose paragraph tells no event is kept',
      'date: 2011-04-20\n\nBriefs of the day\n\nMinisters signed a transit deal\n\nNo details were given by either side.\n\nWeather in Osh\n\nIt will be warm and dry tomorrow.',
      ['2011-04-20 past agreement «Ministers signed»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('isItemTitle', () => {
  it.each([
    ['2. Министры обсудили транзит', true],
    ['16:20 Ministers meet in Kazan', true],
    ['17:05 — Лидеры прибыли в Ош', true],
    ['Kyrgyz minister to visit Moscow', true],
    ['The ministers met in Osh on Monday.', false],
    ['Related:', false],
    ['Погода', false],
    ['A very long line of many words that runs on and on like a sentence of the body would', false],
  ])('%s', (line, want) => {
    expect(isItemTitle(line)).toBe(want);
  });
});

// Invented briefs: «накануне», "the day before" in a later item counts from the page's day, not from the day of an earlier story.
describe("a brief's later item is another story: its day word counts from the article's day", () => {
  it.each([
    ['ru: «вчера» in the first item, «накануне» in the second',
      'date: 2011-04-20\n\nНовости коротко\n\nОш, 20 апреля. Главное за день.\n\n1. Форум в Оше\n\nВчера в Оше прошел форум регионов Киргизии и России.\n\n2. Министры созвонились\n\nМинистр энергетики Киргизии провел накануне телефонный разговор с казанским коллегой.',
      ['2011-04-19 past forum «Вчера в»', '2011-04-19 past meeting «Министр энергетики»']],
    ['ru: one story, «накануне» after «вчера» counts from the occasion told',
      'date: 2011-04-20\n\nФорум в Оше\n\nВчера в Оше прошел форум регионов Киргизии и России. Министр энергетики Киргизии провел накануне телефонный разговор с казанским коллегой.',
      ['2011-04-19 past forum «Вчера в»', '2011-04-18 past meeting «Министр энергетики»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
