/**
 * «Тогда», "At the time" opening a clause after a sentence that told a date but no event the narrative continues: the
 * clause is of that sentence's last date. Every text is invented.
 */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a clause opening with «Тогда» after a date told without an event to continue', () => {
  it.each([
    ['ru: the last date of an incursion told just before',
      'date: 2027-05-14\n\nВ августе 2001 года боевики вторглись в горный район, а летом 2002 года вылазка повторилась. Тогда Россия срочно перебросила в столицу оружие и боеприпасы.',
      ['2001-08 past other «В августе»', '2002 past other «Тогда Россия»']],
    ['en: at the time, after a date told',
      'date: 2027-05-14\n\nThe militants crossed into the valley in August 2001. At the time, Russia airlifted weapons to the capital.',
      ['2001-08 past other «The militants»', '2001-08 past other «At the»']],
    ['ru: a date told after the event of the sentence before, of another day',
      'date: 2031-10-07\n\nВ ходе разговора стороны обсудили выполнение договоренностей, достигнутых в ходе визита министра в Ош 20 сентября. Тогда были подписаны соглашения о строительстве двух школ.',
      ['2031-10-07 past meeting «В ходе»', '2031-09-20 past visit «достигнутых в»', '2031-09-20 past agreement «Тогда были»']],
    // Negative: an event told in the sentence before is what «Тогда» continues, as before.
    ['ru: an event of the sentence before is continued',
      'date: 2027-05-14\n\nВ марте 2020 года министры провели переговоры в Москве. Стороны обсудили ситуацию в регионе 5 мая 2021 года на полях форума. Тогда министры подписали протокол.',
      ['2020-03 past meeting «В марте»', '2021-05-05 past meeting «Стороны обсудили»', '2021-05-05 past agreement «Тогда министры»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
