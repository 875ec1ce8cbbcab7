import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { crossheadLines, isCrossheadText } from './page';
import { milestoneLines as run } from './test-kit';

describe('a crosshead inside the body is no milestone by itself', () => {
  it.each([
    ['en: "More visits ahead" between paragraphs',
      'date: 2003-05-14\n\nHeadline of the day\n\nTrade grew by a tenth last year.\n\nMore visits ahead\n\nThe economy ministers are due to meet in June.',
      ['2003-06 planned meeting «The economy»']],
    ['en: "New talks ahead" between paragraphs',
      'date: 2003-05-14\n\nHeadline of the day\n\nTrade grew by a tenth last year.\n\nNew talks ahead\n\nOne issue will be the border.',
      []],
    ['ru: «Новые визиты впереди» между абзацами',
      'date: 2003-05-14\n\nЗаголовок\n\nТоварооборот вырос на десятую часть.\n\nНовые визиты впереди\n\nОдним из вопросов будет граница.',
      []],
    ['en: a short line with a verb between paragraphs is read',
      'date: 2003-05-14\n\nThe ministers met in Osh on Monday.\n\nPresidents signed a treaty\n\nThe text was not published.',
      ['2003-05-12 past meeting «The ministers»', '2003-05-12 past agreement «Presidents signed»']],
    ['en: a heading in capitals with a verb ("WHAT WAS SIGNED") is a crosshead',
      'date: 2003-05-14\n\nHeadline of the day\n\nThe ministers met in Osh on Monday.\n\nWHAT WAS SIGNED\n\nThe text was not published.',
      ['2003-05-12 past meeting «The ministers»']],
    ['ru: «ЧТО ПОДПИСАЛИ» set in capitals between paragraphs',
      'date: 2003-05-14\n\nЗаголовок\n\nВ понедельник министры встретились в Оше.\n\nЧТО ПОДПИСАЛИ\n\nТекст пока не опубликован.',
      ['2003-05-12 past meeting «В понедельник»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('isCrossheadText', () => {
  it.each([
    ['More visits ahead', 'en', true],
    ['A relationship in numbers', 'en', true],
    ['Talks were held', 'en', false],
    ['Visits to come in 2004', 'en', false],
    ['A visit to Moscow:', 'en', false],
    ['The talks ended.', 'en', false],
    ['Новые встречи впереди', 'ru', true],
    ['Министры подписали договор', 'ru', false],
    ['WHAT WAS SIGNED', 'en', true],
    ['ЧТО ПОДПИСАЛИ', 'ru', true],
    ['What was signed', 'en', false],
    ['NATO', 'en', true],
    ['One two three four five six seven', 'en', false],
  ] as const)('%s → %s', (text, lang, want) => expect(isCrossheadText(text, lang)).toBe(want));
});

describe('crossheadLines: only lines between paragraphs, after a sentence', () => {
  it.each([
    ['the headline before the body', 'Talks in Osh\n\nThe ministers met in Osh on Monday.', []],
    ['a rubric after a label line', 'NEWS\n\nTalks in Osh\n\nThe ministers met in Osh on Monday.', []],
    ['a crosshead between paragraphs', 'Headline\n\nThe ministers met.\n\nMore talks ahead\n\nThey will meet again.', ['More talks ahead']],
    ['a headline after a masthead ending with a point', 'The Courier, May 5, 2003. Page 4.\n\nTalks in Osh\n\nThe ministers met.\n\nMore talks ahead\n\nThey will meet again.', ['More talks ahead']],
    ['after a paragraph with a full date', 'Headline\n\nThe ministers met.\n\nIssue of May 5, 2003.\n\nMore talks ahead\n\nThey will meet again.', []],
    ['no blank line after it: the first line of a list', 'The ministers met.\n\nMore talks ahead\nThey will meet again.', []],
    ['the last line of the text', 'The ministers met.\n\nMore talks ahead', []],
  ])('%s', (_name, text, want) => {
    const doc = toDoc('t.txt', text).doc;
    expect(crossheadLines(doc, 'en').map(([a, b]) => doc.text.slice(a, b))).toEqual(want);
  });
});

// Invented explainers: each point opens with a run-in heading naming its topic.
describe("an explainer point's run-in heading is no milestone by itself", () => {
  it.each([
    ['ru: «2. Тарифы.» before the point that tells the talks',
      'date: 2012-06-04\n\nЗаголовок\n\n1. Когда. Министр прибудет в Ош 6 июня.\n\n2. Тарифы. Переговоры министров о тарифах пройдут 6 июня в Оше.',
      ['2012-06-06 planned visit «Министр прибудет»', '2012-06-06 planned meeting «Переговоры министров»']],
    ['en: "- The documents." before the point that tells the signing',
      'date: 2012-06-04\n\nHeadline here\n\n- The talks. The two ministers held talks in Osh on Monday.\n\n- The documents. The ministers signed a transport memorandum.',
      ['2012-06-04 past meeting «The two»', '2012-06-04 past agreement «The ministers»']],
    ['ru: a short sentence with a verb opening a point is read («Визит состоялся.»)',
      'date: 2012-06-04\n\nЗаголовок\n\n1. Визит состоялся. Министр провел в Оше один день.',
      ['2012-06-04 past visit «Визит состоялся.»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
