import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "congratulated the Kyrgyz leader on her inauguration, which was held the previous day, and …": a relative stretch that
// only tells when the dated event right before it took place («которая прошла днём ранее») gives that event a clause of
// its own; the clause's other event keeps the occasion's day, and a predicate after the stretch goes on with its
// subject's day.
describe('a dated event told with a stretch of when it took place, beside another event', () => {
  it.each([
    ['en: the congratulation keeps the summit day, the inauguration the day before',
      'date: 2031-09-15\n\nASTANA, Sept. 15. The leaders met for a summit of the union.\n\nDuring a break, the Russian president congratulated the Kyrgyz leader on her inauguration, which was held the previous day, and the pair then settled a rail tariff.',
      ['2031-09-15 past summit «The leaders»', '2031-09-15 past other «During a»', '2031-09-14 past other «her inauguration,»']],
    ['ru: «с инаугурацией, которая прошла днём ранее»',
      'date: 2031-09-15\n\nАСТАНА, 15 сентября. Лидеры собрались на саммит союза.\n\nВ кулуарах саммита президент России поздравил киргизского коллегу с инаугурацией, которая прошла днём ранее, и лидеры вкратце поговорили о железнодорожном тарифе.',
      ['2031-09-15 past summit «Лидеры собрались»', '2031-09-15 past summit «В кулуарах»', '2031-09-14 past other «инаугурацией, которая»']],
    // Negative: with no other event outside the stretch, the sentence stays one clause.
    ['en: the dated event alone keeps its one clause',
      'date: 2031-09-15\n\nThe minister congratulated the new mayor on the election, which took place on Sunday.',
      ['2031-09-14 past other «The minister»']],
    // Negative: an event named as the time of another («после выборов, которые пройдут в октябре») dates that other.
    ['ru: «после выборов, которые пройдут …» stays the invitation\'s time',
      'date: 2031-03-10\n\nПрезидент пригласил российского коллегу посетить Ош после парламентских выборов, которые пройдут в октябре.',
      ['2031-10 planned other «Президент пригласил»']],
    ['en: "after the elections, which take place …" stays the invitation\'s time',
      'date: 2031-03-10\n\nThe president invited his Russian counterpart to visit Osh after the parliamentary elections, which take place in October.',
      ['2031-10 planned other «The president»']],
    // Negative: a stretch after an event that is not told only by its date (a summit) is cut as before.
    ['en: a gathering with a stretch of its own month is cut as before',
      'date: 2031-09-15\n\nThe minister on Tuesday discussed the summit, which took place in August, with the ambassador.',
      ['2031-09-09 past summit «The minister»', '2031-08 past summit «which took»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
