import { describe, expect, it } from 'vitest';
import type { PersonDraft, Span } from '../../types';
import { namesRegionalHead, regionalHeadMentions } from './regional-head';

/** A person of the people stage with one mention at `[start, end)`. */
const person = (id: string, known: boolean, start = 0, end = 10): PersonDraft => ({
  id,
  nameRu: id,
  nameEn: id,
  country: 'RU',
  textRoles: [],
  mentions: [{ start, end, text: 'x'.repeat(end - start) }],
  known,
});

describe('regionalHeadMentions: the mentions of the people who headed a region or city on the article’s date', () => {
  it.each([
    ['a governor in office (Moor, Tyumen, from 2018-05)', [person('alexander-moor', true)], '2020-03', 1],
    ['a mayor in office (Sobyanin, Moscow, from 2010-10)', [person('sergey-sobyanin', true)], '2020', 1],
    ['a head at any time when the date is not known', [person('yury-luzhkov', true)], null, 1],
    ['two heads, a mention each', [person('alexander-moor', true), person('sergey-sobyanin', true, 20, 30)], '2020-03', 2],
    // Negative cases.
    ['a governor out of office (Luzhkov, mayor until 2010-09)', [person('yury-luzhkov', true)], '2020-03', 0],
    ['a governor not yet in office (Moor)', [person('alexander-moor', true)], '2017-01', 0],
    ['an official who never headed a region (Lavrov)', [person('sergey-lavrov', true)], '2020-03', 0],
    ['a person unknown to the knowledge base with a head’s id', [person('alexander-moor', false)], '2020-03', 0],
    ['no people', [], '2020-03', 0],
  ])('%s', (_name, people, date, want) => {
    expect(regionalHeadMentions(people, date)).toHaveLength(want);
  });
});

describe('namesRegionalHead: a mention of a head starts in the sentence', () => {
  const mentions: Span[] = [{ start: 40, end: 52, text: 'Александр Моор' }];
  it.each([
    ['the mention inside the sentence', { start: 0, end: 60 }, true],
    ['the mention at the sentence’s start', { start: 40, end: 60 }, true],
    // Negative cases.
    ['the mention in the sentence after', { start: 0, end: 40 }, false],
    ['the mention in the sentence before', { start: 53, end: 90 }, false],
  ])('%s', (_name, sentence, want) => {
    expect(namesRegionalHead(mentions, sentence)).toBe(want);
  });

  it('is false without mentions', () => {
    expect(namesRegionalHead([], { start: 0, end: 100 })).toBe(false);
  });
});
