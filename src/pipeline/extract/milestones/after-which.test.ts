import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «…, после чего …», '…, after which …': the clause after the link continues the event told just before it and takes its day.
describe('a clause linked by «после чего» / "after which"', () => {
  it.each([
    ['ru: «после чего» after an arrival of the day before',
      'date: 2030-06-20\n\nПремьер прибыл в Ош накануне вечером. В аэропорту его встретил губернатор, после чего стороны возложили цветы к памятнику.',
      ['2030-06-19 past visit «Премьер прибыл»', '2030-06-19 past other «после чего»']],
    ['en: "after which" after an arrival of the day before',
      'date: 2030-06-20\n\nThe premier arrived in Osh the day before. He was met at the airport by the governor, after which the two laid flowers at the memorial.',
      ['2030-06-19 past visit «The premier»', '2030-06-19 past other «after which»']],
    // Negative: with no event told before, the clause keeps the article's day.
    ['ru: «после чего» with nothing dated before keeps the article day',
      'date: 2030-06-20\n\nГубернатор встретил делегацию, после чего стороны возложили цветы к памятнику.',
      ['2030-06-20 past other «после чего»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
