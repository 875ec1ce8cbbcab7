/**
 * The timeline drawing: takes milestones, size and a view transform, lays them out with the pure
 * functions of app/viz and renders SVG. It never measures anything itself.
 *
 * Cost model: the layout of the whole zoomed axis is computed once per list and zoom level
 * (`layoutWorld`); a pan only moves one <g> and asks `viewWorld` what is in the window, so a
 * frame costs what it shows, not the 25,000 milestones behind it.
 */
import { useCallback, useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import type { MilestoneCore as Milestone } from '../../schema/dataset';
import { formatPartialDate } from '../i18n';
import type { Lang } from '../state/url';
import { milestoneTitle } from '../data/timelineSelectors';
import { layoutWorld, sortTimeIndex, viewWorld, type PlacedCluster } from '../viz/timeLayout';
import { chooseTicks, viewScale, type ViewTransform } from '../viz/timeScale';
import { fill, STRINGS } from './strings';
import { Badge, badgeWidth, ColumnFills, DenseBar, Mark, type ColumnGeometry, type TypeCount } from './TimelineMarks';

export const AXIS_H = 30;
export const LANE_H = 24;
const TOP_ROW = 26;
const R = 6;
/** Badges are up to 33 px wide ("99+"): keep their slots wider than that. */
const CLUSTER_GAP = 36;
/** A slot holding more than this many milestones per lane is drawn as one column (see `layoutWorld`). */
const DENSE_PER_LANE = 4;
const DENSE_W = CLUSTER_GAP - 10;
/** Legend order, bottom up in a column. */
const TYPE_ORDER: Milestone['type'][] = ['visit', 'meeting', 'igc_session', 'agreement', 'anniversary', 'summit', 'forum', 'statement', 'other'];

/** Each type's code for the layout's counts (`TimeIndex.kinds`): its place in the legend order. */
const TYPE_CODE = new Map(TYPE_ORDER.map((t, i) => [t, i]));

/** Members of a column by type, in legend order, from the layout's counts per type code. */
const typeCounts = (c: PlacedCluster): TypeCount[] => TYPE_ORDER.flatMap((type, k) => (c.kinds?.[k] ? [{ type, n: c.kinds[k] }] : []));

/** Position of `id` within `range` of the list, or -1. */
function indexIn(list: readonly Milestone[], range: readonly [number, number], id: string | null): number {
  if (id === null) return -1;
  for (let i = range[0]; i < range[1]; i++) if (list[i]!.id === id) return i;
  return -1;
}

export interface TimelineChartProps {
  /** Dated milestones in date order (in time order when `range` is not all of them). */
  milestones: readonly Milestone[];
  /** Their spans in ms, by position (`t0[i]`, `t1[i]` belong to `milestones[i]`). */
  spans: { t0: Float64Array; t1: Float64Array };
  /**
   * The stretch `[from, to)` of `milestones` to draw (a year filter); all of them by default. The
   * list stays the same while only the range changes, so what is built over it is built once.
   */
  range?: readonly [number, number];
  width: number;
  height: number;
  domain: [Date, Date];
  transform: ViewTransform;
  lang: Lang;
  selected: string | null;
  hovered: string | null;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
  /** ←/→ on a marker: step to the neighbouring milestone. */
  onStep: (from: string, dir: -1 | 1) => void;
  onCluster: (c: PlacedCluster) => void;
  /** Called with the <svg> so pan/zoom can attach to it. */
  svgRef: (el: SVGSVGElement | null) => void;
  /** Told whether the layout has columns for crowded stretches (the legend explains them then). */
  onDense?: (has: boolean) => void;
}

/** Number of marker lanes that fit the height. */
export const lanesFor = (height: number): number => Math.max(1, Math.floor((height - AXIS_H - TOP_ROW - 8) / LANE_H));

export function TimelineChart(p: TimelineChartProps) {
  const { milestones, width, height, domain, transform, lang, selected, hovered, onSelect, onHover, onStep, onCluster } = p;
  const t = STRINGS[lang];
  const lanes = lanesFor(height);
  const axisY = height - AXIS_H;
  const laneY = (lane: number) => axisY - 14 - lane * LANE_H;

  // Once per list: numbers in time order (the list is in date order, so no sorting). Layout
  // results point back into the list by position (`at`), so no lookup table is needed.
  const { t0, t1 } = p.spans;
  const index = useMemo(
    () => sortTimeIndex({ ids: milestones.map((m) => m.id), t0, t1, kinds: Uint8Array.from(milestones, (m) => TYPE_CODE.get(m.type) ?? TYPE_ORDER.length) }),
    [milestones, t0, t1],
  );
  const from = p.range?.[0] ?? 0;
  const to = p.range?.[1] ?? milestones.length;
  // Once per zoom level (and selection, which is placed first): the whole axis in world px.
  const origin = +domain[0];
  const pxPerMs = (width * transform.k) / Math.max(1, +domain[1] - origin);
  const world = useMemo(
    () => layoutWorld(index, { origin, pxPerUnit: pxPerMs }, { lanes, r: R, clusterGap: CLUSTER_GAP, priority: selected, denseAt: lanes * DENSE_PER_LANE, range: [from, to] }),
    [index, origin, pxPerMs, lanes, selected, from, to],
  );
  // Columns share one height scale per layout, so they stay comparable while panning.
  const denseMax = useMemo(() => world.clusters.reduce((m, c) => (c.dense ? Math.max(m, c.n) : m), 0), [world]);
  const { onDense } = p;
  useEffect(() => onDense?.(denseMax > 0), [onDense, denseMax]);
  const columnTop = TOP_ROW + 10;
  // Every frame: the window [left, right] of the world.
  const left = -transform.x;
  const right = left + width;
  const labelOf = useCallback((at: number) => milestoneTitle(milestones[at]!, lang), [milestones, lang]);
  const view = useMemo(() => viewWorld(world, left, right, labelOf), [world, left, right, labelOf]);
  // Where each column of the view stands (their colours are drawn together, one path per type).
  const columns = useMemo(() => {
    const out = new Map<PlacedCluster, ColumnGeometry>();
    for (const c of view.clusters) {
      if (!c.dense) continue;
      out.set(c, {
        cx: Math.max(left + DENSE_W / 2, Math.min(right - DENSE_W / 2, c.cx)),
        width: DENSE_W,
        baseY: axisY - 1,
        height: Math.max(3, ((axisY - 2 - columnTop) * c.n) / Math.max(denseMax, c.n)),
        counts: typeCounts(c),
      });
    }
    return out;
  }, [view, left, right, axisY, columnTop, denseMax]);
  const columnList = useMemo(() => [...columns.values()], [columns]);
  // Positions of the hovered and selected milestones, to light up the badge or column holding them.
  const hoveredAt = useMemo(() => indexIn(milestones, [from, to], hovered), [milestones, from, to, hovered]);
  const selectedAt = useMemo(() => indexIn(milestones, [from, to], selected), [milestones, from, to, selected]);
  const holds = (c: PlacedCluster, at: number) => at >= c.first && at <= c.last && c.at.includes(at);
  const ticks = useMemo(() => chooseTicks(viewScale(domain, 0, width, transform), lang), [domain, width, transform, lang]);
  const worldX = (d: Date) => (+d - origin) * pxPerMs;

  // Keep keyboard focus on the selected marker after stepping with the arrows.
  const root = useRef<SVGSVGElement | null>(null);
  const wantFocus = useRef<string | null>(null);
  useEffect(() => {
    const id = wantFocus.current;
    if (!id || !root.current) return;
    const el = root.current.querySelector<SVGGElement>(`[data-id="${CSS.escape(id)}"]`);
    if (el) {
      el.focus();
      wantFocus.current = null;
    }
  });

  const onKey = useCallback(
    (e: KeyboardEvent, id: string) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onSelect(id);
      } else if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && !e.shiftKey) {
        e.preventDefault();
        e.stopPropagation();
        const dir = e.key === 'ArrowLeft' ? -1 : 1;
        const i = indexIn(milestones, [from, to], id) + dir;
        if (i >= from && i < to) wantFocus.current = milestones[i]!.id;
        onStep(id, dir);
      }
    },
    [milestones, from, to, onSelect, onStep],
  );

  const { svgRef } = p;
  const setRoot = useCallback(
    (el: SVGSVGElement | null) => {
      root.current = el;
      svgRef(el);
    },
    [svgRef],
  );
  const clipId = `timeline-clip-${useId().replace(/[^\w-]/g, '')}`;

  return (
    <svg ref={setRoot} className="timeline-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label={t.canvas}>
      <defs>
        {/* Long spans and edge labels stop at the chart's sides (markers keep room for their focus ring). */}
        <clipPath id={clipId}>
          <rect x={-R - 6} y={-20} width={width + 2 * R + 12} height={height + 40} />
        </clipPath>
      </defs>
      <rect className="timeline-bg" x={0} y={0} width={width} height={height} />
      <g className="timeline-axis" aria-hidden="true">
        <line x1={0} x2={width} y1={axisY} y2={axisY} />
      </g>
      <g clipPath={`url(#${clipId})`}>
        <g transform={`translate(${transform.x},0)`}>
          <g className="timeline-axis" aria-hidden="true">
            {ticks.map((tk) => (
              <g key={+tk.date} transform={`translate(${worldX(tk.date)},0)`} className={tk.major ? 'tick major' : 'tick'}>
                <line y1={tk.major ? TOP_ROW : axisY} y2={axisY + (tk.major ? 6 : 4)} />
                <text y={axisY + 19} textAnchor="middle">
                  {tk.label}
                </text>
              </g>
            ))}
          </g>
          {view.marks.map((mk) => (
            <Mark
              key={mk.id}
              m={milestones[mk.at]!}
              cx={mk.cx}
              x0={mk.x0}
              x1={mk.x1}
              label={mk.label}
              labelX={mk.labelX}
              y={laneY(mk.lane)}
              r={R}
              lang={lang}
              selected={mk.id === selected}
              hovered={mk.id === hovered}
              onSelect={onSelect}
              onHover={onHover}
              onKey={onKey}
            />
          ))}
          <ColumnFills columns={columnList} />
          {view.clusters.map((c, ci) => {
            // The list is in date order, so the lowest position is the earliest date.
            const name = fill(t.cluster, { n: c.n, from: formatPartialDate(milestones[c.first]!.date, lang), to: formatPartialDate(milestones[c.last]!.date, lang) });
            const hot = (hoveredAt >= 0 && holds(c, hoveredAt)) || (selectedAt >= 0 && holds(c, selectedAt));
            if (c.dense) {
              return (
                // Keyed by place in the row, not by members: after a filter change the same
                // elements take the new counts instead of being made again.
                <DenseBar key={`column-${ci}`} c={c} name={name} geometry={columns.get(c)!} hot={hot} onOpen={onCluster} />
              );
            }
            const w = badgeWidth(c);
            return (
              <Badge
                key={c.key}
                c={c}
                name={name}
                x={Math.max(left, Math.min(right - w, c.cx - w / 2))}
                lineX0={Math.max(left, c.x0)}
                lineX1={Math.min(right, c.x1)}
                y={TOP_ROW}
                hot={hot}
                onOpen={onCluster}
              />
            );
          })}
        </g>
      </g>
    </svg>
  );
}
