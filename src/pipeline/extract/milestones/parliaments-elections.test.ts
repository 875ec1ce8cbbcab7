import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe("observer missions' verdicts however their subject is told", () => {
  it.each([
    ['en: a relative clause between the mission and its verb',
      'date: 2015-10-06\n\nParliamentary elections were held on Sunday. The observer mission of the CIS, which included Russian senators and Duma deputies, said on Monday that the vote had been orderly.',
      ['2015-10-04 past other «Parliamentary elections»', '2015-10-05 past statement «The observer»']],
    ['en: an election observation mission, with a phrase between commas',
      'date: 2015-10-06\n\nParliamentary elections were held on Sunday. The OSCE election observation mission, by contrast, said on Monday that media freedom had been limited.',
      ['2015-10-04 past other «Parliamentary elections»', '2015-10-05 past statement «The OSCE»']],
    ['en: CIS monitors called the vote legitimate',
      'date: 2015-10-06\n\nParliamentary elections were held on Sunday. On Monday, CIS monitors called the vote legitimate.',
      ['2015-10-04 past other «Parliamentary elections»', '2015-10-05 past statement «On Monday,»']],
    ['ru: a mission named by its office «констатировала, что выборы …»',
      'date: 2015-10-06\n\nПарламентские выборы прошли 4 октября. Вчера миссия БДИПЧ ОБСЕ, напротив, констатировала, что выборы не оправдали ожиданий.',
      ['2015-10-04 past other «Парламентские выборы»', '2015-10-05 past statement «Вчера миссия»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    ['en: a mission of a fund judging the economy is no observers\' verdict', 'date: 2015-10-06\n\nThe IMF mission, after two weeks of work, said on Monday that growth had slowed.'],
    ['en: monitors as a verb', 'date: 2015-10-06\n\nThe ministry monitors prices closely.'],
    ['ru: a fund\'s mission stating growth', 'date: 2015-10-06\n\nМиссия МВФ в понедельник констатировала, что рост экономики замедлился.'],
  ])('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('observers who worked at a vote the clause dates itself', () => {
  it.each([
    ['ru: «на выборах … 18 сентября в качестве наблюдателей работали» with no vote told before',
      'date: 2016-10-06\n\nНапомним, на выборах в Госдуму 18 сентября в качестве международных наблюдателей работали пять депутатов парламента.',
      ['2016-09-18 past other «Напомним, на»']],
    ['en: "worked as observers at the elections on September 18"',
      'date: 2016-10-06\n\nFive deputies worked as international observers at the Duma elections on September 18.',
      ['2016-09-18 past other «Five deputies»']],
    ['en: a congratulation on a re-election told first is no vote: the observers keep the election day',
      'date: 2024-03-18\n\nThe president congratulated the leader on his re-election on Monday. The presidential election was held on March 15. Twelve deputies monitored the voting in Moscow.',
      ['2024-03-18 past other «The president»', '2024-03-15 past other «The presidential»', '2024-03-15 past other «Twelve deputies»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    ['en: observers who worked somewhere with no vote named', 'date: 2016-10-06\n\nFive deputies worked as international observers in Moscow.'],
    ['ru: наблюдатели без выборов в тексте', 'date: 2016-10-06\n\nПять депутатов работали в качестве наблюдателей в Москве.'],
  ])('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('«назначенном на» tells a day still to come', () => {
  it.each([
    ['ru: a referendum «назначенном на 11 декабря» is planned this year',
      'date: 2016-10-06\n\nКыргызстан ждет наблюдателей на референдуме, назначенном на 11 декабря.',
      ['2016-12-11 planned other «Кыргызстан ждет»']],
    ['ru: an envoy «назначенный на эту должность 11 сентября» stays in the past',
      'date: 2016-10-06\n\nПосол, назначенный на эту должность 11 сентября, вручил верительные грамоты президенту.',
      ['2016-09-11 past other «назначенный на»', '2016-10-06 past meeting «вручил верительные»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('«Другие новости:» / "Other news:" open related-article links', () => {
  it.each([
    ['ru', 'date: 2014-04-17\n\nТорага встретился с послом России.\n\nДругие новости:\n• Комитет одобрил законопроект о ратификации соглашения\n• Торага принял посла Беларуси', ['2014-04-17 past meeting «Торага встретился»']],
    ['en', 'date: 2014-04-17\n\nThe speaker met the Russian ambassador.\n\nOther news:\n• Committee approves the ratification bill\n• Speaker receives the Belarusian ambassador', ['2014-04-17 past meeting «The speaker»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('steps of a ratification told in other words', () => {
  it.each([
    ['en: "the Duma is expected to consider it in July", not the session it names as a deadline',
      'date: 2019-06-26\n\nThe Duma is expected to consider it in July, before the end of the spring session.',
      ['2019-07 planned agreement «The Duma»']],
    ['ru: «законопроект одобрил профильный комитет», the object told first',
      'date: 2023-07-10\n\nЗакон принят Жогорку Кенешем 22 июня. Ранее, 14 июня, законопроект одобрил профильный комитет.',
      ['2023-06-22 past other «Закон принят»', '2023-06-14 past other «Ранее, 14»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    ['en: "it" after a word that is no legislature', 'date: 2019-06-26\n\nThe board is expected to consider it.'],
    ['ru: «до конца весенней сессии» alone is no session', 'date: 2019-06-26\n\nДепутаты уйдут на каникулы до конца весенней сессии.'],
    ['ru: a law approved by no legislature', 'date: 2019-06-26\n\nЗакон одобрил бы каждый юрист.'],
  ])('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe("a dated statement of the day before, after the vote it judges; the speaker's apposition", () => {
  it.each([
    ['en: "X, the official who led the mission, told reporters on Monday" after the vote of Sunday',
      'date: 2005-03-01\n\nParliamentary elections were held on February 27. Ivan Petrov, the CIS official who led the monitoring mission, told reporters in Bishkek on Monday that the vote had been fair.',
      ['2005-02-27 past other «Parliamentary elections»', '2005-02-28 past statement «Ivan Petrov,»']],
    ['ru: «Иван Петров, возглавлявший миссию, заявил в понедельник» after the vote',
      'date: 2005-03-01\n\nПарламентские выборы прошли 27 февраля. Депутат Госдумы Иван Петров, возглавлявший миссию наблюдателей от СНГ, заявил в понедельник, что выборы прошли честно.',
      ['2005-02-27 past other «Парламентские выборы»', '2005-02-28 past statement «Депутат Госдумы»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    ['en: the day before with no event told before is the news itself', 'date: 2005-03-01\n\nIvan Petrov, the CIS official who led the monitoring mission, said on Monday that the vote had been fair.',
      ['2005-02-28 past statement «Ivan Petrov,»']],
    ['en: a speaker known by an apposition does not speak in the month of a figure', 'date: 2016-09-17\n\nThe leaders met in Bishkek on Saturday. Ivan Petrov, the deputy minister who attended the talks, said trade in January-July 2016 fell.',
      ['2016-09-17 past meeting «The leaders»']],
    ['en: the interview the article reports is no statement of its own', 'date: 1997-10-04\n\nThe president met the envoy in August. "We are a small country," the president Ivan Petrov said in an interview in his office on Friday.',
      ['1997-08 past meeting «The president»']],
    ['en: the day before after the day\'s own news stays the news told', 'date: 2005-03-01\n\nThe ministers met in Bishkek on Monday. Ivan Petrov, the deputy minister, said on Monday that the talks had been useful.',
      ['2005-02-28 past meeting «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a session named only as where a bill was presented', () => {
  it.each([
    ['en: "Presenting the bill at the plenary session, X said"',
      'date: 2019-06-26\n\nThe parliament passed the law on May 30. Presenting the bill at the plenary session, a representative of the committee said that the document was useful.',
      ['2019-05-30 past other «The parliament»']],
    ['ru: «Представляя законопроект на пленарном заседании, …»',
      'date: 2019-06-26\n\nЗакон принят Жогорку Кенешем 30 мая. Представляя законопроект на пленарном заседании, представитель комитета отметил, что документ полезен.',
      ['2019-05-30 past other «Закон принят»']],
    ['ru: «Представляя документ в Госдуме, …»: the chamber where it was presented',
      'date: 2019-06-26\n\nЗакон принят Жогорку Кенешем 30 мая. Представляя документ в Государственной думе, заместитель министра отмечал, что это облегчит долговое бремя.',
      ['2019-05-30 past other «Закон принят»']],
    ['en: a plenary session told as an event of its own stays one',
      'date: 2019-06-26\n\nThe plenary session of the assembly was held in St Petersburg on June 20.',
      ['2019-06-20 past forum «The plenary»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a gathering in an anaphoric frame with a day of its own', () => {
  it.each([
    ['ru: «Накануне … принял участие в заседании Совета …» after a meeting of the day',
      'date: 2014-04-17\n\nСпикер 17 апреля встретился с послом России. Накануне спикер принял участие в заседании Совета ассамблеи.',
      ['2014-04-17 past meeting «Спикер 17»', '2014-04-16 past forum «Накануне спикер»']],
    ['en: "On Monday, the minister took part in the session" after talks of Tuesday',
      'date: 2014-04-16\n\nThe ministers met in Bishkek on Tuesday. On Monday, the minister took part in the session of the council.',
      ['2014-04-15 past meeting «The ministers»', '2014-04-14 past meeting «On Monday,»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    ['ru: the same day again refers back', 'date: 2014-04-17\n\nМинистры встретились 17 апреля. 17 апреля на встрече стороны обсудили миграцию.', ['2014-04-17 past meeting «Министры встретились»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a body meeting once or twice a year is a practice, not a step', () => {
  it.each([
    ['en: "will meet once a year", then the first meeting planned',
      'date: 2013-04-09\n\nThe speakers signed an agreement on the commission. The commission will meet once a year, alternately in Bishkek and Moscow. Its first meeting is planned in Bishkek in the autumn of this year.',
      ['2013-04-09 past agreement «The speakers»', '2013 planned meeting «Its first»']],
    ['ru: «будет собираться раз в год»', 'date: 2013-04-09\n\nКомиссия будет собираться раз в год поочередно в Бишкеке и Москве.', []],
    ['ru: «два раза в год»', 'date: 2013-04-09\n\nЗаседания будут проходить два раза в год.', []],
    ['en: a meeting with a day of its own stays one', 'date: 2013-04-09\n\nThe commission, which meets twice a year, will hold its session on May 14.', ['2013-05-14 planned meeting «The commission,»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('«, а сам X …» opens a second event of the sentence', () => {
  it.each([
    ['ru: a signing in November, then «а сам господин X встречался … в начале осени»',
      'date: 2007-12-18\n\nВ ноябре в Москве две партии подписали соглашение о сотрудничестве, а сам господин Петров встречался с президентом во время его визита в Москву в начале осени.',
      ['2007-11 past agreement «В ноябре»', '2007 past visit «а сам»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a numeric stamp heading a news-list item is no day of the sentence', () => {
  it.each([
    ['ru: «12.04.2022 Министр принял участие в заседании …» after talks',
      'date: 2022-04-19\n\nМинистры 19 апреля провели переговоры в Москве.\n\n12.04.2022 Министр принял участие в заседании Совета министров.',
      ['2022-04-19 past meeting «Министры 19»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// "The republic will elect a new president in October": an election to come, told by its verb, dated by its own date only.
describe('an election told by its verb', () => {
  it.each([
    ['en: "will elect a new president in <month>"',
      'date: 2031-02-10\n\nPresident Oleg Sidorov held talks with Temir Osmonov in Bishkek on Monday.\n\nThe republic will elect a new president in October; the constitution bars Osmonov from standing.',
      ['2031-02-10 past meeting «President Oleg»', '2031-10 planned other «The republic»']],
    // Negative: undated, told in passing.
    ['en: "will elect a new president" with no date',
      'date: 2031-02-10\n\nPresident Oleg Sidorov held talks with Temir Osmonov in Bishkek on Monday.\n\nThe country will elect a new president, and Osmonov cannot run again.',
      ['2031-02-10 past meeting «President Oleg»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
