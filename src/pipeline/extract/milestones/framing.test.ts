import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('elections and taking office told in passing', () => {
  it.each([
    ['en: "after taking office last year"',
      'date: 2014-06-10\n\nThe governor visited Moscow on Monday. The mayor had raised local taxes after taking office last year.',
      ['2014-06-09 past visit «The governor»', '2013 past other «The mayor»']],
    ['en: "X, elected last October, …"',
      'date: 2014-06-10\n\nThe minister visited Moscow on Monday. The president, elected last October, chose Beijing for his first trip abroad.',
      ['2014-06-09 past visit «The minister»', '2013-10 past other «elected last»']],
    ['en: "won 60 per cent of the vote in Sunday\'s election"',
      'date: 2014-06-10\n\nThe minister visited Moscow on Monday. The incumbent won 60 per cent of the vote in Sunday\'s election, officials said.',
      ['2014-06-09 past visit «The minister»', '2014-06-08 past other «The incumbent»']],
    ['ru: «после избрания президентом в мае»',
      'date: 2014-06-10\n\nВчера министр посетил Москву. Это первая поездка губернатора после избрания Ивана Петрова в марте 2013 года.',
      ['2014-06-09 past visit «Вчера министр»', '2013-03 past other «Это первая»']],
    ['ru: «возглавляет правительство с апреля»',
      'date: 2014-06-10\n\nВчера министр посетил Москву. Премьер возглавляет правительство республики с апреля 2013 года.',
      ['2014-06-09 past visit «Вчера министр»', '2013-04 past other «Премьер возглавляет»']],
    ['en: an undated "since taking office" is no milestone',
      'date: 2014-06-10\n\nThe minister visited Moscow on Monday. The mayor has raised taxes twice since taking office.',
      ['2014-06-09 past visit «The minister»']],
    ['en: "expected to return to the presidency" is no return that took place, only a plan (dated-plan.ts)',
      'date: 2014-06-10\n\nThe minister visited Moscow on Monday. The premier is expected to return to the presidency in May.',
      ['2014-06-09 past visit «The minister»', '2015-05 planned other «The premier»']],
  ])('%s', (_name, text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('conflicts and unrest told in passing', () => {
  it.each([
    ['en: "militants who crossed from X seized …" with a weekday',
      'date: 2003-05-14\n\nThe minister visited Moscow on Tuesday. On Monday, gunmen and militants who came from the mountains seized three engineers near the border.',
      ['2003-05-13 past visit «The minister»', '2003-05-12 past other «On Monday,»']],
    ['en: "held by rebels since May 2"',
      'date: 2003-05-14\n\nThe minister visited Moscow on Tuesday. He asked for help to free two teachers held by rebels in the south since May 2.',
      ['2003-05-13 past visit «The minister»', '2003-05-02 past other «He asked»']],
    ['en: "fighting erupted on the X border on …"',
      'date: 2003-05-14\n\nThe minister visited Moscow on Tuesday. The alliance stayed silent when fighting erupted on the eastern border on May 3.',
      ['2003-05-13 past visit «The minister»', '2003-05-03 past other «The alliance»']],
    ['en: "the clashes on the border, which broke out on …"',
      'date: 2003-05-14\n\nThe minister visited Moscow on Tuesday. The worst clashes yet on the mountain border, which broke out on May 3, left ten dead.',
      ['2003-05-13 past visit «The minister»', '2003-05-03 past other «The worst»']],
    ['en: "shortly after the overthrow of …"',
      'date: 2003-05-14\n\nThe minister visited Moscow on Tuesday. The fee was raised in March 2002, shortly after the overthrow of the governor.',
      ['2003-05-13 past visit «The minister»', '2002-03 past other «The fee»']],
    ['ru: «боевики … захватили» with a day',
      'date: 2003-05-14\n\nВчера министр посетил Москву. 2 мая боевики одной из группировок захватили в горах двух инженеров.',
      ['2003-05-13 past visit «Вчера министр»', '2003-05-02 past other «2 мая»']],
    ['ru: «начались волнения», «шли бои с боевиками»',
      'date: 2003-05-14\n\nВчера министр посетил Москву. 2 мая в городе начались волнения. В марте в районе шли бои с боевиками.',
      ['2003-05-13 past visit «Вчера министр»', '2003-05-02 past other «2 мая»', '2003-03 past other «В марте»']],
    ['ru: «после теракта … в марте»',
      'date: 2003-05-14\n\nВчера министр посетил Москву. После теракта на вокзале в марте правила въезда ужесточились.',
      ['2003-05-13 past visit «Вчера министр»', '2003-03 past other «После теракта»']],
    ['an undated conflict is no milestone',
      'date: 2003-05-14\n\nВчера министр посетил Москву. Он напомнил, что боевики не раз захватывали и захватили заложников.',
      ['2003-05-13 past visit «Вчера министр»']],
  ])('%s', (_name, text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('borders closed and supplies cut, told in passing', () => {
  it.each([
    ['ru: «в апреле … прекратила поставки газа»',
      'date: 2013-05-14\n\nВчера министр посетил Москву. Город остался без топлива, после того как соседняя страна в апреле прошлого года прекратила поставки газа.',
      ['2013-05-13 past visit «Вчера министр»', '2012-04 past other «Город остался»']],
    ['ru: «с 1 марта закрыл границу»',
      'date: 2013-05-14\n\nВчера министр посетил Москву. Сосед с 1 марта закрыл свою границу для грузов.',
      ['2013-05-13 past visit «Вчера министр»', '2013-03-01 past other «Сосед с»']],
    ['en: "closed its border … in March"',
      'date: 2013-05-14\n\nThe minister visited Moscow on Monday. The neighbour closed its border to trucks in March.',
      ['2013-05-13 past visit «The minister»', '2013-03 past other «The neighbour»']],
    ['en: "halted gas supplies in April last year"',
      'date: 2013-05-14\n\nThe minister visited Moscow on Monday. The supplier halted gas supplies to the south in April last year.',
      ['2013-05-13 past visit «The minister»', '2012-04 past other «The supplier»']],
    ['an undated cut is no milestone',
      'date: 2013-05-14\n\nThe minister visited Moscow on Monday. The neighbour has often closed the border to trucks.',
      ['2013-05-13 past visit «The minister»']],
  ])('%s', (_name, text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('openings, launches and foundings', () => {
  it.each([
    ['ru: «Торжественный пуск состоялся …»',
      'date: 2016-04-12\n\nВчера министр посетил Бишкек. Торжественный пуск новой подстанции состоялся 8 апреля в Канте.',
      ['2016-04-11 past visit «Вчера министр»', '2016-04-08 past other «Торжественный пуск»']],
    ['ru: «приняла первых учеников новая школа»',
      'date: 2016-09-02\n\nВчера, 1 сентября, в Оше приняла первых учеников новая школа, построенная на российские средства.',
      ['2016-09-01 past other «Вчера, 1»']],
    ['ru: «открывший накануне, 31 августа, …» beside an undated statement',
      'date: 2016-09-02\n\nМинистр, открывший накануне, 31 августа, такой же лицей в Канте, назвал проект важным.',
      ['2016-08-31 past other «Министр, открывший»']],
    ['ru: «университета, основанного в 1993 году»',
      'date: 2016-09-02\n\nВчера министр посетил Бишкек. На вечере выступили студенты университета, основанного в 1993 году.',
      ['2016-09-01 past visit «Вчера министр»', '1993 past other «На вечере»']],
    ['ru: «провёл командно-штабную тренировку»',
      'date: 2016-09-02\n\nНа прошлой неделе штаб впервые провёл командно-штабную тренировку с офицерами двух стран.',
      ['2016-08 past other «На прошлой»']],
    ['en: "whose construction began in December 2014"',
      'date: 2016-09-02\n\nThe minister visited Bishkek on Thursday. The new railway, whose construction began in December 2014, was also discussed.',
      ['2016-09-01 past visit «The minister»', '2014-12 past other «whose construction»']],
    ['en: "the union was created by X, Y and Z in 1995"',
      'date: 2016-09-02\n\nThe minister visited Bishkek on Thursday. The payment union was created by Russia, Belarus and Armenia in 1995.',
      ['2016-09-01 past visit «The minister»', '1995 past other «The payment»']],
    ['en: "the leaders founded the X Organization" in a dated clause',
      'date: 2016-09-02\n\nIn June 2001 the six leaders founded the Regional Security Organization in Shanghai.',
      ['2001-06 past other «In June»']],
    ['en: "the school welcomed its first pupils on Thursday"',
      'date: 2016-09-02\n\nA Russian-funded school in Osh welcomed its first pupils on Thursday.',
      ['2016-09-01 past other «A Russian-funded»']],
    ['ru: «пропуск» is no launch',
      'date: 2016-09-02\n\nВчера министр посетил Бишкек. Журналистам выдали пропуск на объект.',
      ['2016-09-01 past visit «Вчера министр»']],
  ])('%s', (_name, text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('a summit elsewhere on the day of the talks', () => {
  it.each([
    ['ru: «в тот же день был в Минске на саммите» after talks in Bishkek is a second gathering',
      'date: 2006-11-29\n\nВо вторник министр провел переговоры в Бишкеке. Президент в тот же день был в Минске на неформальном саммите СНГ.',
      ['2006-11-28 past meeting «Во вторник»', '2006-11-28 past summit «Президент в»']],
    ['ru: a summit of the same day with no place of its own is the occasion told again',
      'date: 2006-11-29\n\nВо вторник министр провел переговоры в Бишкеке. Во вторник он был на неформальном саммите СНГ.',
      ['2006-11-28 past meeting «Во вторник»']],
  ])('%s', (_name, text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('deals and deliveries told with a date', () => {
  it.each([
    ['ru: «стал владельцем 100 процентов … в апреле»',
      'date: 2016-04-12\n\nВчера министр посетил Бишкек. Холдинг стал владельцем 100 процентов местной сети в апреле 2014 года.',
      ['2016-04-11 past visit «Вчера министр»', '2014-04 past other «Холдинг стал»']],
    ['en: "became the sole owner of … in 2014"',
      'date: 2016-04-12\n\nThe minister visited Bishkek on Monday. The holding became the sole owner of the local grid in 2014.',
      ['2016-04-11 past visit «The minister»', '2014 past other «The holding»']],
    ['en: "capitalized a $300 million fund in 2014"',
      'date: 2016-04-12\n\nThe minister visited Bishkek on Monday. Moscow capitalized a $300 million development fund in 2014.',
      ['2016-04-11 past visit «The minister»', '2014 past other «Moscow capitalized»']],
    ['en: "delivered more drones to the army this spring"',
      'date: 2016-07-12\n\nThe minister visited Bishkek on Monday. Russia delivered more drones to the army this spring.',
      ['2016-07-11 past visit «The minister»', '2016 past other «Russia delivered»']],
    ['en: "the duty was introduced in April 2010"',
      'date: 2011-07-12\n\nThe minister visited Bishkek on Monday. The export duty was introduced in April 2010.',
      ['2011-07-11 past visit «The minister»', '2010-04 past other «The export»']],
  ])('%s', (_name, text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('receptions given in honour of a guest', () => {
  it.each([
    ['ru: «Вечером в честь гостя дан официальный приём» in a same-day report of the visit',
      'date: 2019-03-28\n\nСегодня президент России прибыл в Бишкек с государственным визитом. Вечером в честь высокого гостя дан официальный приём.',
      ['2019-03-28 past visit «Сегодня президент»', '2019-03-28 past anniversary «Вечером в»']],
    ['en: "a state dinner was given in the guest\'s honour"',
      'date: 2019-03-29\n\nThe Russian president arrived in Bishkek on Thursday. In the evening a state dinner was given in his honour.',
      ['2019-03-28 past visit «The Russian»', '2019-03-28 past anniversary «In the»']],
  ])('%s', (_name, text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});
