import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './days';

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

describe('daysBetween', () => {
  it.each([
    ['2024-05-10', '2024-05-11', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2025-12-31', '2026-01-01', 1],
    ['2025-01-10', '2024-12-27', -14],
    ['2025-06-15', '2025-06-15', 0],
    // A day that does not exist rolls over as `Date.parse` reads it: 29 February of a common year is 1 March.
    ['2025-02-29', '2025-03-01', 0],
  ] as const)('%s → %s: %d', (a, b, want) => {
    expect(daysBetween(a, b)).toBe(want);
  });
});
