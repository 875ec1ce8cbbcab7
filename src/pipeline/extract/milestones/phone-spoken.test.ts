import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "had spoken by phone": the participle tells a phone call as "spoke by phone" does.
describe('"had spoken by phone" is a phone call', () => {
  it.each([
    ['en: "had spoken by phone … in <month>"',
      'date: 2031-05-20\n\nBoth foreign ministers had spoken by phone early in March, a spokeswoman said.',
      ['2031-03 past meeting «Both foreign»']],
    ['en: "have spoken over the phone"',
      'date: 2031-05-20\n\nThe two presidents have spoken over the phone twice this year.',
      ['2031 past meeting «The two»']],
    // Negative: a spokesman who has spoken to the press by no phone.
    ['en: "had spoken to reporters"',
      'date: 2031-05-20\n\nThe spokesman had spoken to reporters in the morning.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
