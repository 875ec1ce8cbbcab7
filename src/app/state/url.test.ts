import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIds, EMPTY_QUERY, MAX_YEAR, MIN_YEAR, parseQuery, serializeQuery, type ViewQuery } from './url';

const Q = (q: Partial<ViewQuery>): ViewQuery => ({ ...EMPTY_QUERY, ...q });

describe('parseQuery', () => {
  it.each<[string, Partial<ViewQuery>, string[]]>([
    ['', {}, []],
    ['?from=2021&to=2025', { from: 2021, to: 2025 }, []],
    ['from=2021', { from: 2021 }, []],
    ['?from=2021&to=2021', { from: 2021, to: 2021 }, []],
    ['?from=2025&to=2021', { from: 2021, to: 2025 }, ['to:swapped']],
    ['?from=abc', {}, ['from:invalid']],
    ['?from=20211', {}, ['from:invalid']],
    ['?from=1800', {}, ['from:out-of-range']],
    ['?to=3000', {}, ['to:out-of-range']],
    ['?leader=sadyr-japarov&leader=akylbek-japarov', { leaders: ['sadyr-japarov', 'akylbek-japarov'] }, []],
    ['?leader=sadyr-japarov&leader=sadyr-japarov', { leaders: ['sadyr-japarov'] }, []],
    ['?leader=%3Cscript%3E', {}, ['leader:invalid']],
    ['?leader=', {}, ['leader:invalid']],
    ['?m=2021-02-japarov-moscow', { milestone: '2021-02-japarov-moscow' }, []],
    ['?m=a%20b', {}, ['m:invalid']],
    ['?lang=ru&theme=dark', { lang: 'ru', theme: 'dark' }, []],
    ['?lang=de&theme=pink', {}, ['lang:invalid', 'theme:invalid']],
    ['?data=bench/x.json&utm=1', {}, []],
    ['?%E0%A4%A=1&from=2020', { from: 2020 }, []],
  ])('%s', (search, want, notices) => {
    const r = parseQuery(search);
    expect(r.query).toEqual(Q(want));
    expect(r.notices.map((n) => `${n.param}:${n.reason}`)).toEqual(notices);
  });

  it('never throws and always yields a valid query (property)', () => {
    const ch = fc.constantFrom('from', 'to', 'leader', 'm', 'lang', 'theme', '=', '&', '%', '?', '2', '0', 'ru', 'é', '中', ' ', '+', '#', '-');
    const arbitrarySearch = fc.oneof(fc.string(), fc.array(ch, { maxLength: 60 }).map((a) => a.join('')), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(arbitrarySearch, (search) => {
        const { query: q, notices } = parseQuery(search);
        for (const y of [q.from, q.to]) if (y !== null) expect(Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR).toBe(true);
        if (q.from !== null && q.to !== null) expect(q.from).toBeLessThanOrEqual(q.to);
        expect(new Set(q.leaders).size).toBe(q.leaders.length);
        for (const id of [...q.leaders, ...(q.milestone ? [q.milestone] : [])]) expect(id).toMatch(/^[\p{L}\p{N}_.-]{1,120}$/u);
        expect([null, 'en', 'ru']).toContain(q.lang);
        expect([null, 'light', 'dark', 'auto']).toContain(q.theme);
        for (const n of notices) expect(n.value.length).toBeLessThanOrEqual(200);
        // A parsed query survives a round trip unchanged.
        expect(parseQuery(serializeQuery(q)).query).toEqual(q);
      }),
      { numRuns: 500 },
    );
  });
});

describe('serializeQuery', () => {
  it.each<[Partial<ViewQuery>, string]>([
    [{}, ''],
    [{ from: 2021, to: 2025, leaders: ['a', 'b'], milestone: 'm1', lang: 'ru', theme: 'dark' }, '?from=2021&to=2025&leader=a&leader=b&m=m1&lang=ru&theme=dark'],
    [{ theme: 'auto' }, ''],
  ])('%o → %s', (q, s) => expect(serializeQuery(Q(q))).toBe(s));
  it('keeps foreign parameters', () => expect(serializeQuery(Q({ from: 2020 }), new URLSearchParams('data=x.json'))).toBe('?from=2020&data=x.json'));
});

describe('checkIds', () => {
  const known = { people: new Set(['sadyr-japarov']), milestones: new Set(['m1']) };
  it.each<[Partial<ViewQuery>, Partial<ViewQuery>, string[]]>([
    [{ leaders: ['sadyr-japarov'], milestone: 'm1' }, { leaders: ['sadyr-japarov'], milestone: 'm1' }, []],
    [{ leaders: ['ghost', 'sadyr-japarov'] }, { leaders: ['sadyr-japarov'] }, ['leader:unknown']],
    [{ milestone: 'nope' }, {}, ['m:unknown']],
  ])('%o', (q, want, notices) => {
    const r = checkIds(Q(q), known);
    expect(r.query).toEqual(Q(want));
    expect(r.notices.map((n) => `${n.param}:${n.reason}`)).toEqual(notices);
  });
});
