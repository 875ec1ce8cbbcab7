import { describe, expect, it } from 'vitest';
import type { EarlierName } from '../../knowledge';
import type { PersonDraft } from '../../types';
import { earlierNameOn, nameAsOfDate } from './dated-names';

const src = { title: 'invented', url: 'https://example.org' };
// An invented official who dropped a suffix from his surname in mid-2005, and an older spelling before 1998.
const names: EarlierName[] = [
  { id: 'ivan-petrovski-old', nameEn: 'Ivan Petrovskiy', until: '1998-01-01', source: src },
  { id: 'ivan-petrovskov', nameEn: 'Ivan Petrovskov', until: '2005-06-15', source: src },
];
const table = new Map([['ivan-petrov', names]]);
const draft = (known = true): PersonDraft => ({ id: 'ivan-petrov', nameRu: 'Иван Петров', nameEn: 'Ivan Petrov', country: 'XX', textRoles: [], mentions: [], known });

describe('earlierNameOn', () => {
  it.each([
    ['1995-03-02', 'ivan-petrovski-old'],
    ['2001', 'ivan-petrovskov'],
    ['2005-06-14', 'ivan-petrovskov'],
    ['2005-06-15', null],
    ['2010-01', null],
  ])('on %s → %s', (date, id) => {
    expect(earlierNameOn(names, date)?.id ?? null).toBe(id);
  });
});

describe('nameAsOfDate', () => {
  it.each([
    ['2003-10-24', true, 'ivan-petrovskov', 'Ivan Petrovskov'],
    ['2008-02-01', true, 'ivan-petrov', 'Ivan Petrov'],
    [null, true, 'ivan-petrov', 'Ivan Petrov'],
    // A namesake read from the text (not the knowledge base's official) keeps its own name.
    ['2003-10-24', false, 'ivan-petrov', 'Ivan Petrov'],
  ])('article of %s, known %s → %s', (date, known, id, nameEn) => {
    const p = draft(known);
    nameAsOfDate([p], date, table);
    expect([p.id, p.nameEn, p.nameRu]).toEqual([id, nameEn, 'Иван Петров']);
  });
});
