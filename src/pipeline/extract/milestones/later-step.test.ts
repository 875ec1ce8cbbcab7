import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "In 2026, Russia wrote off a debt, and Moscow later agreed to prolong the lease of its airfield": ", and <subject> later"
// parts two steps; "later" than a step of an earlier year is a time the text does not give, not the same occasion.
// Every text is invented.
describe('a step told as later than one of an earlier year', () => {
  it.each([
    ['en: ", and Moscow later agreed to prolong the lease of its airfield"',
      'date: 2031-02-10\n\nIn 2026, Russia wrote off $180 million owed by Bishkek, and Moscow later agreed to prolong the lease of its airfield there.',
      ['2026 past other «In 2026,»', 'null past agreement «and Moscow»']],
    // Negative: "later that day" is the same occasion; a step of the article's own year keeps the link.
    ['en: "later that day" after a dated day',
      'date: 2031-02-10\n\nOn February 3, Russia wrote off $300 million of Kyrgyz debt, and the ministers later that day signed a memorandum on energy.',
      ['2031-02-03 past other «On February»', '2031-02-03 past agreement «and the»']],
    ['en: the stay of troops prolonged, told alone',
      'date: 2031-02-10\n\nOn Monday, Moscow agreed to extend the stay of its troops in the region.',
      ['2031-02-10 past agreement «On Monday,»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
