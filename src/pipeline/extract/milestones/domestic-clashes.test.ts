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

/** An armed conflict, or «события» named with a month of a year told by words: dated domestic events (lexicon 'domestic'). */
describe('an armed conflict or events named with their month', () => {
  it.each([
    ['en: "following the armed conflict of May 2031"',
      'date: 2031-11-09\n\nThe envoy briefed the minister on the border situation following the armed conflict of May 2031.',
      ['2031-05 past other «The envoy»']],
    ['ru: «трагических событий мая прошлого года»',
      'date: 2032-11-09\n\nВажно не допустить повторения трагических событий мая прошлого года.',
      ['2031-05 past other «Важно не»']],
    // Negative: an armed conflict without a date of its own is a state, not an event of the timeline.
    ['en: "the armed conflict in the region" without a date',
      'date: 2031-11-09\n\nThe armed conflict in the region goes on.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

/** Voting of citizens or voters named with its day: an election, a dated domestic event (lexicon 'domestic'). */
describe('citizens voting on a day', () => {
  it.each([
    ['ru: «обеспечили голосование граждан за рубежом 14 мая»',
      'date: 2031-05-20\n\nБлагодарим консульства, которые обеспечили голосование наших граждан за рубежом 14 мая.',
      ['2031-05-14 past other «Благодарим консульства,»']],
    // Negative: voting without a day of its own is no event of the timeline.
    ['ru: «обеспечит голосование граждан» without a day',
      'date: 2031-05-20\n\nЦентризбирком обеспечит голосование граждан за рубежом.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
