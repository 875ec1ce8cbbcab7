import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a sum of money dated only by the article or the occasion is no milestone', () => {
  it.each([
    ['ru: aid given, told as background of the day',
      'date: 2008-05-14\n\nБИШКЕК, 14 мая. В среду правительство утвердило программу. На эти цели Россия выделила республике безвозмездную помощь в размере 150 млн долларов.',
      []],
    ['en: "It gave Bishkek a $300 million grant"',
      'date: 2008-05-14\n\nThe programme was approved on Wednesday. It gave Bishkek a $300 million grant to rebuild its customs posts.',
      []],
    ['en: a fund that "has disbursed about $90 million in loans"',
      'date: 2008-05-14\n\nThe programme was approved on Wednesday. Moscow capitalized a joint fund, which has disbursed about $90 million in cheap loans.',
      []],
    ['en: a trade goal set, dated only by the article',
      'date: 2008-05-14\n\nThe envoy said that the leaders have set a goal of $4 billion a year in trade.',
      []],
    ['ru: aid with its own month stays',
      'date: 2008-05-14\n\nВ апреле Россия выделила республике безвозмездную помощь в размере 150 млн долларов.',
      ['2008-04 past other «В апреле»']],
    ['ru: a sum the sides agreed on stays',
      'date: 2008-05-14\n\nВчера в Кремле министры провели переговоры. Россия согласилась предоставить республике кредит в 2 млрд рублей.',
      ['2008-05-13 past meeting «Вчера в»', '2008-05-13 past other «Россия согласилась»']],
    ['ru: humanitarian aid in kind stays',
      'date: 2008-05-14\n\nВчера в Кремле министры провели переговоры. Москва уже выделила республике гуманитарную помощь — лекарства на 40 млн рублей.',
      ['2008-05-13 past meeting «Вчера в»', '2008-05-13 past other «Москва уже»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
