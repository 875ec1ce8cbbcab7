import { describe, expect, it } from 'vitest';
import { addDays } from './days';

describe('addDays', () => {
  it.each([
    ['2024-05-10', 1, '2024-05-11'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2023-03-01', -1, '2023-02-28'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-01-10', -14, '2024-12-27'],
    ['2025-06-15', 0, '2025-06-15'],
  ] as const)('%s %+d → %s', (iso, n, want) => {
    expect(addDays(iso, n)).toBe(want);
  });
});
