import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a statement of the day before the article, after a lead event of an earlier day', () => {
  it.each([
    ['en: a referendum on Sunday, then a minister told reporters on Tuesday (article on Wednesday)',
      'date: 2030-04-17\n\nThe new constitution, approved in a referendum on Sunday, hands wide powers to the president.\n\nForeign Minister Ivan Petrov told reporters on Tuesday that Bishkek saw no contradiction in it.',
      ['2030-04-14 past other «The new»', '2030-04-16 past statement «Foreign Minister»']],
    // Negative: a lead event of the statement's own day is the news the statement belongs to.
    ['en: talks on Tuesday, then a minister told reporters on Tuesday',
      'date: 2030-04-17\n\nThe presidents held talks in Osh on Tuesday.\n\nForeign Minister Ivan Petrov told reporters on Tuesday that Bishkek saw no contradiction in it.',
      ['2030-04-16 past meeting «The presidents»']],
  ] as const)('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
