/**
 * Everything the chart draws that does not change on hover or focus: grid, targets, bars, source
 * ranges and dots, labels and the milestone lane. Memoised, so moving the pointer or the keyboard
 * over the chart re-renders only the small layers on top. Ranges, dots, target lines and a dense
 * milestone lane are one path each, so the DOM stays small however many sources a view has.
 */
import { memo } from 'react';
import type { TradeModel } from '../data/figureSelectors';
import { binsPath, dotsPath, rangesPath } from '../viz/tradeDensity';
import type { TradeLayout } from '../viz/tradeLayout';
import type { TradePalette } from '../viz/tradePalette';

export interface TradeMarksProps {
  model: TradeModel;
  layout: TradeLayout;
  palette: TradePalette;
  fontSize: number;
  idPrefix: string;
}

/** Indexes with full-year bars first, so a part of a year is drawn over its year, never hidden behind it. */
export const drawOrder = (n: number, partial: (i: number) => boolean): number[] => {
  const idx = Array.from({ length: n }, (_, i) => i);
  return [...idx.filter((i) => !partial(i)), ...idx.filter((i) => partial(i))];
};

export const TradeMarks = memo(function TradeMarks({ model, layout: L, palette: c, fontSize: fs, idPrefix }: TradeMarksProps) {
  const hatch = `${idPrefix}-hatch`;
  const derivedHatch = `${idPrefix}-dhatch`;
  const halo = { stroke: c.halo, strokeWidth: 3, paintOrder: 'stroke' as const, strokeLinejoin: 'round' as const };
  const ranges = L.bars.flatMap((g) => (g.range ? [{ x: g.cx, ...g.range }] : []));
  const dots = L.bars.flatMap((g) => g.dots.map((y) => ({ x: g.cx, y })));
  return (
    <>
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
      {L.targets.length > 0 && (
        <path
          className="trade-targets"
          aria-hidden="true"
          d={L.targets.map((t) => `M${L.plot.left},${t.y}H${L.plot.right}`).join('')}
          stroke={c.target}
          strokeWidth={1.75}
          strokeDasharray="7 4"
          fill="none"
        />
      )}
      <g className="trade-bars" aria-hidden="true">
        {drawOrder(L.bars.length, (i) => L.bars[i]!.partial).map((i) => {
          const g = L.bars[i]!;
          const bar = model.bars[i]!;
          const fill = bar.kind === 'actual' ? (g.partial ? `url(#${hatch})` : c.actual) : bar.kind === 'derived' ? `url(#${derivedHatch})` : c.background;
          const stroke = bar.kind === 'actual' ? c.actual : bar.kind === 'derived' ? c.derived : c.forecast;
          return (
            <rect
              key={g.id}
              className="trade-bar-shape"
              data-period={bar.span.period}
              data-kind={bar.kind}
              x={g.x}
              y={g.y}
              width={g.width}
              height={g.height}
              fill={fill}
              fillOpacity={g.partial && bar.kind === 'actual' ? 0.95 : 1}
              stroke={stroke}
              strokeWidth={g.partial || bar.kind !== 'actual' ? 1.5 : 0}
              strokeDasharray={bar.kind === 'derived' ? '5 3' : bar.kind === 'forecast' ? '2 3' : undefined}
            />
          );
        })}
        {L.bars.map((g) =>
          g.tag ? (
            <text key={g.id} x={g.tag.x} y={g.tag.y} textAnchor="middle" fontSize={fs * 0.75} fontWeight={600} fill={c.text} {...halo}>
              {g.tag.text}
            </text>
          ) : null,
        )}
      </g>
      <g className="trade-range" aria-hidden="true">
        {ranges.length > 0 && <path d={rangesPath(ranges)} stroke={c.range} strokeWidth={1.5} fill="none" />}
        {dots.length > 0 && <path className="trade-dots" d={dotsPath(dots, 2.75)} fill={c.background} stroke={c.range} strokeWidth={1.5} />}
        {L.bars.map((g) =>
          g.count ? (
            <text key={g.id} x={g.count.x} y={g.count.y} fontSize={fs * 0.7} fill={c.muted} {...halo}>
              {g.count.text}
            </text>
          ) : null,
        )}
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
      {L.markerStrip && (
        <path className="trade-marker-strip" aria-hidden="true" d={binsPath(L.markerBins, L.markerStrip.baseY, L.markerStrip.height)} fill={c.milestone.visit} />
      )}
    </>
  );
});
