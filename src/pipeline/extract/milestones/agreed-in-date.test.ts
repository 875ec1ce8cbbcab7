import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// 'agreed in 2029', 'agreed last year': the date right after 'agreed' is the agreement's own. Every text is invented.
describe('a thing agreed with its date right after the verb is an agreement of that date', () => {
  it.each([
    ['en: a participle after the noun',
      'date: 2031-12-10\n\nThe fund\'s capital is $1.5 billion, including a $300 million top-up agreed in 2029.',
      ['2029 past agreement «The fund\'s»']],
    ['en: set off by commas after the noun',
      'date: 2031-12-10\n\nThe debt write-off of $140 million, agreed in 2027, was also raised.',
      ['2031-12-10 past other «The debt»', '2027 past agreement «agreed in»']],
    ['en: a finite verb with a month',
      'date: 2031-12-10\n\nTajikistan agreed in June to let Moscow keep using the airfield.',
      ['2031-06 past agreement «Tajikistan agreed»']],
    // Negatives: no date right after 'agreed' (a call, a place), and a principle only.
    ['en: "agreed in a telephone call" is the call',
      'date: 2031-12-10\n\nThe aid was agreed in a telephone call between the two presidents.',
      ['2031-12-10 past meeting «The aid»']],
    ['en: "agreed in Osh on Tuesday" stays the talks',
      'date: 2031-12-10\n\nThe two ministers agreed in Osh on Tuesday to build a logistics hub.',
      ['2031-12-09 past meeting «The two»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
