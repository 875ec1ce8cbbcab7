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

describe('namesRegionalHead: the attribution of a quotation of several sentences', () => {
  const body = '«В прошлом году оборот составил 12 млн долларов. Этого мало», — заявил Олег Громов.\n«Мы рады гостям». Иван Пе';
  const head: Span[] = [{ start: body.indexOf('Олег'), end: body.indexOf('Олег') + 11, text: 'Олег Громов' }];
  const first = { start: 0, end: body.indexOf('Этого') };
  it.each([
    ['a sentence inside the quotation, the head named after it closes', first, head, true],
    // Negative cases.
    ['without the article’s text only the sentence counts', first, head, false, false],
    ['a sentence outside any quotation', { start: body.indexOf('\n') + 1, end: body.length }, head, false],
    ['the head named in another paragraph', { start: body.indexOf('\n') + 1, end: body.indexOf('Иван') }, [{ start: body.length - 7, end: body.length, text: 'Иван Пе' }], false],
  ] as [string, { start: number; end: number }, Span[], boolean, boolean?][])('%s', (_name, sentence, mentions, want, withBody = true) => {
    expect(namesRegionalHead(mentions, sentence, withBody ? body : undefined)).toBe(want);
  });
});
