/**
 * The interactive chart for one dataset at a given size: the figure, its tooltip, and the links to
 * the store (filters, hovered and selected milestone). Takes `{data, width, height}`; the parent
 * measures. Used by the page panel and the embed.
 */
import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { DatasetFile as Dataset, MilestoneCore as Milestone } from '../../schema/dataset';
import type { Lang } from '../state/url';
import { milestoneForFigure, type TradeBar } from '../data/figureSelectors';
import { useStore } from '../state/store';
import { describeBar, describeMilestone } from './describe';
import { STRINGS } from './strings';
import type { Anchor } from './TradeChart';
import { fontSizeFor, plotOffset, TradeFigure } from './TradeFigure';
import './tradeChart.css';
import { TradeTooltip, tooltipPosition } from './TradeTooltip';
import { useTradeView, type TradeView as TradeViewModel } from './useTradeView';

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
  /** The view when the parent already derived it (the panel does, for its toolbar). */
  view?: TradeViewModel;
}

const indexes = new WeakMap<readonly Milestone[], Map<string, Milestone>>();

/** Milestones by id, once per dataset (not per filter: they may be tens of thousands). */
function milestoneIndex(ms: readonly Milestone[]): Map<string, Milestone> {
  let ix = indexes.get(ms);
  if (!ix) indexes.set(ms, (ix = new Map(ms.map((m) => [m.id, m]))));
  return ix;
}

const labels = new WeakMap<TradeBar, Partial<Record<Lang, string>>>();

/** A bar's accessible name, once per bar object and language: a year range reuses its bars. */
function barLabelOf(b: TradeBar, lang: Lang): string {
  const cached = labels.get(b) ?? {};
  const label = (cached[lang] ??= describeBar(b, lang));
  labels.set(b, cached);
  return label;
}

/** Memoised: with the filters deferred, a filter change does not re-render the chart until its view changes. */
export const TradeView = memo(function TradeView({ data, width, height, titled = false, mode = 'page', view: given }: TradeViewProps) {
  const own = useTradeView(data);
  const view = given ?? own;
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
  const milestones = useMemo(() => milestoneIndex(data.milestones), [data.milestones]);
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
  // Stable, so the chart's memoised layers keep their accessible names between hovers.
  const barLabel = useCallback((b: TradeBar) => barLabelOf(b, lang), [lang]);
  const markerLabel = useCallback(
    (id: string) => {
      const m = milestones.get(id);
      return m ? describeMilestone(m, lang) : t.milestonesLabel;
    },
    [milestones, lang, t],
  );
  const onBar = useCallback((bar: TradeBar | null, anchor: Anchor | null) => setActive(bar && anchor ? { bar, anchor } : null), []);

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
        barLabel={barLabel}
        markerLabel={markerLabel}
        activeBar={shown?.bar.id ?? null}
        hoveredMilestone={hovered}
        activeMilestone={selected}
        onBar={onBar}
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
          maxListed={Math.max(2, Math.min(6, Math.floor((height - 200) / 60)))}
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
});
