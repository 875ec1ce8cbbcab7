import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('"during that trip": the trip told before, not the last event told', () => {
  it.each([
    ['en: a site visited during the trip, after a summit of the next day',
      'date: 2030-11-17\n\nThe president paid an official visit to Kyrgyzstan on October 12 and took part in a summit in Bishkek the following day. During that trip he visited the Kant air base.',
      ['2030-10-12 past visit «The president»', '2030-10-13 past summit «took part»', '2030-10-12 past visit «During that»']],
    ['ru: «в ходе той поездки» after a summit of the next day',
      'date: 2030-11-17\n\nПрезидент 12 октября посетил Киргизию с официальным визитом, а на следующий день принял участие в саммите в Бишкеке. В ходе той поездки он посетил авиабазу Кант.',
      ['2030-10-12 past visit «Президент 12»', '2030-10-13 past summit «а на»', '2030-10-12 past visit «В ходе»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a visit named only as the occasion of an older signing is no trip the next signing follows', () => {
  it.each([
    ['ru: «…, подписанному во время визита … в ноябре прошлого года. Стороны подписали …»',
      'date: 2031-03-04\n\nМосква, 3 марта. Министры провели переговоры. Министр сообщил, что в этом году откроются школы, построенные по соглашению, подписанному во время государственного визита премьера в ноябре прошлого года.\n\nСтороны подписали план консультаций.',
      ['2031-03-03 past meeting «Министры провели»', '2031 planned other «Министр сообщил,»', '2030-11 past visit «подписанному во»', '2031-03-03 past agreement «Стороны подписали»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
