import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a clause on "the same visit" takes the date of the visit told before it', () => {
  it.each([
    ['ru: «В рамках того же визита» after a signing during a visit, in a piece on a later ratification',
      'date: 2016-05-12\n\nПарламент вчера ратифицировал соглашение о поставках зерна.\n\nСоглашение было подписано 3 октября прошлого года в Оше в ходе визита премьер-министра Ивана Петрова.\n\nВ рамках того же визита Москва согласилась выделить грант в 20 млн долларов.',
      ['2016-05-11 past agreement «Парламент вчера»', '2015-10-03 past agreement «Соглашение было»', '2015-10-03 past visit «В рамках»']],
    ['en: "During the same trip" after a visit of a known month',
      'date: 2016-05-12\n\nParliament yesterday ratified the grain agreement.\n\nThe agreement was signed in Osh in October last year during a visit by Prime Minister Ivan Petrov.\n\nDuring the same trip, Moscow agreed to provide a grant of $20 million.',
      ['2016-05-11 past agreement «Parliament yesterday»', '2015-10 past agreement «The agreement»', '2015-10 past other «During the»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('around it', () => {
  it.each([
    ['ru: a visit not called the same keeps the narrative’s occasion',
      'date: 2016-05-12\n\nПарламент вчера ратифицировал соглашение о поставках зерна.\n\nСоглашение было подписано 3 октября прошлого года в Оше в ходе визита премьер-министра Ивана Петрова.\n\nВ ходе визита министры обсудили поставки зерна.',
      ['2016-05-11 past agreement «Парламент вчера»', '2015-10-03 past agreement «Соглашение было»', '2016-05-11 past meeting «В ходе»']],
    ['ru: a promise in April told in June is of this April, whatever it promised',
      'date: 2013-06-21\n\nМинистр обороны Иван Петров во время визита в Ош в апреле пообещал, что поставки будут продолжены.',
      ['2013-04 past visit «Министр обороны»']],
    ['ru: a term counted from entry into force is no anniversary',
      'date: 2013-06-21\n\nСрок действия – 15 лет с момента вступления в силу.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('the visit named bare ("on the sidelines of the visit", «в рамках визита.») is the one told before', () => {
  it.each([
    ['en: "was held on the sidelines of the visit;" after a visit of a known day',
      'date: 2031-03-12\n\nThe Russian premier arrived in Osh on Monday on a visit. A regional governors\' meeting was held on the sidelines of the visit; it lasted two hours.',
      ['2031-03-10 past visit «The Russian»', '2031-03-10 past meeting «A regional»']],
    ['ru: «состоялась в рамках визита.»',
      'date: 2031-03-12\n\nВ понедельник премьер России прибыл в Ош с визитом. Встреча губернаторов состоялась в рамках визита.',
      ['2031-03-10 past visit «В понедельник»', '2031-03-10 past meeting «Встреча губернаторов»']],
    ['en: a plan told of what the visit produced ("would give priority to ratifying the agreements signed during the visit") is still to come',
      'date: 2031-03-12\n\nThe Russian premier arrived in Osh on Monday on a visit. The speaker said parliament would give priority to ratifying the agreements signed during the visit.',
      ['2031-03-10 past visit «The Russian»', 'null planned agreement «The speaker»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
