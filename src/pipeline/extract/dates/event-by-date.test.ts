import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { findBodyEventDate } from './dateline';
import { extractArticle } from '..';

// A day-month that names an earlier event ("the day after the March 3 vote") dates the article
// only to its month: the article is later, by a day it does not tell.
describe('a body date naming an event', () => {
  it.each([
    ['The minister flew to Moscow a week after the March 3 vote, his aides said.', true],
    ['Talks resumed after the June 12 blast that closed the border crossing.', true],
    ['The minister flew to Moscow on March 3, his aides said.', false],
    ['The delegation arrived on the 5th of May and the talks began at once.', false],
  ])('%s', (text, want) => {
    const got = findBodyEventDate(toDoc('t.txt', `Title\n\n${text}`).doc);
    expect(got?.namesEvent === true).toBe(want);
  });

  it('the article takes the month of the named event', () => {
    const text = 'Ministers meet\n\nMOSCOW (AP) — Kyrgyz ministers met Russian officials on Tuesday, a week after the May 3 rally that backed interim leader Roza Otunbayeva.\n\nCopyright 2010 The Associated Press.';
    expect(extractArticle(toDoc('t.txt', text).doc).date.date).toBe('2010-05');
  });
});
