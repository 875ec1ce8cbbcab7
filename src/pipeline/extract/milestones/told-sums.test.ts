import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a sum of money dated only by the article or the occasion is no milestone', () => {
  it.each([
    ['ru: aid given, told as background of the day',
      'date: 2008-05-14\n\nБИШКЕК, 14 мая. В среду правительство утвердило программу. На эти цели Россия выделила республике безвозмездную помощь в размере 150 млн долларов.',
      // The programme approved on its day is an event of its own (lexicon 'approval'); the sum given for it is none.
      ['2008-05-14 past other «В среду»']],
    ['en: "It gave Bishkek a $300 million grant"',
      'date: 2008-05-14\n\nThe programme was approved on Wednesday. It gave Bishkek a $300 million grant to rebuild its customs posts.',
      []],
    ['en: a fund that "has disbursed about $90 million in loans"',
      'date: 2008-05-14\n\nThe programme was approved on Wednesday. Moscow capitalized a joint fund, which has disbursed about $90 million in cheap loans.',
      []],
    ['en: a trade goal set, dated only by the article',
      'date: 2008-05-14\n\nThe envoy said that the leaders have set a goal of $4 billion a year in trade.',
      []],
    ['en: "Russia has provided a $X grant": given some time before, undated',
      'date: 2008-05-14\n\nThe programme was approved on Wednesday. To help the customs service, Moscow has provided a $60 million grant.',
      ['null past other «To help»']],
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

// «строительство финансировалось за счет российского гранта»: the money named as the means of something else is no grant given.
describe('funds named as the means of a work are no aid given', () => {
  it.each([
    ['ru: «финансировалось за счет гранта правительства России»',
      'date: 2031-04-14\n\nВ Оше открылась новая поликлиника. Ее строительство финансировалось за счет гранта правительства России.',
      ['2031-04-14 past other «В Оше»']],
    ['ru: «оснащены за счет российского гранта»',
      'date: 2031-04-14\n\nМинистр сообщил, что лаборатории оснащены за счет российского гранта.',
      []],
    // Negative: a grant given stays.
    ['ru: «Россия выделила грант» with its day',
      'date: 2031-04-14\n\nВ пятницу Россия выделила Кыргызстану грант на оснащение лабораторий.',
      ['2031-04-11 past other «В пятницу»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a piece cut off at a date that names only a sum or a level is a figure, not the event before it', () => {
  it.each([
    ['ru: «в 2009-м — 1,5 млрд» after an accession',
      'date: 2012-02-20\n\nПосле вступления в союз в 2010 году товарооборот вырос, в 2009-м — 1,5 млрд.',
      ['2010 past other «После вступления»']],
    ['ru: «и не вернулся к уровню 2008 года»',
      'date: 2012-02-20\n\nПосле вступления в союз в 2010 году товарооборот упал и не вернулся к уровню 2008 года.',
      ['2010 past other «После вступления»']],
    ['en: "the 2008 level" after an accession',
      'date: 2018-02-20\n\nAfter Kyrgyzstan joined the Eurasian Economic Union in 2015, trade fell and has not returned to the 2012 level.',
      ['2015 past other «After Kyrgyzstan»']],
    ['ru: a piece with an event of its own stays',
      'date: 2012-02-20\n\nВ 2010 году страна вступила в союз, а в 2011 году министры подписали соглашение.',
      ['2010 past other «В 2010»', '2011 past agreement «а в»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a target is a milestone only when the two leaders set it', () => {
  it.each([
    ['ru: the presidents of the two countries',
      'date: 2012-06-14\n\nВ марте президенты двух стран поставили задачу довести товарооборот до 3 млрд долларов.',
      ['2012-03 past other «В марте»']],
    ['en: the two presidents',
      'date: 2012-06-14\n\nIn March the two presidents set a goal of $3 billion in trade.',
      ['2012-03 past other «In March»']],
    ['ru: the sides of a commission', 'date: 2012-06-14\n\nВ марте стороны поставили задачу довести товарооборот до 3 млрд долларов.', []],
    ['en: a governor', 'date: 2012-06-14\n\nIn March the governor set a goal of doubling exports to the republic.', []],
    ['en: a ministry at home', 'date: 2012-06-14\n\nIn March the ministry set a target of one million tourists.', []],
    // Told with its date, the target is a step the next sentence may go on with.
    ['ru: «тогда же …» after a dated target goes on with it',
      'date: 2012-06-14\n\nВ марте президенты поставили задачу увеличить товарооборот до 3 млрд долларов. Тогда же министры подписали программу сотрудничества.',
      ['2012-03 past other «В марте»', '2012-03 past agreement «Тогда же»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('money told as a level reached, with a year or not, is a statistic', () => {
  it.each([
    ['en: "In 2019, grants to local charities exceeded $40 million"',
      'date: 2020-05-14\n\nIn 2019, grants to local charities exceeded $40 million, a report said.',
      []],
    ['ru: «В 2019 году гранты … превысили 40 млн долларов»',
      'date: 2020-05-14\n\nВ 2019 году гранты местным фондам превысили 40 млн долларов.',
      []],
    ['en: a grant given in a year stays',
      'date: 2020-05-14\n\nIn 2019, Moscow gave the republic a grant of $40 million.',
      ['2019 past other «In 2019,»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a level told of something else after the money word keeps the event', () => {
  it.each([
    ['en: "asked to restructure its debt, which totals $90 million"',
      'date: 2020-05-14\n\nOn Monday the premier asked Moscow to restructure the debt, which totals $90 million.',
      ['2020-05-11 past other «On Monday»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
