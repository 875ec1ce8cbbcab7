import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «…, после чего …», '…, after which …': the clause after the link continues the event told just before it and takes its day.
describe('a clause linked by «после чего» / "after which"', () => {
  it.each([
    ['ru: «после чего» after an arrival of the day before',
      'date: 2030-06-20\n\nНакануне вечером министр прилетел в Каракол. Он коротко побеседовал с ректором, после чего гости возложили цветы к обелиску у школы.',
      ['2030-06-19 past visit «Накануне вечером»', '2030-06-19 past other «после чего»']],
    ['en: "after which" after an arrival of the day before',
      'date: 2030-06-20\n\nThe day before, the minister arrived in Karakol. He spoke briefly with the rector, after which the guests laid flowers at an obelisk near the school.',
      ['2030-06-19 past visit «The day»', '2030-06-19 past other «after which»']],
    // Negative: with no event told before, the clause keeps the article's day.
    ['ru: «после чего» with nothing dated before keeps the article day',
      'date: 2030-06-20\n\nРектор встретил студентов, после чего гости возложили цветы к обелиску.',
      ['2030-06-20 past other «после чего»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// «…, по его итогам подписаны …»: the outcome of the gathering just named opens a clause of its own, so that a signing told
// after a gathering told again is kept beside it.
describe('a clause opened by «по его итогам»', () => {
  it.each([
    ['ru: a signing «по его итогам» after the forum told again',
      'date: 2030-10-28\n\nПремьер во вторник выступил на открытии делового форума в Бишкеке.\n\nВ работе форума приняли участие более 600 представителей бизнеса, по его итогам подписаны соглашения на сумму свыше $1 млрд.',
      ['2030-10-22 past other «Премьер во»', '2030-10-22 past agreement «по его»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
