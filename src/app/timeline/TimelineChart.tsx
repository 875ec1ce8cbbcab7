/**
 * The timeline drawing: takes milestones, size and a view transform, lays them out with the pure
 * functions of app/viz and renders SVG. It never measures anything itself.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Milestone } from '../../schema/dataset';
import { formatPartialDate } from '../i18n';
import type { Lang } from '../state/url';
import { milestoneTitle, STATUS_LABELS, TYPE_LABELS } from '../data/timelineSelectors';
import { layoutTimeline, type PlacedCluster } from '../viz/timeLayout';
import { chooseTicks, dateSpan, viewScale, type ViewTransform } from '../viz/timeScale';
import { fill, STRINGS } from './strings';

export const AXIS_H = 30;
export const LANE_H = 24;
const TOP_ROW = 26;
const R = 6;

export interface TimelineChartProps {
  /** Dated milestones in date order. */
  milestones: readonly Milestone[];
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
}

/** Number of marker lanes that fit the height. */
export const lanesFor = (height: number): number => Math.max(1, Math.floor((height - AXIS_H - TOP_ROW - 8) / LANE_H));

export function TimelineChart(p: TimelineChartProps) {
  const { milestones, width, height, domain, transform, lang, selected, hovered } = p;
  const t = STRINGS[lang];
  const scale = useMemo(() => viewScale(domain, 0, width, transform), [domain, width, transform]);
  const spans = useMemo(() => milestones.map((m) => ({ m, span: dateSpan(m.date)! })), [milestones]);
  const byId = useMemo(() => new Map(milestones.map((m) => [m.id, m])), [milestones]);
  const lanes = lanesFor(height);
  const layout = useMemo(
    () =>
      layoutTimeline(
        spans.map(({ m, span }) => ({ id: m.id, x0: scale(span.start), x1: scale(span.end), label: milestoneTitle(m, lang), priority: m.id === selected })),
        { width, lanes, r: R },
      ),
    [spans, scale, width, lanes, lang, selected],
  );
  const ticks = useMemo(() => chooseTicks(scale, lang), [scale, lang]);
  const axisY = height - AXIS_H;
  const laneY = (lane: number) => axisY - 14 - lane * LANE_H;

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

  const onKey = (e: KeyboardEvent, id: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      p.onSelect(id);
    } else if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && !e.shiftKey) {
      e.preventDefault();
      e.stopPropagation();
      const dir = e.key === 'ArrowLeft' ? -1 : 1;
      const i = milestones.findIndex((m) => m.id === id);
      const next = milestones[i + dir];
      if (next) wantFocus.current = next.id;
      p.onStep(id, dir);
    }
  };

  return (
    <svg
      ref={(el) => {
        root.current = el;
        p.svgRef(el);
      }}
      className="timeline-svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={t.canvas}
    >
      <rect className="timeline-bg" x={0} y={0} width={width} height={height} />
      <g className="timeline-axis" aria-hidden="true">
        <line x1={0} x2={width} y1={axisY} y2={axisY} />
        {ticks.map((tk) => (
          <g key={+tk.date} transform={`translate(${tk.x},0)`} className={tk.major ? 'tick major' : 'tick'}>
            <line y1={tk.major ? TOP_ROW : axisY} y2={axisY + (tk.major ? 6 : 4)} />
            <text y={axisY + 19} textAnchor="middle">
              {tk.label}
            </text>
          </g>
        ))}
      </g>
      {layout.marks.map((mk) => {
        const m = byId.get(mk.id)!;
        const y = laneY(mk.lane);
        const isSel = m.id === selected;
        const isHover = m.id === hovered;
        const colour = { fill: `var(--c-${m.type})`, stroke: `var(--c-${m.type})` };
        const label = `${milestoneTitle(m, lang)}, ${formatPartialDate(m.date, lang)}, ${TYPE_LABELS[lang][m.type]}${m.status !== 'past' ? `, ${STATUS_LABELS[lang][m.status]}` : ''}`;
        return (
          <g
            key={m.id}
            data-id={m.id}
            className={`mark status-${m.status}${isSel ? ' selected' : ''}${isHover ? ' hovered' : ''}`}
            role="button"
            tabIndex={0}
            aria-label={label}
            aria-pressed={isSel}
            onClick={() => p.onSelect(m.id)}
            onKeyDown={(e) => onKey(e, m.id)}
            onMouseEnter={() => p.onHover(m.id)}
            onMouseLeave={() => p.onHover(null)}
            onFocus={() => p.onHover(m.id)}
            onBlur={() => p.onHover(null)}
          >
            {mk.x1 - mk.x0 > 3 && <rect className="span" x={mk.x0} y={y - 3} width={mk.x1 - mk.x0} height={6} rx={3} style={colour} />}
            {(isSel || isHover) && <circle className="ring" cx={mk.cx} cy={y} r={R + 4} />}
            <circle className="dot" cx={mk.cx} cy={y} r={R} style={m.status === 'planned' ? { stroke: colour.stroke } : colour} />
            {m.status === 'ongoing' && <circle className="dot-inner" cx={mk.cx} cy={y} r={R - 3.5} />}
            <rect className="hit" x={Math.min(mk.x0, mk.cx - 10)} y={y - 11} width={Math.max(mk.x1 - mk.x0, 20)} height={22} />
            {mk.label && (
              <text className="mark-label" x={mk.labelX} y={y + 4} aria-hidden="true">
                {mk.label}
              </text>
            )}
          </g>
        );
      })}
      {layout.clusters.map((c) => {
        const from = byId.get(c.ids[0]!)!;
        const to = byId.get(c.ids[c.ids.length - 1]!)!;
        const name = fill(t.cluster, { n: c.ids.length, from: formatPartialDate(from.date, lang), to: formatPartialDate(to.date, lang) });
        const hot = (hovered !== null && c.ids.includes(hovered)) || (selected !== null && c.ids.includes(selected));
        const label = c.ids.length > 99 ? '99+' : `+${c.ids.length}`;
        const w = 10 + label.length * 7.5;
        return (
          <g
            key={c.key}
            className={`cluster${hot ? ' hovered' : ''}`}
            role="button"
            tabIndex={0}
            aria-label={name}
            onClick={() => p.onCluster(c)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                p.onCluster(c);
              }
            }}
          >
            <line x1={Math.max(0, c.x0)} x2={Math.min(width, c.x1)} y1={TOP_ROW} y2={TOP_ROW} className="cluster-extent" />
            <rect x={c.cx - w / 2} y={TOP_ROW - 10} width={w} height={20} rx={10} />
            <text x={c.cx} y={TOP_ROW + 4} textAnchor="middle" aria-hidden="true">
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
