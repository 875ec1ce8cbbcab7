import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** Clashes of demonstrators with the police or security forces: a domestic event when its clause dates it (lexicon 'domestic'). */
describe('street clashes named with their date', () => {
  it.each([
    ['ru: «5 мая … в ходе столкновений протестующих с полицией»',
      'date: 2031-05-09\n\nНапомним, 5 мая в Оше в ходе столкновений протестующих с полицией пострадали 40 человек.',
      ['2031-05-05 past other «Напомним, 5»']],
    ['ru: «столкновения с силовиками» on a weekday',
      'date: 2031-05-09\n\nВо вторник столкновения с силовиками продолжались до ночи.',
      ['2031-05-06 past other «Во вторник»']],
    ['en: "protesters clashed with police on Tuesday"',
      'date: 2031-05-09\n\nProtesters clashed with police in the capital on Tuesday.',
      ['2031-05-06 past other «Protesters clashed»']],
    // Negative: undated clashes describe a state, not an event of the timeline.
    ['ru: «столкновения демонстрантов» without a date',
      'date: 2031-05-09\n\nЭксперты опасаются, что столкновения демонстрантов с полицией повторятся.',
      []],
    ['en: "clashed with police" without a date',
      'date: 2031-05-09\n\nInvestors fear that protesters clashed with police too often.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
