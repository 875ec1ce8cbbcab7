/**
 * The plot itself, as SVG: bars on the months their period covers, source ranges, target lines,
 * growth notes and milestone markers on the same time axis. It draws a layout computed elsewhere
 * and reports pointer and keyboard intent through callbacks; it never measures anything.
 */
import type { KeyboardEvent } from 'react';
import type { TradeBar, TradeModel } from '../data/figureSelectors';
import type { TradeLayout } from '../viz/tradeLayout';
import type { TradePalette } from '../viz/tradePalette';

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
  /** Accessible names per bar and milestone. */
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

const activate = (fn: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    fn();
  }
};

/** Indexes with full-year bars first, so a part of a year is drawn over its year, never hidden behind it. */
const drawOrder = (n: number, partial: (i: number) => boolean): number[] => {
  const idx = Array.from({ length: n }, (_, i) => i);
  return [...idx.filter((i) => !partial(i)), ...idx.filter((i) => partial(i))];
};

export function TradeChart(p: TradeChartProps) {
  const { model, layout: L, palette: c, fontSize: fs, idPrefix, interactive = false } = p;
  const hatch = `${idPrefix}-hatch`;
  const derivedHatch = `${idPrefix}-dhatch`;
  const halo = { stroke: c.halo, strokeWidth: 3, paintOrder: 'stroke' as const, strokeLinejoin: 'round' as const };
  const milestones = new Map(model.milestones.map((m) => [m.id, m]));
  return (
    <g className="trade-chart">
      <defs>
        <pattern id={hatch} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={c.partialFill} />
          <line x1="0" y1="0" x2="0" y2="6" stroke={c.actual} strokeWidth="2.5" />
        </pattern>
        <pattern id={derivedHatch} patternUnits="userSpaceOnUse" width="5" height="5">
          <rect width="5" height="5" fill={c.derivedFill} />
          <circle cx="2.5" cy="2.5" r="0.9" fill={c.derived} />
        </pattern>
      </defs>
      <g className="trade-grid" aria-hidden="true">
        {L.yTicks.map((t) => (
          <g key={t.y}>
            <line x1={L.plot.left} x2={L.plot.right} y1={t.y} y2={t.y} stroke={c.grid} strokeWidth={1} />
            <text x={L.plot.left - 6} y={t.y} dy="0.32em" textAnchor="end" fontSize={fs * 0.85} fill={c.muted}>
              {t.label}
            </text>
          </g>
        ))}
        {L.xTicks.map((t) =>
          t.label ? (
            <text key={t.x} x={t.x} y={L.axisY} textAnchor="middle" fontSize={fs * 0.85} fill={c.muted}>
              {t.label}
            </text>
          ) : null,
        )}
      </g>
      <g className="trade-targets" aria-hidden="true">
        {L.targets.map((t) => (
          <line key={t.label.id} x1={L.plot.left} x2={L.plot.right} y1={t.y} y2={t.y} stroke={c.target} strokeWidth={1.75} strokeDasharray="7 4" />
        ))}
      </g>
      <g className="trade-bars">
        {drawOrder(L.bars.length, (i) => L.bars[i]!.partial).map((i) => {
          const g = L.bars[i]!;
          const bar = model.bars[i]!;
          const active = p.activeBar === g.id;
          const fill = bar.kind === 'actual' ? (g.partial ? `url(#${hatch})` : c.actual) : bar.kind === 'derived' ? `url(#${derivedHatch})` : c.background;
          const stroke = bar.kind === 'actual' ? c.actual : bar.kind === 'derived' ? c.derived : c.forecast;
          const dash = bar.kind === 'derived' ? '5 3' : bar.kind === 'forecast' ? '2 3' : undefined;
          const hitW = Math.max(g.width, 14);
          const anchor = { x: g.cx, y: Math.min(g.y, g.range?.y1 ?? g.y), halfWidth: g.width / 2 };
          const handlers = interactive
            ? {
                tabIndex: 0,
                role: 'button',
                'aria-label': p.barLabel(bar),
                onMouseEnter: () => p.onBar?.(bar, anchor),
                onMouseLeave: () => p.onBar?.(null, null),
                onFocus: () => p.onBar?.(bar, anchor),
                onBlur: () => p.onBar?.(null, null),
                onClick: () => p.onBarActivate?.(bar),
                onKeyDown: activate(() => p.onBarActivate?.(bar)),
              }
            : {};
          return (
            <g key={g.id} className="trade-bar" data-period={bar.span.period} data-kind={bar.kind} {...handlers}>
              {/* A full year's hit area is its whole column; a part of a year only covers its own bar, so the year behind stays reachable. */}
              {interactive && (
                <rect x={g.cx - hitW / 2} y={g.partial ? g.y : L.plot.top} width={hitW} height={g.partial ? g.height : L.plot.bottom - L.plot.top} fill="transparent" />
              )}
              <rect
                x={g.x}
                y={g.y}
                width={g.width}
                height={g.height}
                fill={fill}
                fillOpacity={g.partial && bar.kind === 'actual' ? 0.95 : 1}
                stroke={stroke}
                strokeWidth={g.partial || bar.kind !== 'actual' ? 1.5 : 0}
                strokeDasharray={dash}
              />
              {g.tag && (
                <text x={g.tag.x} y={g.tag.y} textAnchor="middle" fontSize={fs * 0.75} fontWeight={600} fill={c.text} {...halo}>
                  {g.tag.text}
                </text>
              )}
              {g.range && (
                <g className="trade-range" stroke={c.range} strokeWidth={1.5}>
                  <line x1={g.cx} x2={g.cx} y1={g.range.y1} y2={g.range.y2} />
                  <line x1={g.cx - 5} x2={g.cx + 5} y1={g.range.y1} y2={g.range.y1} />
                  <line x1={g.cx - 5} x2={g.cx + 5} y1={g.range.y2} y2={g.range.y2} />
                  {bar.sources.map((s) => (
                    <circle key={s.figure.id} cx={g.cx} cy={L.y(s.figure.value)} r={2.75} fill={c.background} />
                  ))}
                </g>
              )}
              {active && (
                <rect
                  x={g.x - 3}
                  y={Math.min(g.y, g.range?.y1 ?? g.y) - 3}
                  width={g.width + 6}
                  height={L.plot.bottom - Math.min(g.y, g.range?.y1 ?? g.y) + 3}
                  fill="none"
                  stroke={c.focus}
                  strokeWidth={2.5}
                  rx={2}
                />
              )}
            </g>
          );
        })}
      </g>
      <line x1={L.plot.left} x2={L.plot.right} y1={L.plot.bottom} y2={L.plot.bottom} stroke={c.axis} strokeWidth={1} aria-hidden="true" />
      <g className="trade-labels" aria-hidden="true" fontSize={fs * 0.85}>
        {L.valueLabels.map((t) => (
          <text key={t.id} x={t.x} y={t.y} textAnchor="middle" fill={c.text} fontWeight={600} {...halo}>
            {t.text}
          </text>
        ))}
        {L.growthLabels.map((t) => (
          <text key={t.id} x={t.x} y={t.y} textAnchor="middle" fill={c.growth} fontSize={fs * 0.8} fontWeight={600} {...halo}>
            {t.text}
          </text>
        ))}
        {L.targets.map((t) => (
          <text key={t.label.id} x={t.label.x} y={t.label.y} textAnchor="middle" fill={c.target} fontWeight={600} {...halo}>
            {t.label.text}
          </text>
        ))}
      </g>
      <g className="trade-markers" role={interactive ? 'group' : undefined} aria-label={interactive ? p.markerLabel('') : undefined}>
        {L.markers.map((mk) => {
          const m = milestones.get(mk.id);
          if (!m) return null;
          const on = p.hoveredMilestone === mk.id || p.activeMilestone === mk.id;
          const handlers = interactive
            ? {
                tabIndex: 0,
                role: 'button',
                'aria-label': p.markerLabel(mk.id),
                onMouseEnter: () => p.onMarker?.(mk.id),
                onMouseLeave: () => p.onMarker?.(null),
                onFocus: () => p.onMarker?.(mk.id),
                onBlur: () => p.onMarker?.(null),
                onClick: () => p.onMarkerActivate?.(mk.id),
                onKeyDown: activate(() => p.onMarkerActivate?.(mk.id)),
              }
            : {};
          return (
            <g key={mk.id} className="trade-marker" data-milestone={mk.id} data-active={on || undefined} {...handlers}>
              {on && <line x1={mk.cx} x2={mk.cx} y1={L.plot.top} y2={mk.cy} stroke={c.focus} strokeWidth={1.5} strokeDasharray="3 3" />}
              {interactive && <circle cx={mk.cx} cy={mk.cy} r={L.markerRadius + 4} fill="transparent" />}
              <circle
                cx={mk.cx}
                cy={mk.cy}
                r={on ? L.markerRadius * 1.45 : L.markerRadius}
                fill={c.milestone[m.type]}
                stroke={on ? c.focus : c.background}
                strokeWidth={on ? 2.5 : 1}
              />
            </g>
          );
        })}
      </g>
    </g>
  );
}
