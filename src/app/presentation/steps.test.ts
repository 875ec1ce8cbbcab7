import { describe, expect, it } from 'vitest';
import { stepFor } from './steps';

describe('stepFor', () => {
  it.each([
    ['ArrowRight', 0, 5, { type: 'go', index: 1 }],
    ['ArrowDown', 3, 5, { type: 'go', index: 4 }],
    [' ', 1, 5, { type: 'go', index: 2 }],
    ['ArrowRight', 4, 5, { type: 'go', index: 4 }],
    ['ArrowLeft', 2, 5, { type: 'go', index: 1 }],
    ['ArrowLeft', 0, 5, { type: 'go', index: 0 }],
    ['PageUp', 2, 5, { type: 'go', index: 1 }],
    ['Home', 3, 5, { type: 'go', index: 0 }],
    ['End', 0, 5, { type: 'go', index: 4 }],
    ['Escape', 2, 5, { type: 'exit' }],
    ['Escape', 0, 0, { type: 'exit' }],
    ['ArrowRight', 0, 0, null],
    ['a', 0, 5, null],
  ] as const)('%j at %d of %d → %j', (key, i, n, out) => expect(stepFor(key, i, n)).toEqual(out));
});
