import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('plans: a date that is not told stays null, a modal or a deadline makes a plan', () => {
  it.each([
    ['ru: «в ближайшее время» does not take the date of the event before it',
      'date: 2023-04-12\n\nВчера в Оше прошло заседание межправительственной комиссии. Министр также сообщил, что премьер намерен посетить Москву в ближайшее время.',
      ['2023-04-11 past igc_session «Вчера в»', 'null planned visit «Министр также»']],
    ['en: "his first foreign trip would be to Russia" is a plan, not the occasion\'s trip',
      'date: 2023-04-12\n\nThe ministers met in Osh on Tuesday. Speaking to reporters, the new premier said his first trip abroad as premier would be to Moscow.',
      ['2023-04-11 past meeting «The ministers»', 'null planned visit «Speaking to»']],
    ['en: "the next visit will be in the autumn" is a plan',
      'date: 2023-04-12\n\nThe ministers met in Osh on Tuesday. Their next joint visit will be in the autumn.',
      ['2023-04-11 past meeting «The ministers»', '2023 planned visit «Their next»']],
    ['ru: «в скором времени»',
      'date: 2023-04-12\n\nГубернатор посетит Бишкек в скором времени.',
      ['null planned visit «Губернатор посетит»']],
    ['en: "in the near future" is no date',
      'date: 2023-04-12\n\nThe speaker will visit Moscow in the near future, his office said.',
      ['null planned visit «The speaker»']],
    ['en: "soon" is no date either',
      'date: 2023-04-12\n\nThe two premiers met in Osh on Tuesday. The agreement on labour migrants will also be signed soon.',
      ['2023-04-11 past meeting «The two»', 'null planned agreement «The agreement»']],
    ['en: "soon" in past narrative is no plan',
      'date: 2023-04-12\n\nThe minister met the governor in Osh on Tuesday. The two soon signed a memorandum on trade.',
      ['2023-04-11 past meeting «The minister»', '2023-04-11 past agreement «The two»']],
    ['en: "could be signed" before a season is a plan of that year',
      'date: 2023-03-12\n\nThe sides are working on a new treaty on pensions, which could be signed "before summer."',
      ['2023 planned agreement «The sides»']],
    ['ru: «может быть подписано» до осени',
      'date: 2023-03-12\n\nСтороны готовят соглашение о пенсиях, которое может быть подписано до осени.',
      ['2023 planned agreement «Стороны готовят»']],
    ['ru: «в ближайшие месяцы» is the article year',
      'date: 2023-03-12\n\nСоглашения будут переданы на ратификацию в ближайшие месяцы.',
      ['2023 planned agreement «Соглашения будут»']],
    ['en: "said earlier this week that … are being prepared for signing" is not dated by the statement',
      'date: 2023-03-16\n\nThe premier said earlier this week that about ten documents are being prepared for signing during the visit.',
      ['null planned agreement «The premier»']],
    ['ru: «заявил в понедельник, что … будут подписаны»',
      'date: 2023-03-16\n\nПремьер заявил в понедельник, что в ходе визита будут подписаны около десяти документов.',
      ['null planned agreement «Премьер заявил»']],
    ['en: "said on Monday that they signed" keeps the day',
      'date: 2023-03-16\n\nThe ministry said on Monday that the ministers signed a memorandum.',
      ['2023-03-13 past agreement «The ministry»']],
    ['en: "in the coming weeks" is the article year',
      'date: 2023-03-12\n\nThe parliament is expected to ratify the treaty in the coming weeks.',
      ['2023 planned agreement «The parliament»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('talks and signings of a planned trip', () => {
  it.each([
    ['en: signings expected after a dated trip take its date',
      'date: 2024-11-22\n\nThe president will pay a state visit to Bishkek on November 25. The two leaders are expected to sign a number of agreements.',
      ['2024-11-25 planned visit «The president»', '2024-11-25 planned agreement «The two»']],
    ['ru: «в ближайшее время» keeps its null date',
      'date: 2024-11-22\n\nПрезидент посетит Бишкек 25 ноября. Соглашение о пенсиях будет подписано в ближайшее время.',
      ['2024-11-25 planned visit «Президент посетит»', 'null planned agreement «Соглашение о»']],
    ['en: a meeting "on the sidelines of the events" after two summits of different days takes their month',
      'date: 2031-12-06\n\nThe president will attend the EAEU summit on December 21 and the CIS summit on December 22 in Minsk. A bilateral meeting with the Russian leader is planned on the sidelines of the events.',
      ['2031-12-21 planned summit «The president»', '2031-12-22 planned summit «and the»', '2031-12 planned meeting «A bilateral»']],
    ['negative: one summit named again keeps its day',
      'date: 2031-12-06\n\nThe president will attend the EAEU summit on December 21 and the CIS summit on December 22 in Minsk. A bilateral meeting with the Russian leader is planned on the sidelines of the CIS summit.',
      ['2031-12-21 planned summit «The president»', '2031-12-22 planned summit «and the»', '2031-12-22 planned meeting «A bilateral»']],
    ['ru: a meeting that «могут провести на полях саммита ОДКБ» takes the date of that summit planned before',
      'date: 2031-10-14\n\nЛидеры затронули график предстоящих контактов, в том числе в ходе саммита ОДКБ в Москве в конце ноября. Министры обсудили строительство школ. Шесть школ уже открыты. Предыдущий разговор лидеров состоялся в июле. Ранее сообщалось, что президенты могут провести отдельную встречу на полях саммита ОДКБ.',
      ['2031-11 planned summit «Лидеры затронули»', '2031-10-14 past meeting «Министры обсудили»', '2031-07 past meeting «Предыдущий разговор»', '2031-11 planned meeting «Ранее сообщалось,»']],
    ['negative: the sidelines of a body whose gathering was not told take no summit\'s date',
      'date: 2031-10-14\n\nЛидеры затронули график предстоящих контактов, в том числе в ходе саммита ОДКБ в Москве в конце ноября. Министры обсудили строительство школ. Шесть школ уже открыты. Предыдущий разговор лидеров состоялся в июле. Ранее сообщалось, что президенты могут провести отдельную встречу на полях саммита ШОС.',
      ['2031-11 planned summit «Лидеры затронули»', '2031-10-14 past meeting «Министры обсудили»', '2031-07 past meeting «Предыдущий разговор»', '2031-10-14 planned other «на полях»', '2031-10-14 planned meeting «Ранее сообщалось,»']],
    ['en: a step "during the visit" of several days planned takes its month',
      'date: 2031-10-17\n\nThe premier will pay an official visit to Russia on October 19-21, 2031. During the visit, the two premiers will hold a joint meeting of the governments.',
      ['2031-10-19 planned visit «The premier»', '2031-10 planned meeting «During the»']],
    ['negative: a step of a planned visit of one day keeps its day',
      'date: 2031-10-17\n\nThe premier will pay an official visit to Russia on October 19, 2031. During the visit, the two premiers will hold a joint meeting of the governments.',
      ['2031-10-19 planned visit «The premier»', '2031-10-19 planned meeting «During the»']],
    ['en: a loan promised after a trip is not dated by it',
      'date: 2024-11-22\n\nThe president will pay a state visit to Bishkek on November 25. Russia will provide a loan for the budget.',
      ['2024-11-25 planned visit «The president»', 'null planned other «Russia will»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('two predicates of one subject tell two events', () => {
  it.each([
    ['en: "signed … and discussed preparations for a visit in the near future"',
      'date: 2023-04-12\n\nThe two ministers signed a protocol on consular affairs and discussed preparations for the president\'s visit to Moscow in the near future.',
      ['2023-04-12 past agreement «The two»', 'null planned visit «discussed preparations»']],
    ['ru: «подписали … и обсудили подготовку визита»',
      'date: 2023-04-12\n\nМинистры подписали протокол о консультациях и обсудили подготовку визита президента в Москву в ближайшее время.',
      ['2023-04-12 past agreement «Министры подписали»', 'null planned visit «обсудили подготовку»']],
    ['en: "and" before an adjective does not cut',
      'date: 2023-04-12\n\nThe presidents held talks in narrow and expanded formats on Tuesday.',
      ['2023-04-11 past meeting «The presidents»']],
    ['ru: an arrival and the talks held are two events',
      'date: 2023-04-12\n\nВчера губернатор прибыл в Бишкек и провел переговоры с министром экономики.',
      ['2023-04-11 past visit «Вчера губернатор»', '2023-04-11 past meeting «провел переговоры»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
