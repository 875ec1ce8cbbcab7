import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// "standing beside President X, Y announced …": a leader's joint appearance with another is a meeting;
// "Moscow unveiled an aid package": an offer of money is an event of its own (event-lexicon.json,
// triggers "meeting" and "finance"). Every text is invented.
describe('a joint appearance and an aid package unveiled', () => {
  it.each([
    ['en: standing beside a president', 'date: 2030-05-10\n\nOn May 4, standing beside Russian President Ivan Petrov in the Kremlin, the Kyrgyz leader announced a new bridge.',
      ['2030-05-04 past meeting «On May»']],
    ['en: stood next to a prime minister', 'date: 2030-05-10\n\nIn March 2029 the minister stood next to Prime Minister Ivan Petrov in Osh and promised roads.',
      ['2029-03 past meeting «In March»']],
    ['en: an aid package unveiled', 'date: 2030-05-10\n\nOn May 4, Moscow unveiled an assistance package worth $1 billion.',
      ['2030-05-04 past other «On May»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it.each([
    // Standing beside a building, a package of laws: no meeting, no money.
    ['en', 'date: 2030-05-10\n\nThe minister stood next to the new school and smiled.'],
    ['en', 'date: 2030-05-10\n\nParliament unveiled a package of laws on tax.'],
  ])('%s: %s tells no event', (_lang, text) => {
    expect(milestoneLines(text)).toEqual([]);
  });
});
