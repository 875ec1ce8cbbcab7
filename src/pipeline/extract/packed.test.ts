import { describe, expect, it } from 'vitest';
import { mapPacked } from './packed';

describe('mapPacked: Array.prototype.map as a packed list', () => {
  const cases: { name: string; xs: unknown[]; fn: (x: never, i: number) => unknown }[] = [
    { name: 'an empty list', xs: [], fn: (x: number) => x + 1 },
    { name: 'numbers', xs: [1, 2, 3], fn: (x: number) => x * 2 },
    { name: 'objects to a field', xs: [{ draft: 'a' }, { draft: 'b' }], fn: (x: { draft: string }) => x.draft },
    { name: 'the index', xs: ['a', 'b', 'c'], fn: (_: string, i: number) => i },
    { name: 'pairs', xs: [{ start: 3, end: 5 }], fn: (x: { start: number; end: number }) => [x.start, x.end] },
  ];
  for (const c of cases) {
    it(`maps ${c.name} as map does`, () => {
      expect(mapPacked(c.xs as never[], c.fn)).toEqual(c.xs.map(c.fn as (x: unknown, i: number) => unknown));
    });
  }
});
