import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a format of talks is no second predicate', () => {
  it.each([
    ['en: "in narrow and expanded formats … on Friday" keeps the talks’ own day',
      'date: 2019-03-28\n\nTalks in narrow and expanded formats will be held in the Osh residence on Friday, where the sides are expected to sign documents.',
      ['2019-03-29 planned meeting «Talks in»', '2019-03-29 planned agreement «where the»']],
    ['en: "and expanded" before anything else still starts a predicate',
      'date: 2019-03-28\n\nThe ministers signed a plan on 4 March 2019 and expanded the programme on 6 March 2019.',
      ['2019-03-04 past agreement «The ministers»', '2019-03-06 past agreement «and expanded»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
