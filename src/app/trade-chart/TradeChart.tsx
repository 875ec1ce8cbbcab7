/**
 * The plot itself, as SVG: bars on the months their period covers, source ranges, target lines,
 * growth notes and milestones on the same time axis. It draws a layout computed elsewhere and
 * reports pointer and keyboard intent through callbacks; it never measures anything. The marks
 * are memoised (`TradeMarks`); hover and focus only redraw the rings and highlighted milestones.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TradeBar, TradeModel } from '../data/figureSelectors';
import type { TradeLayout } from '../viz/tradeLayout';
import type { TradePalette } from '../viz/tradePalette';
import { clampPos, rovingNext, type RovingPos } from './roving';
import { TradeHits } from './TradeHits';
import { TradeMarks } from './TradeMarks';

/** A point on the chart, in the SVG's coordinates, that a tooltip can point at. */
export interface Anchor {
  x: number;
  y: number;
  /** Half the bar's width, so a tooltip can sit beside it. */
  halfWidth?: number;
}

export interface TradeChartProps {
  model: TradeModel;
  layout: TradeLayout;
  palette: TradePalette;
  fontSize: number;
  /** Unique per SVG, for pattern ids. */
  idPrefix: string;
  /** Accessible names per bar and milestone; keep them stable (`useCallback`), they are memoised on. */
  barLabel: (bar: TradeBar) => string;
  markerLabel: (id: string) => string;
  /** Bar under focus or pointer. */
  activeBar?: string | null;
  /** Milestone hovered anywhere (timeline or chart). */
  hoveredMilestone?: string | null;
  /** Milestone selected or stepped to in presentation mode. */
  activeMilestone?: string | null;
  /** Off for exports: no focus stops, no handlers. */
  interactive?: boolean;
  onBar?: (bar: TradeBar | null, anchor: Anchor | null) => void;
  onBarActivate?: (bar: TradeBar) => void;
  onMarker?: (id: string | null) => void;
  onMarkerActivate?: (id: string) => void;
}

const barTop = (g: TradeLayout['bars'][number]) => Math.min(g.y, g.range?.y1 ?? g.y);

/** The ring around a bar under the pointer or the keyboard. */
function BarRing({ g, L, color, width }: { g: TradeLayout['bars'][number]; L: TradeLayout; color: string; width: number }) {
  const top = barTop(g);
  return <rect className="trade-ring" x={g.x - 3} y={top - 3} width={g.width + 6} height={L.plot.bottom - top + 3} fill="none" stroke={color} strokeWidth={width} rx={2} pointerEvents="none" />;
}

export function TradeChart(p: TradeChartProps) {
  const { model, layout: L, palette: c, fontSize: fs, idPrefix, interactive = false, barLabel, markerLabel } = p;
  const [pos, setPos] = useState<RovingPos>({ row: 'bars', index: 0 });
  const [focused, setFocused] = useState(false);
  const hitsRef = useRef<SVGGElement>(null);
  // Handlers read the latest props through a ref, so the memoised hit layer keeps its callbacks.
  const live = useRef(p);
  useLayoutEffect(() => {
    live.current = p;
  });

  const rows = useMemo(() => ({ bars: model.bars.map((_, i) => L.bars[i]?.cx ?? 0), markers: L.markers.map((m) => m.cx) }), [model.bars, L]);
  const tabbable = useMemo(() => clampPos(pos, rows), [pos, rows]);
  const barIndex = useMemo(() => new Map(L.bars.map((g, i) => [g.id, i])), [L.bars]);
  const barLabels = useMemo(() => (interactive ? model.bars.map(barLabel) : []), [interactive, model.bars, barLabel]);
  const barData = useMemo(() => model.bars.map((b) => ({ period: b.span.period, kind: b.kind })), [model.bars]);
  const markerLabels = useMemo(() => (interactive ? L.markers.map((m) => markerLabel(m.id)) : []), [interactive, L.markers, markerLabel]);
  const markersLabel = useMemo(() => (interactive ? markerLabel('') : ''), [interactive, markerLabel]);

  const anchorOf = useCallback((i: number): Anchor => {
    const g = live.current.layout.bars[i]!;
    return { x: g.cx, y: barTop(g), halfWidth: g.width / 2 };
  }, []);
  const point = useCallback(
    (at: RovingPos) => {
      const q = live.current;
      if (at.row === 'bars') {
        const bar = q.model.bars[at.index];
        if (bar) q.onBar?.(bar, anchorOf(at.index));
      } else {
        const mk = q.layout.markers[at.index];
        if (mk) q.onMarker?.(mk.id);
      }
    },
    [anchorOf],
  );
  const onLeave = useCallback(() => {
    live.current.onBar?.(null, null);
    live.current.onMarker?.(null);
  }, []);
  const onFocus = useCallback(
    (at: RovingPos) => {
      setPos(at);
      setFocused(true);
      point(at);
    },
    [point],
  );
  const onBlur = useCallback(() => {
    setFocused(false);
    onLeave();
  }, [onLeave]);
  const onActivate = useCallback((at: RovingPos) => {
    const q = live.current;
    if (at.row === 'bars') {
      const bar = q.model.bars[at.index];
      if (bar) q.onBarActivate?.(bar);
    } else {
      const mk = q.layout.markers[at.index];
      if (mk) q.onMarkerActivate?.(mk.id);
    }
  }, []);
  const onKey = useCallback(
    (e: KeyboardEvent<SVGGElement>, at: RovingPos) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onActivate(at);
        return;
      }
      const next = rovingNext(at, e.key, rows);
      if (!next) return;
      e.preventDefault();
      if (next.row === 'bars' && at.row === 'markers') live.current.onMarker?.(null);
      setPos(next);
      hitsRef.current?.querySelector<SVGElement>(`[data-row="${next.row}"][data-index="${next.index}"]`)?.focus();
    },
    [rows, onActivate],
  );

  const activeIdx = p.activeBar ? barIndex.get(p.activeBar) : undefined;
  const focusIdx = interactive && focused && tabbable.row === 'bars' ? tabbable.index : undefined;
  const on = (id: string) => p.hoveredMilestone === id || p.activeMilestone === id;
  const lit = [p.hoveredMilestone, p.activeMilestone].filter((id, i, a): id is string => !!id && a.indexOf(id) === i && L.markerAt(id) !== null);

  return (
    <g className="trade-chart">
      <TradeMarks model={model} layout={L} palette={c} fontSize={fs} idPrefix={idPrefix} />
      <g className="trade-markers" aria-hidden="true">
        {L.markers.map((mk) => (
          <g key={mk.id} className="trade-marker" data-milestone={mk.id} data-active={on(mk.id) || undefined}>
            {on(mk.id) && <line x1={mk.cx} x2={mk.cx} y1={L.plot.top} y2={mk.cy} stroke={c.focus} strokeWidth={1.5} strokeDasharray="3 3" />}
            <circle
              cx={mk.cx}
              cy={mk.cy}
              r={on(mk.id) ? L.markerRadius * 1.45 : L.markerRadius}
              fill={c.milestone[(mk.type ?? 'visit') as keyof TradePalette['milestone']] ?? c.milestone.visit}
              stroke={on(mk.id) ? c.focus : c.background}
              strokeWidth={on(mk.id) ? 2.5 : 1}
            />
          </g>
        ))}
        {/* A dense lane is a strip of counts; the milestone in hand is drawn over it. */}
        {L.markers.length === 0 &&
          lit.map((id) => {
            const at = L.markerAt(id)!;
            return (
              <g key={id} className="trade-marker" data-milestone={id} data-active="true">
                <line x1={at.cx} x2={at.cx} y1={L.plot.top} y2={at.cy} stroke={c.focus} strokeWidth={1.5} strokeDasharray="3 3" />
                <circle cx={at.cx} cy={at.cy} r={L.markerRadius * 1.45} fill={c.milestone.visit} stroke={c.focus} strokeWidth={2.5} />
              </g>
            );
          })}
      </g>
      {activeIdx !== undefined && activeIdx !== focusIdx && <BarRing g={L.bars[activeIdx]!} L={L} color={c.focus} width={2.5} />}
      {focusIdx !== undefined && L.bars[focusIdx] && <BarRing g={L.bars[focusIdx]} L={L} color={c.focus} width={3.5} />}
      {interactive && (
        <g ref={hitsRef}>
          <TradeHits
            layout={L}
            barLabels={barLabels}
            barData={barData}
            markerLabels={markerLabels}
            markersLabel={markersLabel}
            tabbable={tabbable}
            onOver={point}
            onLeave={onLeave}
            onFocus={onFocus}
            onBlur={onBlur}
            onActivate={onActivate}
            onKey={onKey}
          />
        </g>
      )}
    </g>
  );
}
