import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a base or air group stationed since a date («с 2005 года базируется авиабаза») is dated by that date', () => {
  it.each([
    ['ru: «с … года базируется авиабаза»',
      'date: 2012-04-10\n\nНа аэродроме под Ошем с мая 2006 года базируется военная база соседней страны.',
      ['2006-05 past other «На аэродроме»']],
    ['ru: «база … размещается … с …» (base before the verb)',
      'date: 2012-04-10\n\nИностранная база «Восток» размещается в долине с 2007 года.',
      ['2007 past other «Иностранная база»']],
    ['ru: «где с … дислоцируется авиагруппа» after talks of the day',
      'date: 2012-04-10\n\nМинистры обсудили работу аэродрома, где с 2004 года дислоцируется авиагруппа.',
      ['2012-04-10 past meeting «Министры обсудили»', '2004 past other «где с»']],
    ['en: "have been stationed at … since"',
      'date: 2012-04-10\n\nForeign helicopters have been stationed at the airfield since 2009.',
      ['2009 past other «Foreign helicopters»']],
    // Negative: stationed with no date of its own tells no milestone.
    ['ru: «дислоцируется авиагруппа» without a date',
      'date: 2012-04-10\n\nНа аэродроме дислоцируется авиагруппа.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
