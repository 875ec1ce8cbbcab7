import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { extractArticle } from '..';
import { sourceNoteDate } from './article-date';

describe('a source note (no address) ending with the day it was posted dates the copy', () => {
  it.each([
    ['a repost note with the time in Latin letters', 'repost v gruppe "Novosti regiona" (vk), 14.03.2011 v 9:05', '2011-03-14'],
    ['a forum archive note with a comma before the time', 'архив форума «Экономика», 2.11.2007, 22:40', '2007-11-02'],
    ['a note ending with the day alone', 'перепечатка из районной газеты, 30.06.1999', '1999-06-30'],
    ['an address is not a note', 'https://example.org/news/14.03.2011', null],
    ['a day inside the note, not at its end', 'архив 14.03.2011, подшивка за год', null],
    ['a span of years', 'подшивка 1999-2000, OCR', null],
    ['no month thirteen', 'архив форума, 12.13.2010', null],
  ])('%s', (_name, source, want) => {
    expect(sourceNoteDate(source)?.date ?? null).toBe(want);
  });

  it('an article with no header date takes it', () => {
    const text = 'source: перепечатка из районной газеты, 30.06.1999\n\nВчера министры встретились в Москве.';
    expect(extractArticle(toDoc('t.txt', text).doc).date.date).toBe('1999-06-30');
  });

  it('a header date wins over the note', () => {
    const text = 'source: перепечатка из районной газеты, 30.06.1999\ndate: 1999-07-02\n\nВчера министры встретились в Москве.';
    expect(extractArticle(toDoc('t.txt', text).doc).date.date).toBe('1999-07-02');
  });
});
