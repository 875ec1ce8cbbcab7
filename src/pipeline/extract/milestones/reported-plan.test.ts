import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «В ходе встречи стало известно, что …»: a plan learnt at a gathering of the article's day keeps no date of that day.
describe('a plan told as learnt or announced at a gathering', () => {
  it.each([
    ['ru: «стало известно, что … посетит» after a reception of the day',
      'date: 2030-06-20\n\nСегодня мэр Оша встретился с ректором Асаном Асановым. В ходе встречи стало известно, что ректор посетит Томск с группой студентов.',
      ['2030-06-20 past meeting «Сегодня мэр»', 'null planned visit «В ходе»']],
    ['en: "it was announced that … would visit" after talks of the day',
      'date: 2030-06-20\n\nThe mayor of Osh held talks with rector Asan Asanov today. During the talks it was announced that the rector would visit Tomsk.',
      ['2030-06-20 past meeting «The mayor»', 'null planned visit «During the»']],
    // Negative: a step planned at the gathering's end, told without such a clause, keeps the gathering's day.
    ['ru: «По итогам встречи стороны подпишут протокол» keeps the day',
      'date: 2030-06-20\n\nСегодня мэр Оша встретился с ректором Асаном Асановым. По итогам встречи стороны подпишут протокол.',
      ['2030-06-20 past meeting «Сегодня мэр»', '2030-06-20 planned agreement «По итогам»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
