import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "In 2025, Russia wrote off the debt, and Moscow later agreed to extend the presence of its base": ", and <subject> later"
// parts two steps; "later" than a step of an earlier year is a time the text does not give, not the same occasion.
// Every text is invented.
describe('a step told as later than one of an earlier year', () => {
  it.each([
    ['en: ", and Moscow later agreed to extend the presence of its base"',
      'date: 2031-02-10\n\nIn 2025, Russia wrote off $300 million of Kyrgyz debt, and Moscow later agreed to extend the presence of its air base in the republic.',
      ['2025 past other «In 2025,»', 'null past agreement «and Moscow»']],
    // Negative: "later that day" is the same occasion; a step of the article's own year keeps the link.
    ['en: "later that day" after a dated day',
      'date: 2031-02-10\n\nOn February 3, Russia wrote off $300 million of Kyrgyz debt, and the ministers later that day signed a memorandum on energy.',
      ['2031-02-03 past other «On February»', '2031-02-03 past agreement «and the»']],
    ['en: the presence of troops extended, told alone',
      'date: 2031-02-10\n\nOn Monday, Moscow agreed to extend the presence of its troops in the republic.',
      ['2031-02-10 past agreement «On Monday,»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
