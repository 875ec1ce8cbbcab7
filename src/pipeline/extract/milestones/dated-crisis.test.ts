import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A financial crisis named with its own date — a month adjective («после августовского кризиса»), «прошлогодний»,
// "last year's", a year or "of <month> <year>" — is a dated background event; named without a date (the world
// crisis as a backdrop) it is none.
describe('a crisis named with a date of its own is a background event of that date', () => {
  it.each([
    ['ru: «после августовского кризиса» in a spring article is last August',
      'date: 2031-04-14\n\nПосол напомнил, что после августовского кризиса поставки зерна в Ош заметно сократились.',
      ['2030-08 past other «Посол напомнил,»']],
    ['ru: «августовского кризиса прошлого года» is August of the year before',
      'date: 2031-11-20\n\nРынок так и не восстановился после августовского кризиса прошлого года.',
      ['2030-08 past other «Рынок так»']],
    ['ru: «от прошлогоднего банковского кризиса»',
      'date: 2031-04-14\n\nЯрмарки в Нарыне пострадали от прошлогоднего банковского кризиса в соседней стране.',
      ['2030 past other «Ярмарки в»']],
    ['en: "since last year\'s rouble crisis"',
      'date: 2031-04-14\n\nCross-border retail in Naryn has shrunk since last year\'s rouble crisis.',
      ['2030 past other «Cross-border retail»']],
    ['en: "the currency crisis of March 2029"',
      'date: 2031-04-14\n\nGrain exports to Osh never recovered from the currency crisis of March 2029.',
      ['2029-03 past other «Grain exports»']],
    // Negative: a crisis with no date of its own is the backdrop of what is told.
    ['ru: «в условиях мирового финансового кризиса» is no event',
      'date: 2031-04-14\n\nТорговля в Нарыне идёт в условиях мирового финансового кризиса.',
      []],
    ['en: "hit hard by the global financial crisis" is no event',
      'date: 2031-04-14\n\nFarmers in Naryn have been hit hard by the global financial crisis.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
