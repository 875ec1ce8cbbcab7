import { describe, expect, it } from 'vitest';
import { deicticDay } from './dating';

// 2026-05-20 is a Wednesday.
describe('deicticDay: the day a weekday phrase names, seen from the article date', () => {
  it.each([
    ['on Friday', '2026-05-20', false, '2026-05-15'],
    ['on Wednesday', '2026-05-20', false, '2026-05-20'],
    ['on Friday', '2026-05-20', true, '2026-05-22'],
    ['в пятницу', '2026-05-20', false, '2026-05-15'],
    ['в среду', '2026-05-20', false, '2026-05-20'],
    ['в понедельник', '2026-05-20', true, '2026-05-25'],
    ['в воскресенье', '2026-05-20', false, '2026-05-17'],
    ['today', '2026-05-20', false, null],
    ['сегодня', '2026-05-20', false, null],
  ] as const)('%s from %s (plan: %s) → %s', (phrase, iso, forward, want) => {
    expect(deicticDay(iso, phrase, forward)).toBe(want);
  });
});
