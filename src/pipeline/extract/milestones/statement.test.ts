import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('the statement of an article that tells no past event', () => {
  it.each([
    ['en: a statement beside plans only is the news',
      'date: 2031-03-12\n\nThe Kyrgyz finance minister Ivan Petrov said on Tuesday that fuel prices would stay unchanged. He plans to travel to Moscow in April.',
      ['2031-04 planned visit «He plans»', '2031-03-11 past statement «The Kyrgyz»']],
    ['ru: «заявил» beside a plan only',
      'date: 2031-03-12\n\nМинистр финансов Киргизии Иван Петров во вторник заявил, что цены на топливо не изменятся. В апреле он намерен посетить Москву.',
      ['2031-04 planned visit «В апреле»', '2031-03-11 past statement «Министр финансов»']],
    // Negative: the speaker of a plan already told is its source, not a statement of its own.
    ['ru: «…, сообщил министр» after a plan in the same sentence',
      'date: 2031-03-12\n\nСтраны намерены подписать меморандум в апреле, сообщил министр финансов Киргизии Иван Петров.',
      ['2031-04 planned agreement «Страны намерены»']],
    ['ru: «О графике … рассказал помощник» names the source of plans told before',
      'date: 2031-03-12\n\nПрезидент в апреле посетит Бишкек. О графике президента рассказал журналистам министр иностранных дел Иван Петров.',
      ['2031-04 planned visit «Президент в»']],
    ['en: a past event of the day leaves the statement out',
      'date: 2031-03-12\n\nThe ministers met in Osh on Tuesday. Finance Minister Ivan Petrov said the second tranche had not arrived.',
      ['2031-03-11 past meeting «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('unrest named with its date', () => {
  it.each([
    ['ru: «в результате беспорядков 7 мая»',
      'date: 2031-05-09\n\nВ результате беспорядков 7 мая в столице пострадали десятки человек.',
      ['2031-05-07 past other «В результате»']],
    ['en: "the unrest of May 7"',
      'date: 2031-05-09\n\nDozens were hurt in the unrest of May 7 in the capital.',
      ['2031-05-07 past other «Dozens were»']],
    // Negative: named without a date, unrest describes a state, not an event of the timeline.
    ['ru: «беспорядки» without a date',
      'date: 2031-05-09\n\nЭксперты опасаются, что беспорядки повторятся.',
      []],
    ['en: "unrest" without a date',
      'date: 2031-05-09\n\nInvestors fear unrest in the region.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a dated statement before any other event of the article, and an instruction given as a statement', () => {
  it.each([
    ['en: "last week instructed" opening the article\'s events',
      'date: 2031-03-20\n\nRemittances rose by 4 percent last year. Prime Minister Ivan Petrov last week instructed the central bank to cut transfer fees.',
      ['2031-03 past statement «Prime Minister»']],
    ['ru: «на прошлой неделе поручил» before anything else is told',
      'date: 2031-03-20\n\nПереводы мигрантов выросли на 4 процента. Премьер-министр Иван Петров на прошлой неделе поручил Нацбанку снизить комиссии за переводы.',
      ['2031-03 past statement «Премьер-министр Иван»']],
    // A date opening the sentence, set off by a comma, and a title set between dashes stay the statement's own.
    ['en: "In March, Prime Minister — then acting — X said" beside a meeting told after it',
      'date: 2031-06-20\n\nRemittances rose. In March, Prime Minister — then still acting — Ivan Petrov said the fees "must fall." The ministers met in Osh in May.',
      ['2031-03 past statement «In March,»', '2031-05 past meeting «The ministers»']],
    ['ru: «В марте, …» with the speaker after the comma',
      'date: 2031-06-20\n\nПереводы растут. В марте, премьер-министр Иван Петров заявил, что комиссии должны снизиться. Министры встретились в Оше в мае.',
      ['2031-03 past statement «В марте,»', '2031-05 past meeting «Министры встретились»']],
    // Of two dates of the speaker's sentence, the one nearest the speech verb is the statement's (none nearer: the first of equals).
    ['en: "In March, X said on May 5" takes the day beside the verb',
      'date: 2031-06-20\n\nRemittances rose. In March, Prime Minister Ivan Petrov said on May 5 that fees must fall. The ministers met in Osh in June.',
      ['2031-05-05 past statement «In March,»', '2031-06 past meeting «The ministers»']],
    ['en: a comma after a date inside the sentence still opens what was said',
      'date: 2031-06-20\n\nRemittances rose. Ivan Petrov said in an interview, days after the March vote, that fees must fall. The ministers met in Osh in May.',
      ['2031-05 past meeting «The ministers»']],
    // Negative: an instruction without a date of its own after the day's event is no statement of its own.
    ['en: an undated "instructed" after the talks of the day stays out',
      'date: 2031-03-19\n\nThe ministers met in Osh on Tuesday. Prime Minister Ivan Petrov instructed the central bank to cut transfer fees.',
      ['2031-03-18 past meeting «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
