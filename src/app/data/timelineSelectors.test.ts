import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MilestoneCore as Milestone, PersonCore as Person } from '../../schema/dataset';
import { filterMilestones, sortByDate } from './selectors';
import { spanMs } from '../viz/timeScale';
import { leaderOptions, mainRole, matchesPerson, neighbours, roleOn, sortMilestones, timelineItems, visibleMilestones, yearExtent, yearHistogram } from './timelineSelectors';

const ms = (id: string, date: string | null, peopleIds: string[] = [], titleEn = id): Milestone =>
  ({ id, date, peopleIds, titleEn, titleRu: `ru-${titleEn}`, type: 'visit', status: 'past' }) as unknown as Milestone;
const role = (role: string, from: string | null, to: string | null) => ({ role, from, to, titleEn: role, titleRu: role, country: 'KG', basis: 'knowledge' });
const person = (id: string, nameEn: string, nameRu: string, roles = [role('president', '2021', null)]): Person =>
  ({ id, nameEn, nameRu, country: 'KG', roles, articleIds: [], mentions: [], known: true }) as unknown as Person;

const milestones = [ms('a', '1992-10-14', ['p1']), ms('b', '2021-02', ['p1', 'p2']), ms('c', '2021', ['p2']), ms('d', null, ['p1']), ms('e', '2024-11-26', ['p3'])];
const people = [person('p1', 'Sadyr Japarov', 'Садыр Жапаров'), person('p2', 'Akylbek Japarov', 'Акылбек Жапаров', [role('head_of_government', '2021-10', '2024-12')]), person('p3', 'Ёлкин', 'Ёлкин'), person('p4', 'Nobody', 'Никто')];

describe('timeline selectors', () => {
  it('yearExtent spans milestones and articles', () => {
    expect(yearExtent({ milestones, articles: [{ date: '2025-11-11' }] as never })).toEqual([1992, 2025]);
    expect(yearExtent({ milestones: [], articles: [] })).toBeNull();
  });

  it('yearHistogram counts per year with zeros', () => {
    const h = yearHistogram(milestones, [2020, 2022]);
    expect(h).toEqual([{ year: 2020, count: 0 }, { year: 2021, count: 2 }, { year: 2022, count: 0 }]);
  });

  it.each([
    [{ from: null, to: null, leaders: [] }, ['a', 'c', 'b', 'e', 'd']],
    [{ from: 2021, to: 2021, leaders: [] }, ['c', 'b']],
    [{ from: null, to: null, leaders: ['p2'] }, ['c', 'b']],
    [{ from: 2021, to: 2025, leaders: ['p1'] }, ['b']],
    [{ from: null, to: null, leaders: ['p1', 'p3'] }, ['a', 'b', 'e', 'd']],
  ])('visibleMilestones %o', (f, ids) => expect(visibleMilestones({ milestones }, f).map((m) => m.id)).toEqual(ids));

  it.each([
    [{ from: null, to: null, leaders: [] }, ['a', 'c', 'b', 'e'], 5],
    [{ from: 2021, to: 2021, leaders: [] }, ['c', 'b'], 2],
    [{ from: 2021, to: null, leaders: [] }, ['c', 'b', 'e'], 3],
    [{ from: null, to: null, leaders: ['p1'] }, ['a', 'b'], 3],
    [{ from: 2030, to: 2031, leaders: [] }, [], 0],
    [{ from: null, to: 1991, leaders: [] }, [], 0],
  ])('timelineItems %o: the dated ones with their spans', (f, ids, shown) => {
    const it = timelineItems({ milestones }, f);
    const dated = it.list.slice(...it.range);
    expect(dated.map((m) => m.id)).toEqual(ids);
    expect(it.shown).toBe(shown);
    const spans = it.list.map((m) => spanMs(m.date)!);
    expect([...it.t0]).toEqual(spans.map((s) => s.t0));
    expect([...it.t1]).toEqual(spans.map((s) => s.t1));
    const inRange = spans.slice(...it.range);
    expect(it.lo).toBe(ids.length ? Math.min(...inRange.map((s) => s.t0)) : Infinity);
    expect(it.hi).toBe(ids.length ? Math.max(...inRange.map((s) => s.t1)) : -Infinity);
  });

  it('timelineItems: every year range is a stretch of one list, in time order', () => {
    const a = timelineItems({ milestones }, { from: 2021, to: 2021, leaders: [] });
    const b = timelineItems({ milestones }, { from: 1992, to: null, leaders: [] });
    expect(b.list).toBe(a.list);
    expect(b.t0).toBe(a.t0);
  });

  it('timelineItems matches the dated part of visibleMilestones for any filters (property)', () => {
    const year = fc.option(fc.integer({ min: 1990, max: 2026 }), { nil: null });
    fc.assert(
      fc.property(year, year, fc.subarray(['p1', 'p2', 'p3']), (from, to, leaders) => {
        const f = { from, to, leaders };
        const it = timelineItems({ milestones }, f);
        const shown = visibleMilestones({ milestones }, f);
        expect(it.list.slice(...it.range).map((m) => m.id)).toEqual(shown.filter((m) => m.date !== null).map((m) => m.id));
        expect(it.shown).toBe(shown.length);
      }),
    );
  });

  it('leaderOptions: involved people only, counted within the years, namesakes apart', () => {
    const opts = leaderOptions({ people, milestones }, { from: 2021, to: 2021 }, 'en');
    expect(opts.map((o) => [o.person.id, o.count])).toEqual([['p2', 2], ['p1', 1], ['p3', 0]]);
    expect(opts[0]!.role?.role).toBe('head_of_government');
  });

  it('visibleMilestones: same filters give the same array; the table keeps its date order without re-sorting', () => {
    const f = { from: 2021, to: null, leaders: [] };
    const a = visibleMilestones({ milestones }, f);
    expect(visibleMilestones({ milestones }, { ...f, leaders: [] })).toBe(a);
    expect(visibleMilestones({ milestones }, { ...f, from: 2020 })).not.toBe(a);
    expect(sortMilestones(a, 'date', 'asc', 'en')).toBe(a);
    expect(visibleMilestones({ milestones: [...milestones] }, f)).not.toBe(a);
  });

  it('visibleMilestones is sortByDate(filterMilestones(...)) for any filters', () => {
    const year = fc.option(fc.integer({ min: 1990, max: 2026 }), { nil: null });
    fc.assert(
      fc.property(year, year, fc.subarray(['p1', 'p2', 'p3', 'p4']), (from, to, leaders) => {
        const f = { from, to, leaders };
        expect(visibleMilestones({ milestones }, f).map((m) => m.id)).toEqual(sortByDate(filterMilestones(milestones, f)).map((m) => m.id));
      }),
    );
  });

  it.each([
    [{ from: null, to: null }, [['p1', 3], ['p2', 2], ['p3', 1]]],
    [{ from: 1990, to: null }, [['p2', 2], ['p1', 2], ['p3', 1]]],
    [{ from: null, to: 2000 }, [['p1', 1], ['p2', 0], ['p3', 0]]],
  ] as const)('leaderOptions counts in %o (undated only when the range is open)', (range, want) =>
    expect(leaderOptions({ people, milestones }, range, 'en').map((o) => [o.person.id, o.count])).toEqual(want),
  );

  it.each([
    ['japarov', ['p1', 'p2']],
    ['Жапаров', ['p1', 'p2']],
    ['akyl', ['p2']],
    ['елкин', ['p3']],
    ['', ['p1', 'p2', 'p3', 'p4']],
    ['zzz', []],
  ])('matchesPerson %s', (q, ids) => expect(people.filter((p) => matchesPerson(p, q)).map((p) => p.id)).toEqual(ids));

  it.each([
    ['a', null, 'b'],
    ['b', 'a', 'c'],
    ['c', 'b', null],
    ['zz', null, null],
  ])('neighbours of %s', (id, prev, next) => {
    const n = neighbours([{ id: 'a' }, { id: 'b' }, { id: 'c' }], id);
    expect([n.prev?.id ?? null, n.next?.id ?? null]).toEqual([prev, next]);
  });

  it('mainRole prefers the open-ended role; roleOn finds the one held then', () => {
    const p = person('x', 'X', 'X', [role('president', '2005', '2010'), role('speaker', '2011', null), role('minister', '2001', '2004')]);
    expect(mainRole(p)!.role).toBe('speaker');
    expect(roleOn(p, '2003-05')!.role).toBe('minister');
    expect(roleOn(p, '2007')!.role).toBe('president');
    expect(roleOn(p, null)!.role).toBe('speaker');
  });

  it.each([
    ['date', 'asc', ['a', 'c', 'b', 'e', 'd']],
    ['date', 'desc', ['e', 'b', 'c', 'a', 'd']],
    ['title', 'desc', ['e', 'd', 'c', 'b', 'a']],
  ] as const)('sortMilestones by %s %s', (key, dir, ids) => expect(sortMilestones(milestones, key, dir, 'en').map((m) => m.id)).toEqual(ids));
});
