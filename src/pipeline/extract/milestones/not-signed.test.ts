import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "The protocol on river transport has not been signed yet", «Соглашение о туризме так и не было подписано»: a document told
// as not signed, the negation a few words from its word, tells no signing.
describe('a document told as not signed is no signing', () => {
  it.each([
    ['en: "has not been signed yet"',
      'date: 2031-04-10\n\nThe presidents held talks in Osh on Monday.\n\nThe protocol on river transport has not been signed yet.',
      ['2031-04-07 past meeting «The presidents»']],
    ['en: "did not sign"',
      'date: 2031-04-10\n\nThe presidents held talks in Osh on Monday. The ministers did not sign the protocol on tariffs.',
      ['2031-04-07 past meeting «The presidents»']],
    // "has yet to sign", "has yet to be signed": the same negation told as still pending.
    ['en: "has yet to sign"',
      'date: 2031-04-10\n\nThe presidents held talks in Osh on Monday.\n\nThe neighbouring gas company has yet to sign a new contract with the operator.',
      ['2031-04-07 past meeting «The presidents»']],
    ['en: "has yet to be signed"',
      'date: 2031-04-10\n\nThe presidents held talks in Osh on Monday.\n\nThe protocol on river transport has yet to be signed.',
      ['2031-04-07 past meeting «The presidents»']],
    ['ru: «так и не было подписано»',
      'date: 2031-04-10\n\nПрезиденты провели переговоры в Оше в понедельник.\n\nСоглашение о туризме так и не было подписано.',
      ['2031-04-07 past meeting «Президенты провели»']],
    // Negative: "not signed until" tells when the document was signed; a plain signing stays.
    ['en: "was not signed until March 2030" is a signing of that month',
      'date: 2031-04-10\n\nThe treaty on river transport was not signed until March 2030.',
      ['2030-03 past agreement «The treaty»']],
    ['en: a signing told plainly',
      'date: 2031-04-10\n\nThe protocol on river transport was signed on Monday.',
      ['2031-04-07 past agreement «The protocol»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
