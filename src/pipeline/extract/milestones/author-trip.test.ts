import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe("the author's own trip in a signed piece is no milestone", () => {
  it.each([
    ['en: "I first visited" in a signed piece',
      'date: 2021-05-02\n\nBy Anna Keller\n\nPutin visited Bishkek on April 30. I first visited Osh in 2008, weeks after the riots.',
      ['2021-04-30 past visit «Putin visited»']],
    ['en: "I travelled to" in a signed piece',
      'date: 2021-05-02\n\nBy Anna Keller\n\nPutin visited Bishkek on April 30. In 2012 I travelled to Naryn with a survey team.',
      ['2021-04-30 past visit «Putin visited»']],
    ['en: a minister\'s "I visited" in quotes stays',
      'date: 2021-05-02\n\nBy Anna Keller\n\n"I visited Moscow on April 28 to discuss the loan with my counterpart," the minister said.',
      ['2021-04-28 past visit «"I visited»']],
    ['en: without a byline the first person stays',
      'date: 2021-05-02\n\nPutin visited Bishkek on April 30. I first visited Osh in 2008, a year of drought.',
      ['2021-04-30 past visit «Putin visited»', '2008 past visit «I first»']],
    ['en: an interview answer after a dash stays',
      'date: 2021-05-02\n\nBy Anna Keller\n\n— Yes, I visited Moscow on April 28 for the talks.',
      ['2021-04-28 past visit «Yes, I»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
