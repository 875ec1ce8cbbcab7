import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('«, на следующий день …», ", and the next day …": a second clause on the day after', () => {
  it.each([
    ['ru: «подписал 6 августа, на следующий день правительство утвердило перечень продукции»',
      'date: 2014-08-12\n\nПрезидент подписал указ 6 августа, на следующий день правительство утвердило перечень продукции.',
      ['2014-08-06 past other «Президент подписал»', '2014-08-07 past other «на следующий»']],
    ['en: "signed the decree on August 6, and the next day the government approved the list of products"',
      'date: 2014-08-12\n\nThe president signed the decree on August 6, and the next day the government approved the list of products.',
      ['2014-08-06 past other «The president»', '2014-08-07 past other «the next»']],
    ['ru: «6 августа, на следующий день после саммита» restates the day: one event',
      'date: 2014-08-12\n\nПрезидент прилетел 6 августа, на следующий день после саммита.',
      ['2014-08-06 past visit «Президент прилетел»']],
    // No trade measure (no goods named): a body's dated approval of a list only (lexicon 'approval').
    ['ru: a list approved without goods named is no trade measure',
      'date: 2014-08-12\n\nВ понедельник правительство утвердило перечень необходимых справок.',
      ['2014-08-11 past other «В понедельник»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
