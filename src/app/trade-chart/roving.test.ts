import { describe, expect, it } from 'vitest';
import { clampPos, rovingNext, type RovingPos } from './roving';

const rows = { bars: [10, 50, 90], markers: [20, 85] };
const b = (index: number): RovingPos => ({ row: 'bars', index });
const m = (index: number): RovingPos => ({ row: 'markers', index });

describe('rovingNext', () => {
  it.each([
    ['→ moves right', b(0), 'ArrowRight', b(1)],
    ['→ stops at the last bar', b(2), 'ArrowRight', b(2)],
    ['← moves left', b(2), 'ArrowLeft', b(1)],
    ['← stops at the first bar', b(0), 'ArrowLeft', b(0)],
    ['Home goes to the first', b(2), 'Home', b(0)],
    ['End goes to the last', b(0), 'End', b(2)],
    ['↓ goes to the nearest milestone', b(2), 'ArrowDown', m(1)],
    ['↑ goes back to the nearest bar', m(0), 'ArrowUp', b(0)],
    ['→ walks milestones too', m(0), 'ArrowRight', m(1)],
  ] as const)('%s', (_, pos, key, expected) => expect(rovingNext(pos, key, rows)).toEqual(expected));

  it.each([
    ['a key that is not a move', b(0), 'a'],
    ['↓ from the milestones', m(0), 'ArrowDown'],
    ['↑ from the bars', b(0), 'ArrowUp'],
  ] as const)('nothing for %s', (_, pos, key) => expect(rovingNext(pos, key, rows)).toBeNull());

  it('nothing to move to without milestones', () => expect(rovingNext(b(0), 'ArrowDown', { bars: [1], markers: [] })).toBeNull());
});

describe('clampPos', () => {
  it.each([
    [b(7), rows, b(2)],
    [m(1), { bars: [1], markers: [] }, b(0)],
  ] as const)('%j → %j', (pos, r, expected) => expect(clampPos(pos, r)).toEqual(expected));
});
