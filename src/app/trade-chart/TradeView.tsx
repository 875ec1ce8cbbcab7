/**
 * The interactive chart for one dataset at a given size: the figure, its tooltip, and the links to
 * the store (filters, hovered and selected milestone). Takes `{data, width, height}`; the parent
 * measures. Used by the page panel and the embed.
 */
import { useId, useMemo, useState } from 'react';
import type { Dataset } from '../../schema/dataset';
import { milestoneForFigure, type TradeBar } from '../data/figureSelectors';
import { useStore } from '../state/store';
import { describeBar, describeMilestone } from './describe';
import { STRINGS } from './strings';
import type { Anchor } from './TradeChart';
import { fontSizeFor, plotOffset, TradeFigure } from './TradeFigure';
import './tradeChart.css';
import { TradeTooltip, tooltipPosition } from './TradeTooltip';
import { useTradeView } from './useTradeView';

export interface TradeViewProps {
  data: Dataset;
  width: number;
  height: number;
  /** Draw title and subtitle inside the figure (the embed). */
  titled?: boolean;
  /**
   * `page`: a click opens the article's milestone in the details panel.
   * `embed`: a click pins the explanation, whose links open the article in a new tab.
   */
  mode?: 'page' | 'embed';
}

export function TradeView({ data, width, height, titled = false, mode = 'page' }: TradeViewProps) {
  const view = useTradeView(data);
  const { model, text, lang, palette, filters } = view;
  const t = STRINGS[lang];
  const hovered = useStore((s) => s.hovered);
  const selected = useStore((s) => s.milestone);
  const hover = useStore((s) => s.hover);
  const select = useStore((s) => s.select);
  const [active, setActive] = useState<{ bar: TradeBar; anchor: Anchor } | null>(null);
  const [pinned, setPinned] = useState<{ bar: TradeBar; anchor: Anchor } | null>(null);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const fs = fontSizeFor(width);
  const offset = useMemo(() => plotOffset(width, height, text, titled, fs), [width, height, text, titled, fs]);
  const milestones = useMemo(() => new Map(model.milestones.map((m) => [m.id, m])), [model.milestones]);
  const shown = pinned ?? active;

  const onActivate = (bar: TradeBar) => {
    if (mode === 'embed') {
      setPinned((p) => (p?.bar.id === bar.id ? null : { bar, anchor: active?.anchor ?? { x: 0, y: 0 } }));
      return;
    }
    const src = bar.sources[0];
    const id = src ? milestoneForFigure(data.milestones, src.figure.articleId, bar.span.start) : null;
    if (id) select(id);
  };
  const hint = (bar: TradeBar) => {
    if (mode === 'embed') return null;
    const src = bar.sources[0];
    return src && milestoneForFigure(data.milestones, src.figure.articleId) ? t.openMilestone : t.noMilestone;
  };
  const hoveredMilestone = hovered ? milestones.get(hovered) : undefined;

  return (
    <div
      className="trade-view"
      style={{ width, height }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          setPinned(null);
          setActive(null);
        }
      }}
    >
      <TradeFigure
        model={model}
        text={text}
        filters={filters}
        lang={lang}
        width={width}
        height={height}
        palette={palette}
        titled={titled}
        fontSize={fs}
        idPrefix={`tc${uid}`}
        label={`${t.chartLabel}: ${text.title}. ${text.subtitle}`}
        emptyText={t.empty}
        interactive
        barLabel={(b) => describeBar(b, lang)}
        markerLabel={(id) => {
          const m = milestones.get(id);
          return m ? describeMilestone(m, lang) : t.milestonesLabel;
        }}
        activeBar={shown?.bar.id ?? null}
        hoveredMilestone={hovered}
        activeMilestone={selected}
        onBar={(bar, anchor) => setActive(bar && anchor ? { bar, anchor } : null)}
        onBarActivate={onActivate}
        onMarker={(id) => hover(id)}
        onMarkerActivate={(id) => (mode === 'page' ? select(id) : hover(id))}
      />
      {shown && (
        <TradeTooltip
          id={`tc${uid}-tip`}
          bar={shown.bar}
          lang={lang}
          links={mode === 'embed' || pinned !== null}
          hint={hint(shown.bar)}
          boxHeight={height}
          pos={tooltipPosition({ x: shown.anchor.x + offset.x, y: shown.anchor.y + offset.y, halfWidth: shown.anchor.halfWidth }, width, height)}
        />
      )}
      {!shown && hoveredMilestone && (
        <p className="trade-marker-note" role="status">
          {describeMilestone(hoveredMilestone, lang)}
        </p>
      )}
    </div>
  );
}
