/**
 * The chart's keyboard and pointer targets: a transparent hit area per bar (and per milestone
 * dot when they are drawn one by one) with its accessible name. One Tab stop for the whole
 * chart (roving tabindex); the handlers sit on the layer, not on each target.
 */
import { memo, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { TradeLayout } from '../viz/tradeLayout';
import type { RovingPos } from './roving';

export interface TradeHitsProps {
  layout: TradeLayout;
  barLabels: readonly string[];
  /** Period and kind per bar, for tests and styles (`.trade-bar[data-period="2022"]`). */
  barData: readonly { period: string; kind: string }[];
  markerLabels: readonly string[];
  markersLabel: string;
  /** The one target that takes Tab. */
  tabbable: RovingPos;
  onOver: (pos: RovingPos) => void;
  onLeave: () => void;
  onFocus: (pos: RovingPos) => void;
  onBlur: () => void;
  onActivate: (pos: RovingPos) => void;
  onKey: (e: KeyboardEvent<SVGGElement>, pos: RovingPos) => void;
}

/** The row and index of the target an event came from. */
const posOf = (t: EventTarget | null): RovingPos | null => {
  const el = t instanceof Element ? t.closest('[data-row]') : null;
  const row = el?.getAttribute('data-row');
  return row === 'bars' || row === 'markers' ? { row, index: Number(el!.getAttribute('data-index')) } : null;
};

export const TradeHits = memo(function TradeHits(p: TradeHitsProps) {
  const { layout: L, tabbable } = p;
  const order = [...L.bars.keys()].sort((a, b) => Number(L.bars[a]!.partial) - Number(L.bars[b]!.partial) || a - b);
  const on = (fn: (pos: RovingPos) => void) => (e: MouseEvent | FocusEvent) => {
    const pos = posOf(e.target);
    if (pos) fn(pos);
  };
  return (
    <g
      className="trade-hits"
      onMouseOver={on(p.onOver)}
      onMouseLeave={p.onLeave}
      onFocus={on(p.onFocus)}
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) p.onBlur();
      }}
      onClick={on(p.onActivate)}
      onKeyDown={(e) => {
        const pos = posOf(e.target);
        if (pos) p.onKey(e, pos);
      }}
    >
      {/* Full years first: a part of a year lies over its year and takes the pointer there. */}
      {order.map((i) => {
        const g = L.bars[i]!;
        const topY = g.partial ? g.y : L.plot.top;
        const w = Math.max(g.width, g.partial ? g.width : 14);
        return (
          <rect
            key={g.id}
            className="trade-bar"
            data-row="bars"
            data-index={i}
            data-period={p.barData[i]!.period}
            data-kind={p.barData[i]!.kind}
            role="button"
            tabIndex={tabbable.row === 'bars' && tabbable.index === i ? 0 : -1}
            aria-label={p.barLabels[i]}
            x={g.cx - w / 2}
            y={topY}
            width={w}
            height={g.partial ? g.height : L.plot.bottom - L.plot.top}
            fill="transparent"
          />
        );
      })}
      {L.markers.length > 0 && (
        <g role="group" aria-label={p.markersLabel}>
          {L.markers.map((mk, i) => (
            <circle
              key={mk.id}
              className="trade-marker-hit"
              data-for={mk.id}
              data-row="markers"
              data-index={i}
              role="button"
              tabIndex={tabbable.row === 'markers' && tabbable.index === i ? 0 : -1}
              aria-label={p.markerLabels[i]}
              cx={mk.cx}
              cy={mk.cy}
              r={L.markerRadius + 4}
              fill="transparent"
            />
          ))}
        </g>
      )}
    </g>
  );
});
