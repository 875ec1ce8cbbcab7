import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a participle right after a measure’s noun dates the measure, not the verb it hangs on', () => {
  it.each([
    ['en: "has lifted restrictions imposed in the summer" is lifted on the article’s day',
      'date: 2013-10-03\n\nThe watchdog has lifted restrictions imposed in the summer on deliveries of fruit from five exporters, the inspectorate said.',
      ['2013-10-03 past other «The watchdog»']],
    ['en: "lifted the duties introduced in 2011 … last week" is last week',
      'date: 2013-10-03\n\nRussia lifted the duties introduced in 2011 on Kyrgyz goods last week.',
      ['2013-09 past other «Russia lifted»']],
    ['en: a participle after a comma that describes the event word still dates it',
      'date: 2013-10-03\n\nThe summit, held in Osh on Friday, ended with a declaration.',
      ['2013-09-27 past summit «The summit,»']],
    ['en: "imposed restrictions in July" is the verb itself, dated',
      'date: 2013-10-03\n\nRussia imposed restrictions on fruit imports in July.',
      ['2013-07 past other «Russia imposed»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
