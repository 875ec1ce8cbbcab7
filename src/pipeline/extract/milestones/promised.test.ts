import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('money promised is a plan, money only asked for no step of the two sides', () => {
  it.each([
    ['ru: «пообещала кредит» after the talks',
      'date: 2021-05-20\n\nВчера министры провели переговоры в Оше. Тогда Москва пообещала Бишкеку кредит в 100 млн долларов и безвозмездную помощь.',
      ['2021-05-19 past meeting «Вчера министры»', 'null planned other «Тогда Москва»']],
    ['ru: «попросил ускорить выделение транша»',
      'date: 2021-05-20\n\nВчера министры провели переговоры в Оше. Министр также попросил ускорить выделение второго транша гранта.',
      ['2021-05-19 past meeting «Вчера министры»']],
    ['ru: a project «на которую Москва обещает кредит»',
      'date: 2021-05-20\n\nВчера министры провели переговоры в Оше. Среди проектов — строительство новой ГЭС, на которую Москва обещает кредит.',
      ['2021-05-19 past meeting «Вчера министры»', 'null planned other «Среди проектов»']],
    // Named inside what the talk was about («речь шла о …»), the promise is a detail of the topic, as after «обсудили» (passing.test.ts).
    ['ru: «Речь шла о строительстве ГЭС, на которую Москва обещает кредит» is a topic',
      'date: 2021-05-20\n\nВчера министры провели переговоры в Оше. Речь шла о строительстве новой ГЭС, на которую Москва обещает кредит.',
      ['2021-05-19 past meeting «Вчера министры»']],
    ['en: "promised a loan"',
      'date: 2021-05-20\n\nThe ministers held talks in Osh on Tuesday. Moscow then promised Bishkek a loan of $100 million and a grant.',
      ['2021-05-18 past meeting «The ministers»', 'null planned other «Moscow then»']],
    ['en: "asked for a new budget loan"',
      'date: 2021-05-20\n\nThe ministers held talks in Osh on Tuesday. The government has also asked for a new budget loan.',
      ['2021-05-18 past meeting «The ministers»']],
    ['en: "asked the Kremlin to consider a loan" with a month of its own',
      'date: 2021-05-20\n\nThe ministers held talks in Osh on Tuesday. In March the cabinet asked the Kremlin to consider a loan for the Naryn bridge.',
      ['2021-05-18 past meeting «The ministers»']],
    // Kept: talks told in the clause of the request are the clause's event.
    ['en: "held talks on Tuesday, seeking new credits" tells the talks',
      'date: 2021-05-20\n\nMOSCOW (Reuters) - The Kyrgyz minister held talks with her Russian counterpart on Tuesday, seeking a restructuring of her country\'s debts and new Russian credits for grain deliveries.',
      ['2021-05-18 past other «MOSCOW (Reuters)»']],
    // Kept: money given after the request is told in the same clause.
    ['ru: «просил о гранте, и Москва выделила» tells the grant given',
      'date: 2021-05-20\n\nВ марте Бишкек просил о гранте, и Москва выделила 20 млн долларов.',
      ['2021-03 past other «В марте»']],
    ['en: "pledged" money with no date of its own',
      'date: 2021-05-20\n\nThe ministers held talks in Osh on Tuesday. Moscow also pledged $2 million toward the new school.',
      ['2021-05-18 past meeting «The ministers»', 'null planned other «Moscow also»']],
    ['en: "the aid package promised in May 2029" names the promise with its month',
      'date: 2031-05-20\n\nFarmers in Naryn still wait for the aid package promised in May 2029 by the regional bank.',
      ['2029-05 past other «Farmers in»']],
    // Money given, or a promise told with its own date, keeps its date.
    // A sum given, told with no date of its own, is background to the talks (told-sums.ts); one agreed on keeps the occasion.
    ['ru: a grant given, told after the talks, is background',
      'date: 2021-05-20\n\nВчера министры провели переговоры в Оше. Россия выделила Киргизии грант в 30 млн долларов.',
      ['2021-05-19 past meeting «Вчера министры»']],
    ['ru: a grant agreed on keeps the occasion',
      'date: 2021-05-20\n\nВчера министры провели переговоры в Оше. Россия согласилась выделить Киргизии грант в 30 млн долларов.',
      ['2021-05-19 past meeting «Вчера министры»', '2021-05-19 past other «Россия согласилась»']],
    ['en: a promise told with its month is dated',
      'date: 2021-05-20\n\nThe ministers held talks in Osh on Tuesday. Russia pledged a loan of $2 billion in February.',
      ['2021-05-18 past meeting «The ministers»', '2021-02 past other «Russia pledged»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a money package promised with a date of its own', () => {
  it.each([
    ['en: "Of the $1 billion package promised to the premier in March, …"',
      'date: 2031-06-25\n\nOf the $1 billion package promised to the premier in March, the neighbour paid out a grant in May.',
      ['2031-03 past other «Of the»', '2031-05 past other «the neighbour»']],
    // Negative: a package named without money or a verb of promising is no event.
    ['en: "the reform package" is none',
      'date: 2031-06-25\n\nThe reform package promised in March is still being debated.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
