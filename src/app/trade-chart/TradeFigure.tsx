/**
 * The chart with its frame as one SVG — optional title and subtitle, legend, plot, source line —
 * at a given size. The page, the embed, exports and presentation mode all draw this component.
 */
import { useMemo } from 'react';
import type { TradeModel } from '../data/figureSelectors';
import type { Filters } from '../data/selectors';
import type { Lang } from '../state/url';
import { layoutFigureFrame, type LegendItem } from '../viz/tradeFigureLayout';
import { layoutTrade } from '../viz/tradeLayout';
import { TRADE_FONT, type TradePalette } from '../viz/tradePalette';
import type { FigureText } from './figureText';
import { layoutInput } from './layoutInput';
import { TradeChart, type TradeChartProps } from './TradeChart';

export interface TradeFigureProps extends Omit<TradeChartProps, 'layout' | 'fontSize' | 'model' | 'palette'> {
  model: TradeModel;
  text: FigureText;
  filters: Pick<Filters, 'from' | 'to'>;
  lang: Lang;
  width: number;
  height: number;
  palette: TradePalette;
  /** Base font size; defaults from the width. */
  fontSize?: number;
  /** Draw the title and subtitle inside the SVG (embed, export, presentation). */
  titled?: boolean;
  /** Empty-state message. */
  emptyText: string;
  /** Called with the plot's offset inside the SVG, so a tooltip can be placed. */
  svgRef?: (el: SVGSVGElement | null) => void;
  /** Accessible name of the whole figure. */
  label: string;
}

/** Base font size for a width: 12px on a phone, 15px on a wide screen. */
export const fontSizeFor = (width: number): number => Math.round(Math.max(12, Math.min(15, width / 64)));

function Swatch({ item, size, p, idPrefix }: { item: LegendItem; size: number; p: TradePalette; idPrefix: string }) {
  const h = size;
  switch (item.key) {
    case 'actual':
      return <rect width={h} height={h} fill={p.actual} />;
    case 'partial':
      return <rect width={h} height={h} fill={`url(#${idPrefix}-hatch)`} stroke={p.actual} strokeWidth={1.5} />;
    case 'derived':
      return <rect x={0.75} y={0.75} width={h - 1.5} height={h - 1.5} fill={`url(#${idPrefix}-dhatch)`} stroke={p.derived} strokeWidth={1.5} strokeDasharray="4 2" />;
    case 'forecast':
      return <rect x={0.75} y={0.75} width={h - 1.5} height={h - 1.5} fill={p.background} stroke={p.forecast} strokeWidth={1.5} strokeDasharray="2 2" />;
    case 'range':
      return (
        <g stroke={p.range} strokeWidth={1.5}>
          <line x1={h / 2} x2={h / 2} y1={1} y2={h - 1} />
          <line x1={h / 2 - 4} x2={h / 2 + 4} y1={1} y2={1} />
          <line x1={h / 2 - 4} x2={h / 2 + 4} y1={h - 1} y2={h - 1} />
        </g>
      );
    case 'target':
      return <line x1={0} x2={h} y1={h / 2} y2={h / 2} stroke={p.target} strokeWidth={2} strokeDasharray="5 3" />;
    case 'milestones':
      return <circle cx={h / 2} cy={h / 2} r={h / 2.6} fill={p.milestone.visit} />;
    default:
      return null;
  }
}

export function TradeFigure(props: TradeFigureProps) {
  const { model, text, filters, lang, width, height, palette: c, titled = false, idPrefix } = props;
  const fs = props.fontSize ?? fontSizeFor(width);
  const frame = useMemo(
    () => layoutFigureFrame({ width, height, fontSize: fs, title: titled ? text.title : null, subtitle: titled ? text.subtitle : null, legend: text.legend, source: text.source }),
    [width, height, fs, titled, text],
  );
  const layout = useMemo(
    () => layoutTrade(layoutInput(model, filters, lang, frame.chart.width, frame.chart.height, fs)),
    [model, filters, lang, frame.chart.width, frame.chart.height, fs],
  );
  const empty = model.bars.length === 0;
  return (
    <svg
      ref={props.svgRef}
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={TRADE_FONT}
      role="group"
      aria-label={props.label}
      className="trade-figure"
      style={{ display: 'block' }}
    >
      <rect width={width} height={height} fill={c.background} />
      {frame.title && (
        <text className="trade-title" x={frame.pad} y={frame.title.y} fontSize={frame.title.size} fontWeight={700} fill={c.text}>
          {frame.title.lines.map((l, i) => (
            <tspan key={i} x={frame.pad} dy={i === 0 ? 0 : frame.title!.size * 1.2}>
              {l}
            </tspan>
          ))}
        </text>
      )}
      {frame.subtitle && (
        <text className="trade-subtitle" x={frame.pad} y={frame.subtitle.y} fontSize={frame.subtitle.size} fill={c.muted}>
          {frame.subtitle.lines.map((l, i) => (
            <tspan key={i} x={frame.pad} dy={i === 0 ? 0 : frame.subtitle!.size * 1.3}>
              {l}
            </tspan>
          ))}
        </text>
      )}
      <g className="trade-legend" fontSize={frame.legend.size} fill={c.text}>
        {frame.legend.items.map((it) => (
          <g key={it.key} transform={`translate(${it.x},${it.y - frame.legend.swatch + 2})`}>
            <Swatch item={it} size={frame.legend.swatch} p={c} idPrefix={idPrefix} />
            <text x={frame.legend.swatch + 6} y={frame.legend.swatch - 2}>
              {it.label}
            </text>
          </g>
        ))}
      </g>
      <g transform={`translate(${frame.chart.x},${frame.chart.y})`}>
        <TradeChart {...props} model={model} layout={layout} palette={c} fontSize={fs} />
        {empty && (
          <text x={frame.chart.width / 2} y={frame.chart.height / 2} textAnchor="middle" fontSize={fs} fill={c.muted}>
            {props.emptyText}
          </text>
        )}
      </g>
      <text className="trade-source" x={frame.pad} y={frame.source.y} fontSize={frame.source.size} fill={c.muted}>
        {frame.source.lines.map((l, i) => (
          <tspan key={i} x={frame.pad} dy={i === 0 ? 0 : frame.source.size * 1.35}>
            {l}
          </tspan>
        ))}
      </text>
    </svg>
  );
}

/** Where the plot sits inside the figure, so an HTML tooltip can be placed over an anchor. */
export function plotOffset(width: number, height: number, text: FigureText, titled: boolean, fontSize = fontSizeFor(width)): { x: number; y: number } {
  const f = layoutFigureFrame({ width, height, fontSize, title: titled ? text.title : null, subtitle: titled ? text.subtitle : null, legend: text.legend, source: text.source });
  return { x: f.chart.x, y: f.chart.y };
}
