import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// The fallback statement stands for an article that reports no past event; a multilateral step told as background
// years before the article does not count as one.
describe('a multilateral step years back leaves the article its fallback statement', () => {
  it.each([
    ['ru: «является членом ЕАЭС с <года>» years before',
      'date: 2031-06-10\n\nТорговля\n\nМинистр экономики Иван Петров заявил журналистам, что взаимная торговля в союзе может вырасти на треть.\n\nАрмения является членом ЕАЭС с января 2015 года.',
      ['2015-01 past other «Армения является»', '2031-06-10 past statement «Министр экономики»']],
    // Kept: a step of the article's year is the news itself.
    ['ru: an accession of the article’s year blocks the statement',
      'date: 2015-06-10\n\nТорговля\n\nМинистр экономики Иван Петров заявил журналистам, что взаимная торговля в союзе может вырасти на треть.\n\nАрмения является членом ЕАЭС с января 2015 года.',
      ['2015-01 past other «Армения является»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
