import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

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

describe('plans in a visit’s programme are planned parts of the same visit', () => {
  it.each([
    ['ru: «В рамках визита … также посетит …»',
      'date: 2011-05-12\n\nВ четверг в Москве спикер парламента Киргизии провел переговоры с председателем Госдумы. В рамках визита спикер также посетит Казань.',
      ['2011-05-12 past meeting «В четверг»', '2011-05-12 planned visit «В рамках»']],
    ['ru: «В ходе визита … также посетит …, где проведет переговоры …»',
      'date: 2011-05-12\n\nВ четверг в Москве спикер парламента Киргизии провел переговоры с председателем Госдумы. В ходе визита делегация также посетит Казань, где проведет переговоры с руководством Татарстана.',
      ['2011-05-12 past meeting «В четверг»', '2011-05-12 planned visit «В ходе»', '2011-05-12 planned meeting «где проведет»']],
    ['en: "During the visit he will also visit …"',
      'date: 2011-05-12\n\nThe Kyrgyz speaker held talks with the State Duma chairman in Moscow on Thursday. During the visit he will also visit Kazan.',
      ['2011-05-12 past meeting «The Kyrgyz»', '2011-05-12 planned visit «During the»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

