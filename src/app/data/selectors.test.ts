import { describe, expect, it } from 'vitest';
import type { DatasetFile as Dataset, MilestoneCore as Milestone } from '../../schema/dataset';
import { filterArticles, filterMilestones, inRange } from './selectors';

const ms = (id: string, date: string | null, peopleIds: string[] = []) => ({ id, date, peopleIds }) as unknown as Milestone;
const data = {
  articles: [
    { id: 'a', date: '2021-05-01' },
    { id: 'b', date: '2023' },
    { id: 'c', date: null },
    { id: 'd', date: '2023-02-01' },
  ],
  people: [{ id: 'p', articleIds: ['a', 'd'] }],
} as unknown as Dataset;

describe('inRange', () => {
  it.each([
    [2021, null, null, true],
    [null, null, null, true],
    [null, 2020, null, false],
    [2021, 2021, 2021, true],
    [2020, 2021, 2025, false],
    [2026, null, 2025, false],
  ])('%s in [%s, %s] → %s', (year, from, to, want) => expect(inRange(year, { from, to })).toBe(want));
});

describe('filterMilestones', () => {
  const list = [ms('1', '1992-03'), ms('2', '2021-02-25', ['p']), ms('3', null, ['p']), ms('4', '2023', ['q'])];
  it.each([
    [{ from: null, to: null, leaders: [] }, ['1', '2', '3', '4']],
    [{ from: 2021, to: 2023, leaders: [] }, ['2', '4']],
    [{ from: null, to: null, leaders: ['p'] }, ['2', '3']],
    [{ from: 2022, to: null, leaders: ['p'] }, []],
  ])('%o', (f, ids) => expect(filterMilestones(list, f).map((m) => m.id)).toEqual(ids));
});

describe('filterArticles', () => {
  it.each([
    [{ from: null, to: null, leaders: [] }, ['d', 'b', 'a', 'c']],
    [{ from: 2023, to: 2023, leaders: [] }, ['d', 'b']],
    [{ from: null, to: null, leaders: ['p'] }, ['d', 'a']],
  ])('%o', (f, ids) => expect(filterArticles(data, f).map((a) => a.id)).toEqual(ids));
});
