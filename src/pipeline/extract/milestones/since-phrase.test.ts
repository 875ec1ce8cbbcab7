import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// A "since" phrase with a background word ("since taking office last month") tells a starting
// point: the clause's event is still the article's news, dated by the article.
describe('a background word inside a "since" phrase', () => {
  it.each([
    ['en: "on his first trip abroad since taking office last month"',
      'date: 2022-03-10\n\nThe new premier met the Russian president in Moscow on his first trip abroad since taking office last month.',
      '2022-03-10 past'],
    ['en: "for the first time since his election last year"',
      'date: 2022-03-10\n\nThe president visited Moscow for the first time since his election last year.',
      '2022-03-10 past'],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)[0]?.startsWith(want)).toBe(true);
  });

  // A "since" phrase that names a domestic event with its own date tells that event too, in passing;
  // the start of a term ("since taking office in December") stays a description of the trip.
  it.each([
    ['en: "since his inauguration in December" is the December before',
      'date: 2022-03-10\n\nThe president is in Moscow on his first visit abroad since his inauguration in December.',
      ['2022-03-10 past visit «The president»', '2021-12 past other «since his»']],
    ['en: "since the January 9 attack on …" beside a visit',
      'date: 2022-03-10\n\nThe mayor visited the market on Monday, where traders face tougher checks since the January 9 attack on the Central Market.',
      ['2022-03-07 past visit «The mayor»', '2022-01-09 past other «since the»']],
    ['en: "since taking office in December" stays with the trip',
      'date: 2022-03-10\n\nThe president is in Moscow on his first visit abroad since taking office in December.',
      ['2022-03-10 past visit «The president»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it('a background word outside the phrase still recalls the event', () => {
    expect(milestoneLines('date: 2022-03-10\n\nThe president visited Moscow last year, his first trip abroad.')[0]?.startsWith('2021 past')).toBe(true);
  });
});

// "who has led the country since 1992, is due to attend a summit … on June 5": a state's starting point, with no event
// told before it, is no item of a dated list: the sentence stays one clause, its day read as the plan's.
describe('a starting point after "since" with no event before it cuts no list', () => {
  it.each([
    ['en: "who has led … since 1992, is due to attend a summit … on June 5"',
      'date: 1997-05-20\n\nThe president, who has led the country since 1992, is due to attend a summit of the heads of state of Russia, Kazakhstan, Belarus and Kyrgyzstan in Moscow on June 5.',
      ['1997-06-05 planned summit «The president,»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
