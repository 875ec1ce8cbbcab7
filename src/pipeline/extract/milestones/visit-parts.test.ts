import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';
import type { MilestoneDraft } from '../../types';
import { retellsByInvitation } from './visit-parts';

describe('a visit told again by who invited it is the same visit', () => {
  it.each([
    ['ru: «Визит состоялся по приглашению …»',
      'date: 2011-05-12\n\nВо вторник в Бишкек с официальным визитом прибыл министр иностранных дел России. Визит состоялся по приглашению министра иностранных дел Киргизии Руслана Казакбаева.',
      ['2011-05-10 past visit «Во вторник»']],
    ['ru: «Поездка проходит по личному приглашению …»',
      'date: 2011-05-12\n\nВо вторник в Москву с рабочим визитом прибыл премьер-министр Киргизии. Визит проходит по личному приглашению председателя правительства России.',
      ['2011-05-10 past visit «Во вторник»']],
    ['en: "The visit took place at the invitation of …"',
      'date: 2011-05-12\n\nThe Russian foreign minister arrived in Bishkek on an official visit on Tuesday. The visit took place at the invitation of his Kyrgyz counterpart Ruslan Kazakbayev.',
      ['2011-05-10 past visit «The Russian»']],
    ['en: the first telling of a visit with its invitation stays',
      'date: 2011-05-12\n\nThe Russian president will pay a state visit to Kyrgyzstan on May 20 at the invitation of the Kyrgyz president.',
      ['2011-05-20 planned visit «The Russian»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('an invitation told as accepted right after it is the same planned visit', () => {
  it.each([
    ['ru: «Приглашение принято, сроки визита будут согласованы …»',
      'date: 2011-05-12\n\nВо вторник министры провели переговоры в Оше. Министр пригласил коллегу посетить Бишкек с официальным визитом. Приглашение принято, сроки визита будут согласованы дополнительно.',
      ['2011-05-10 past meeting «Во вторник»', 'null planned visit «Министр пригласил»']],
    ['en: "The invitation was accepted; the dates of the visit …"',
      'date: 2011-05-12\n\nThe ministers held talks in Osh on Tuesday. The minister invited his counterpart to pay an official visit to Bishkek. The invitation was accepted, and the dates of the visit will be agreed later.',
      ['2011-05-10 past meeting «The ministers»', 'null planned visit «The minister»']],
    ['ru: «Президент принял приглашение посетить …. Сроки визита будут согласованы дополнительно.»',
      'date: 2011-05-12\n\nВо вторник министры провели переговоры в Оше. Президент принял приглашение посетить Бишкек. Сроки визита будут согласованы дополнительно.',
      ['2011-05-10 past meeting «Во вторник»', 'null planned visit «Президент принял»']],
    ['ru: «принял приглашение посетить …, сроки визита будут согласованы по дипломатическим каналам»',
      'date: 2011-05-12\n\nВо вторник министры провели переговоры в Оше. Президент принял приглашение посетить Бишкек с официальным визитом, сроки визита будут согласованы по дипломатическим каналам.',
      ['2011-05-10 past meeting «Во вторник»', 'null planned visit «Президент принял»']],
    ['en: "accepted an invitation to visit …. The dates of the visit will be agreed later."',
      'date: 2011-05-12\n\nThe ministers held talks in Osh on Tuesday. The president accepted an invitation to visit Bishkek. The dates of the visit will be agreed later.',
      ['2011-05-10 past meeting «The ministers»', 'null planned visit «The president»']],
    ['en: an invitation and its acceptance in one clause stay one visit',
      'date: 2011-05-12\n\nThe ministers held talks in Osh on Tuesday. The minister invited his counterpart to visit Bishkek, and the invitation was accepted.',
      ['2011-05-10 past meeting «The ministers»', 'null planned visit «The minister»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('the dates of a visit still to be agreed tell no second visit only after a planned one', () => {
  it.each([
    ['ru: a visit planned with its month is not retold by «сроки … будут уточнены» after a past meeting',
      'date: 2011-05-12\n\nВо вторник министры провели переговоры в Оше. Сроки визита президента в Москву будут уточнены позднее.',
      ['2011-05-10 past meeting «Во вторник»', 'null planned visit «Сроки визита»']],
    ['en: "the dates of the visit will be set" after a past meeting is a planned visit of its own',
      'date: 2011-05-12\n\nThe ministers held talks in Osh on Tuesday. The dates of the president\'s visit to Moscow will be set later.',
      ['2011-05-10 past meeting «The ministers»', 'null planned visit «The dates»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// The article's occasion is one day of a stay whose other days are not told: a part planned without its day is of that month.
describe('plans in a visit’s programme are planned parts of the same visit, in its month', () => {
  it.each([
    ['ru: «В рамках визита … встретится также с …»: a meeting of the programme',
      'date: 2011-05-12\n\nВ четверг в Москве спикер парламента Киргизии провел переговоры с председателем Госдумы. В рамках визита делегация встретится также с председателем Совета Федерации.',
      ['2011-05-12 past meeting «В четверг»', '2011-05 planned meeting «В рамках»']],
    ['ru: «В ходе визита … также посетит …, где проведет переговоры …»',
      'date: 2011-05-12\n\nВ четверг в Москве спикер парламента Киргизии провел переговоры с председателем Госдумы. В ходе визита делегация также посетит Казань, где проведет переговоры с руководством Татарстана.',
      ['2011-05-12 past meeting «В четверг»', '2011-05 planned visit «В ходе»', '2011-05 planned meeting «где проведет»']],
    ['en: "During the visit he will also visit …"',
      'date: 2011-05-12\n\nThe Kyrgyz speaker held talks with the State Duma chairman in Moscow on Thursday. During the visit he will also visit Kazan.',
      ['2011-05-12 past meeting «The Kyrgyz»', '2011-05 planned visit «During the»']],
    ['en: a part of a planned visit told with its day is of that day',
      'date: 2011-05-12\n\nThe Kyrgyz speaker will pay an official visit to Moscow on May 20. During the visit he will also visit Kazan.',
      ['2011-05-20 planned visit «The Kyrgyz»', '2011-05-20 planned visit «During the»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// «Делегация также посетит университет», «В программе визита также концерт»: one more stop of a visit told, with no day of
// its own, is the visit's programme, no event of its own.
describe('a further stop of a visit told, given with «также» and no day, is no event of its own', () => {
  it.each([
    ['ru: «В рамках визита … также посетит …» with no day',
      'date: 2011-05-12\n\nВ четверг в Москве спикер парламента Киргизии провел переговоры с председателем Госдумы. В рамках визита спикер также посетит Казань.',
      ['2011-05-12 past meeting «В четверг»']],
    ['ru: «Делегация также посетит …» after the talks',
      'date: 2011-05-12\n\nВ четверг в Москве спикер парламента Киргизии провел переговоры с председателем Госдумы. Делегация также посетит Казанский федеральный университет.',
      ['2011-05-12 past meeting «В четверг»']],
    ['ru: «В программе визита также посещение … и встреча с земляками»',
      'date: 2011-05-12\n\nВ четверг в Москве спикер парламента Киргизии провел переговоры с председателем Госдумы. В программе визита также посещение Третьяковской галереи и встреча с земляками.',
      ['2011-05-12 past meeting «В четверг»']],
    ['ru: «В программе визита также концерт …»',
      'date: 2011-05-12\n\nВ четверг в Москве спикер парламента Киргизии провел переговоры с председателем Госдумы. В программе визита также концерт артистов и выставка фотографий.',
      ['2011-05-12 past meeting «В четверг»']],
    // Negative: a stop with its own day, a stop told as done, and a first visit with «также» stay.
    ['ru: «Завтра делегация также посетит …» has a day of its own',
      'date: 2011-05-12\n\nВ четверг в Москве спикер парламента Киргизии провел переговоры с председателем Госдумы. Завтра делегация также посетит Казанский федеральный университет.',
      ['2011-05-12 past meeting «В четверг»', '2011-05-13 planned visit «Завтра делегация»']],
    // Told as done it stays, dated to the occasion's month ('also visited' is a step of the trip: clause-dating's alsoVisited).
    ['ru: «Делегация также посетила …», told as done, stays',
      'date: 2011-05-12\n\nВ четверг в Москве спикер парламента Киргизии провел переговоры с председателем Госдумы. Делегация также посетила Казанский федеральный университет.',
      ['2011-05-12 past meeting «В четверг»', '2011-05 past visit «Делегация также»']],
    ['ru: «также посетит» with no visit told before stays',
      'date: 2011-05-12\n\nСпикер парламента Киргизии также посетит Москву.',
      ['null planned visit «Спикер парламента»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a stop in a third country on the same trip is no Kyrgyz–Russian event', () => {
  it.each([
    ['ru: «Из Москвы министр отправится в Минск» is no bilateral step',
      'date: 2011-05-12\n\nВ среду в Москве премьер-министр Киргизии провел переговоры с председателем правительства России. Из Москвы премьер отправится в Минск.',
      [true, false]],
    ['en: "is due to travel on to Minsk" is no bilateral step',
      'date: 2011-05-12\n\nThe Kyrgyz prime minister held talks with his Russian counterpart in Moscow on Wednesday. He is due to travel on to Minsk today.',
      [true, false]],
    ['en: "From Moscow he will fly to Minsk" is no bilateral step',
      'date: 2011-05-12\n\nThe Kyrgyz prime minister held talks with his Russian counterpart in Moscow on Wednesday. From Moscow he will fly to Minsk.',
      [true, false]],
    ['ru: a trip on to a Russian city stays bilateral',
      'date: 2011-05-12\n\nВ среду в Москве премьер-министр Киргизии провел переговоры с председателем правительства России. Из Москвы премьер отправится в Казань.',
      [true, true]],
  ])('%s', (_name, text, want) => {
    expect(extractBilateral(text)).toEqual(want);
  });

  it.each([
    // The trip to a third country alone is a third country's visit (foreign.ts); the talks there hang on it.
    ['ru: talks where the third-country trip goes are dropped',
      'date: 2011-05-12\n\nВ среду в Москве премьер-министр Киргизии провел переговоры с председателем правительства России. Завтра премьер вылетит в Ташкент, где проведет переговоры с руководством страны.',
      ['2011-05-11 past meeting «В среду»']],
    ['en: talks where the third-country trip goes are dropped',
      'date: 2011-05-12\n\nThe Kyrgyz prime minister held talks with his Russian counterpart in Moscow on Wednesday. On Friday he flies on to Tashkent, where he will hold talks with the Uzbek leadership.',
      ['2011-05-11 past meeting «The Kyrgyz»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

import { toDoc } from '../../read';
import { extractArticle } from '../index';

function extractBilateral(text: string): boolean[] {
  return extractArticle(toDoc('t.txt', text).doc).milestones.map((m) => m.bilateral);
}

describe('a visit to a site and the arrival in the country are two stops of one trip', () => {
  it.each([
    ['en: the arrival, then "Earlier in the day … visited the air base"',
      'date: 2012-09-20\n\nRussian President Ivan Petrov has arrived in Kyrgyzstan on a state visit.\n\nEarlier in the day, Ivan Petrov visited the Kant air base.',
      ['2012-09-20 past visit «Russian President»', '2012-09-20 past visit «Earlier in»']],
    ['ru: the site visit first, then the arrival',
      'date: 2012-09-20\n\nПрезидент России Иван Петров посетил авиабазу Кант.\n\nУтром Иван Петров прилетел в Бишкек.',
      ['2012-09-20 past visit «Президент России»', '2012-09-20 past visit «Утром Иван»']],
    ['en: the trip told again in a clause of the same sentence is one visit',
      'date: 2012-09-20\n\nRussian President Ivan Petrov visited the Kant air base in Kyrgyzstan on Thursday, on his first trip abroad as president.',
      ['2012-09-20 past visit «Russian President»']],
    ['en: the arrival told twice is one visit',
      'date: 2012-09-20\n\nRussian President Ivan Petrov has arrived in Kyrgyzstan on a state visit.\n\nIvan Petrov arrived in Bishkek in the morning.',
      ['2012-09-20 past visit «Russian President»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('talks planned without a day right after the reported arrival are that day\'s', () => {
  it.each([
    ['ru: «прибыл сегодня … Переговоры пройдут в резиденции»',
      'date: 2015-06-03\n\nПрезидент России Иван Петров прибыл сегодня в Бишкек с официальным визитом. В аэропорту его встретил президент Киргизии Олег Сидоров. Переговоры президентов пройдут в резиденции «Ала-Арча».',
      ['2015-06-03 past visit «Президент России»', '2015-06-03 planned meeting «Переговоры президентов»']],
    ['en: "has arrived … Talks will be held at the residence"',
      'date: 2015-06-03\n\nRussian President Ivan Petrov has arrived in Bishkek on an official visit today. Talks between Ivan Petrov and Oleg Sidorov will be held at the state residence.',
      ['2015-06-03 past visit «Russian President»', '2015-06-03 planned meeting «Talks between»']],
    ['ru: a planned visit sets no day for its undated talks',
      'date: 2015-06-03\n\nПрезидент России Иван Петров посетит Бишкек с официальным визитом. Переговоры президентов пройдут в резиденции «Ала-Арча».',
      ['null planned visit «Президент России»', 'null planned meeting «Переговоры президентов»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('retellsByInvitation: only a visit of the body is told again by its invitation', () => {
  const visit = { type: 'visit' } as MilestoneDraft;
  const meeting = { type: 'meeting' } as MilestoneDraft;
  const text = 'Визит состоялся по приглашению министра иностранных дел Киргизии';
  it.each([
    ['a visit told in the body', [visit], new Set<MilestoneDraft>(), true],
    ['the visit only in the headline', [visit], new Set([visit]), false],
    ['no visit told', [meeting], new Set<MilestoneDraft>(), false],
    ['no headlines given', [visit], undefined, true],
  ])('%s', (_name, out, headlines, want) => {
    expect(retellsByInvitation('visit', text, 'ru', false, out, headlines)).toBe(want);
  });
  it('asks nothing of a dated clause or another kind', () => {
    expect(retellsByInvitation('visit', text, 'ru', true, [visit])).toBe(false);
    expect(retellsByInvitation('meeting', text, 'ru', false, [visit])).toBe(false);
  });
});
