// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MilestoneCore as Milestone } from '../../schema/dataset';
import { spanMs } from '../viz/timeScale';
import { TimelineChart } from './TimelineChart';
import { columnPaths } from './TimelineMarks';

afterEach(cleanup);

const milestone = (i: number, date: string, type: Milestone['type']): Milestone => ({
  id: `a${i}-m1`,
  date,
  type,
  status: 'past',
  titleEn: `Event ${i}`,
  titleRu: `Событие ${i}`,
  peopleIds: [],
  place: null,
  bilateral: true,
  derived: null,
  articleId: `a${i}`,
});

function draw(ms: Milestone[], onCluster = vi.fn()) {
  const spans = { t0: Float64Array.from(ms, (m) => spanMs(m.date)!.t0), t1: Float64Array.from(ms, (m) => spanMs(m.date)!.t1) };
  const domain: [Date, Date] = [new Date('2000-01-01'), new Date('2030-01-01')];
  const { container } = render(
    <TimelineChart milestones={ms} spans={spans} width={900} height={220} domain={domain} transform={{ k: 1, x: 0 }} lang="en"
      selected={null} hovered={null} onSelect={vi.fn()} onHover={vi.fn()} onStep={vi.fn()} onCluster={onCluster} svgRef={vi.fn()} />,
  );
  return container;
}

describe('TimelineChart', () => {
  it('draws a crowded stretch as one column: its count, its types stacked, a button that opens it', () => {
    // 30 milestones within a few days: far more than the 6 lanes × 4 a slot may hold as markers.
    const crowd = Array.from({ length: 30 }, (_, i) => milestone(i, `2020-05-0${1 + (i % 3)}`, i % 3 === 0 ? 'visit' : 'meeting'));
    const lone = milestone(99, '2005-03-10', 'agreement');
    const onCluster = vi.fn();
    const c = draw([lone, ...crowd], onCluster);
    const column = c.querySelector('g.cluster.dense')!;
    expect(column).not.toBeNull();
    expect(column.getAttribute('role')).toBe('button');
    expect(column.getAttribute('aria-label')).toMatch(/^30 milestones, /);
    expect(column.textContent).toBe('30');
    // Its colours: one path per type for all columns, the visits at the bottom.
    const fills = [...c.querySelectorAll('.column-fills path')];
    expect(fills.map((p) => p.getAttribute('class'))).toEqual(['seg type-visit', 'seg type-meeting']);
    expect(fills.every((p) => /^M[\d.]+ [\d.]+h\d+v[\d.]+h-\d+Z$/.test(p.getAttribute('d')!))).toBe(true);
    // The lone milestone stays a marker.
    expect(c.querySelectorAll('g.mark')).toHaveLength(1);
    fireEvent.keyDown(column, { key: 'Enter' });
    expect(onCluster).toHaveBeenCalledTimes(1);
    expect(onCluster.mock.calls[0]![0].ids).toHaveLength(30);
  });

  it('keeps a few milestones of one stretch as markers', () => {
    const c = draw(Array.from({ length: 4 }, (_, i) => milestone(i, '2020-05-01', 'meeting')));
    expect(c.querySelector('g.cluster.dense')).toBeNull();
    expect(c.querySelectorAll('g.mark')).toHaveLength(4);
  });
});

describe('columnPaths', () => {
  it('stacks each column from the axis up in the order of its counts, one path per type', () => {
    const paths = columnPaths([
      { cx: 50, width: 20, baseY: 100, height: 40, counts: [{ type: 'visit', n: 1 }, { type: 'meeting', n: 3 }] },
      { cx: 90, width: 20, baseY: 100, height: 10, counts: [{ type: 'meeting', n: 1 }] },
    ]);
    expect(Object.fromEntries(paths)).toEqual({
      visit: 'M40.0 90.0h20v10.0h-20Z',
      meeting: 'M40.0 60.0h20v30.0h-20ZM80.0 90.0h20v10.0h-20Z',
    });
  });
});
