import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('culture weeks, closings, a troupe received and an agreement reached on a longer topic', () => {
  it.each([
    ['ru: a week of a language held in a month',
      'date: 2015-02-10\n\nНеделя русского языка пройдет в школах Нарына в марте.',
      ['2015-03 planned other «Неделя русского»']],
    ['ru: the closing of a festival planned on its day',
      'date: 2015-02-10\n\nФестиваль российского кино открылся вчера в Бишкеке. Закрытие фестиваля пройдет 15 февраля в Оше.',
      ['2015-02-09 past other «Фестиваль российского»', '2015-02-15 planned other «Закрытие фестиваля»']],
    ['ru: a tour named only as the time of something else is no event',
      'date: 2015-02-10\n\nГастроли Большого театра открылись вчера в Бишкеке. Афиши висели по всему городу ещё до начала гастролей.',
      ['2015-02-09 past other «Гастроли Большого»']],
    ['ru: a troupe received by an ambassador',
      'date: 2015-02-10\n\nВчера в посольстве труппу Театра наций принял посол Киргизии Иван Петров.',
      ['2015-02-09 past meeting «Вчера в»']],
    ['ru: a visiting troupe received after the verb',
      'date: 2015-02-10\n\nВчера министр культуры Киргизии Иван Петров принял в своем кабинете труппу Театра наций.',
      ['2015-02-09 past meeting «Вчера министр»']],
    ['ru: an agreement reached on a topic of several words, dated',
      'date: 2015-02-10\n\nДоговоренность о поставках дизельного топлива была достигнута правительствами в прошлом году.',
      ['2014 past agreement «Договоренность о»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('teachers who come to work, a Russian House to open, a step at the place left before an arrival', () => {
  it.each([
    ['en: teachers arriving from Russia to teach in a month',
      'date: 2023-05-10\n\nNinety Russian teachers will come to teach at Naryn schools in August, the ministry said.',
      ['2023-08 planned other «Ninety Russian»']],
    ['ru: a Russian House to open in a year',
      'date: 2023-05-10\n\nВ 2024 году Россотрудничество откроет в Нарыне Русский дом.',
      ['2024 planned other «В 2024»']],
    ['en: an undated step at the place left before the arrival has no day',
      'date: 2023-05-10\n\nThe Russian deputy minister Pavel Orlov met the mayor of Jalal-Abad today. Orlov came to Jalal-Abad from Tashkent, where he held talks with a Kyrgyz trade envoy.',
      ['2023-05-10 past meeting «The Russian»', 'null past meeting «where he»']],
    ['en: a step at the place left told with its own day keeps it',
      'date: 2023-05-10\n\nThe Russian deputy minister Pavel Orlov met the mayor of Jalal-Abad today. Orlov came to Jalal-Abad from Tashkent, where on Monday he held talks with a Kyrgyz trade envoy.',
      ['2023-05-10 past meeting «The Russian»', '2023-05-08 past meeting «where on»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a step told within a gathering of several days told before takes its month', () => {
  it.each([
    ['ru: «В рамках фестиваля пройдут …» after the festival opened',
      'date: 2019-04-16\n\nФестиваль российского кино открылся вчера в Бишкеке. Министр культуры Иван Петров поблагодарил гостей. В рамках фестиваля пройдут мастер-классы и выставка плакатов.',
      ['2019-04-15 past other «Фестиваль российского»', '2019-04 planned forum «В рамках»']],
    ['ru: a dated trigger told within a conference that closed yesterday',
      'date: 2019-04-16\n\nВчера в Оше завершилась научная конференция молодых физиков. В рамках конференции был открыт совместный центр изучения ледников.',
      ['2019-04-15 past forum «Вчера в»', '2019-04 past forum «В рамках»']],
    ['ru: a step done within a conference that opened today is of today',
      'date: 2019-04-16\n\nСегодня в Оше открылась конференция ректоров вузов России и Киргизии. В рамках конференции подписано пять соглашений о сотрудничестве.',
      ['2019-04-16 past other «Сегодня в»', '2019-04-16 past agreement «В рамках»']],
    ['ru: without a gathering of that name told before, no month is lent',
      'date: 2019-04-16\n\nФестиваль российского кино открылся вчера в Бишкеке. В рамках программы пройдут мастер-классы и выставка плакатов.',
      ['2019-04-15 past other «Фестиваль российского»', 'null planned forum «В рамках»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('an audience gathered is no session', () => {
  it.each([
    ['ru: «собрались около … зрителей» after a concert',
      'date: 2019-04-16\n\nВчера в Караколе прошел концерт российских артистов. На площади собрались более двух тысяч зрителей.',
      ['2019-04-15 past other «Вчера в»']],
    ['ru: a body that gathered is still a session',
      'date: 2019-04-16\n\nВчера в Бишкеке собрались члены межправительственной комиссии России и Киргизии.',
      ['2019-04-15 past igc_session «Вчера в»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('compatriots, veterans and a branch on a planned stop are the trip\'s programme', () => {
  it.each([
    ['en: "will travel to Talas, where he will see veterans and tour a branch"',
      'date: 2021-03-02\n\nOn Thursday, a Russian deputy minister of education will travel to Talas, where he will see war veterans and tour a branch of the Slavic university.',
      ['2021-03-04 planned visit «On Thursday,»']],
    ['ru: «отправится в Нарын, где встретится с ветеранами»',
      'date: 2021-03-02\n\nВ четверг замминистра отправится в Нарын, где встретится с ветеранами и посетит филиал русского центра.',
      ['2021-03-04 planned visit «В четверг»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a speaker\'s capitalised title between a fronted date and the name is part of the speaker', () => {
  it.each([
    ['en: "In March, Deputy Head of the Presidential Administration Ivan Petrov told …"',
      'date: 2022-04-20\n\nThe two ministers met in Bishkek on Tuesday.\n\nIn March, Deputy Head of the Presidential Administration Ivan Petrov told reporters that rural schools needed more Russian textbooks.',
      ['2022-04-19 past meeting «The two»', '2022-03 past statement «In March,»']],
    ['en: a long lower-case aside is still too far',
      'date: 2022-04-20\n\nThe two ministers met in Bishkek on Tuesday.\n\nLast month, in a long and rather heated exchange with the local press corps, Ivan Petrov said that rural schools needed more Russian textbooks.',
      ['2022-04-19 past meeting «The two»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('speaking out against is a statement', () => {
  it.each([
    ['ru: «выступая вчера по телевидению, высказался против» after the day\'s news',
      'date: 2012-11-21\n\nСегодня министр образования Киргизии Иван Петров встретился с послом России. Спикер парламента Олег Сидоров, выступая вчера по телевидению, высказался против сокращения часов русского языка.',
      ['2012-11-21 past meeting «Сегодня министр»', '2012-11-20 past statement «Спикер парламента»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('performers who arrive are no official visit', () => {
  it.each([
    ['ru: «В Ош приехали солисты …»',
      'date: 2012-11-21\n\nВчера в Оше открылся фестиваль российской музыки. В Ош приехали солисты Мариинского театра и артисты балета.',
      ['2012-11-20 past other «Вчера в»']],
    ['en: "musicians from Kazan arrived"',
      'date: 2012-11-21\n\nThe festival of Russian music opened in Osh yesterday. Some forty musicians from Kazan arrived in Osh for the occasion.',
      ['2012-11-20 past other «The festival»']],
    ['ru: a minister who arrives still makes a visit',
      'date: 2012-11-21\n\nВчера в Ош приехал министр культуры России Иван Петров.',
      ['2012-11-20 past visit «Вчера в»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a gathering told as to become a regular one characterises the gathering just told', () => {
  it.each([
    ['en: "the forum would become a regular event" after the forum',
      'date: 2018-03-14\n\nA Kyrgyz-Russian media forum will take place in Naryn on June 5-7. Organisers said the forum would become a regular event.',
      ['2018-06-05 planned forum «A Kyrgyz-Russian»']],
    ['ru: «форум станет ежегодным» after the forum',
      'date: 2018-03-14\n\nПервый молодежный форум России и Киргизии пройдет в Караколе 5–7 июня. Министр выразил надежду, что форум станет ежегодным.',
      ['2018-06-05 planned forum «Первый молодежный»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a law adopted with a date of its own is a step; undated it names the law', () => {
  it.each([
    ['ru: «в 2014 году был принят закон» of a third country',
      'date: 2016-05-12\n\nВ Узбекистане в 2014 году был принят закон о государственной службе.',
      ['2014 past other «В Узбекистане»']],
    ['en: "a law was passed in March"',
      'date: 2016-05-12\n\nIn Kyrgyzstan, a law on the state language was passed in March.',
      ['2016-03 past other «In Kyrgyzstan,»']],
    ['ru: undated, the law in force is no step',
      'date: 2016-05-12\n\nПо закону, который был принят давно, школы обязаны преподавать два языка.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('the sides of the talks just told go on with them', () => {
  it.each([
    ['ru: «По словам помощника, стороны обсудили …» after an eve reception',
      'date: 2010-05-20\n\nВчера в Караколе открылся фестиваль российского кино. Накануне губернатор Иван Лебедев принял посла России Олега Карпова. По словам помощника губернатора, стороны обсудили поставки угля.',
      ['2010-05-19 past other «Вчера в»', '2010-05-18 past meeting «Накануне губернатор»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
