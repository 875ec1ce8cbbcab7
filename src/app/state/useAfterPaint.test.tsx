// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from './useAfterPaint';

function Probe({ value, settle }: { value: number; settle: number }) {
  return <output>{useAfterPaint(value, -1, settle)}</output>;
}

describe('useAfterPaint', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] }));
  afterEach(() => vi.useRealTimers());

  const shown = (c: HTMLElement) => Number(c.querySelector('output')!.textContent);
  const advance = async (ms: number) => {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(ms);
    });
  };

  it('follows after the next frame', async () => {
    const { container } = render(<Probe value={1} settle={0} />);
    expect(shown(container)).toBe(-1);
    await advance(40);
    expect(shown(container)).toBe(1);
  });

  it.each([
    ['a single change follows once it has settled', [[5, 0]], 150, 300, 5],
    ['steps closer than the settle time are skipped; the last one is taken', [[2, 0], [3, 100], [4, 100]], 150, 300, 4],
  ] as const)('%s', async (_, steps, early, late, after) => {
    const { container, rerender } = render(<Probe value={0} settle={200} />);
    await advance(300);
    expect(shown(container)).toBe(0);
    for (const [v, wait] of steps) {
      await advance(wait);
      rerender(<Probe value={v} settle={200} />);
    }
    await advance(early);
    // Not yet: the views behind still show the value before the steps.
    expect(shown(container)).toBe(0);
    await advance(late);
    expect(shown(container)).toBe(after);
  });
});
