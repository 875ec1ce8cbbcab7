import { describe, expect, it } from 'vitest';
import { isAfter } from './dating';

describe('dating helpers', () => {
  it.each([
    ['2019-03-28', '2019-03-27', true],
    ['2019-03', '2019-03-27', false],
    ['2018', '2019-03-27', false],
  ] as const)('%s is after %s: %s', (a, b, want) => expect(isAfter(a, b)).toBe(want));
});
