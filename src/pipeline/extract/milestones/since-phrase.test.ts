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

  it('a background word outside the phrase still recalls the event', () => {
    expect(milestoneLines('date: 2022-03-10\n\nThe president visited Moscow last year, his first trip abroad.')[0]?.startsWith('2021 past')).toBe(true);
  });
});
