import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "hope to sign", "hope for … to be signed": a step still to come, dated as a plan (by its own date, or by the planned occasion
// a link names), not by the article's day.
describe('a step hoped for is a plan', () => {
  it.each([
    ['en: "hope for … to be signed during the visit" after a visit planned for November',
      'date: 2031-09-23\n\nThe Russian president is expected in Bishkek in November for a state visit. Officials in Bishkek hope for a package of trade agreements to be signed during the visit.',
      ['2031-11 planned visit «The Russian»', '2031-11 planned agreement «Officials in»']],
    ['en: "hopes to sign" with no date of its own',
      'date: 2031-09-23\n\nThe ministers held talks in Osh on Tuesday. Bishkek hopes to sign a new agreement on labour migration.',
      ['2031-09-23 past meeting «The ministers»', 'null planned agreement «Bishkek hopes»']],
    ['negative: a hope to restructure a debt names no step',
      'date: 2031-09-23\n\nKyrgyzstan owes Russia some $200 million, a debt that Bishkek hopes to restructure.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
