import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// After a colon, a date that only holds the one before it (its year) tells the reason in a clause of its own; a finer date
// after a colon is an item the head sums up, and the head keeps its clause as before.
describe('a colon before a coarser date ends the dated item before it', () => {
  it.each([
    ['ru: «…, а в ноябре — саммит ОДКБ: в этом году …» keeps November',
      'date: 2031-03-20\n\nУже в июне Ош примет форум регионов, а в ноябре — саммит ОДКБ: в этом году Киргизия председательствует в организации.',
      ['2031-06 planned forum «Уже в»', '2031-11 planned summit «а в»', '2031 ongoing other «в этом»']],
    ['en: "a summit in October: … in 2031" keeps October',
      'date: 2031-03-20\n\nA CIS summit will be held in Bishkek in October: Kyrgyzstan chairs the Commonwealth in 2031.',
      ['2031-10 planned summit «A CIS»', '2031 ongoing other «Kyrgyzstan chairs»']],
    ['negative: a finer date after the colon is an item of the head',
      'date: 2031-12-20\n\nПрезиденты встречались в этом году трижды: в мае в Москве они провели переговоры.',
      ['2031 past meeting «Президенты встречались»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
