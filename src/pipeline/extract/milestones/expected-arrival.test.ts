import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a planned arrival told as "is due in" / "is expected in" a place is a planned visit', () => {
  it.each([
    ['en: "is due in" a capital later this month',
      'date: 2011-05-03\n\nThe Russian foreign minister is due in Bishkek later this month.',
      ['2011-05 planned visit «The Russian»']],
    ['en: "is expected in" a capital next week',
      'date: 2011-05-03\n\nThe defence minister is expected in Moscow next week, officials said.',
      ['2011-05 planned visit «The defence»']],
    ['en: "are expected to arrive in" with a weekday',
      'date: 2011-05-03\n\nTwo deputy premiers are expected to arrive in Osh on Friday.',
      ['2011-05-06 planned visit «Two deputy»']],
    ['en: "expected in" without a place is no visit',
      'date: 2011-05-03\n\nA decision is expected in the coming months.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('"expected in" a month is no arrival', () => {
  it.each([
    ['en: a shipment "expected in June"',
      'date: 2011-05-03\n\nThe first grain shipment was expected in June.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('"landed in" / "lands at" a place is an arrival', () => {
  it.each([
    ['en: "landed in" a capital',
      'date: 2011-05-03\n\nThe Russian premier landed in Bishkek on Monday.',
      ['2011-05-02 past visit «The Russian»']],
    ['en: "landed at" something not a place is no arrival',
      'date: 2011-05-03\n\nWheat prices landed at a record high on Monday.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
