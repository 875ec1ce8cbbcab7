/**
 * The trade chart on the page: heading, the filters in words, the chart sized by its container,
 * and the tools that take it away — embed, PNG/SVG download, copy, presentation. The export,
 * embed-dialog and presentation code is loaded on first use to keep the initial bundle small.
 */
import { lazy, Suspense, useCallback, useId, useState } from 'react';
import type { DatasetFile as Dataset } from '../../schema/dataset';
import { useStore } from '../state/store';
import { useSize } from '../viz/useSize';
import { filterSummary } from './figureText';
import { STRINGS } from './strings';
import { TradeToolbar } from './TradeToolbar';
import { TradeView } from './TradeView';
import { useTradeView } from './useTradeView';

// Loaded on demand (dynamic import): the features that take the chart away.
const EmbedDialog = lazy(() => import('../embed/EmbedDialog').then((m) => ({ default: m.EmbedDialog })));
const TradePresentation = lazy(() => import('./TradePresentation').then((m) => ({ default: m.TradePresentation })));

/** Chart height for a width: wide enough for a slide-like ratio, tall enough on a phone. */
export const chartHeightFor = (width: number): number => Math.round(Math.max(360, Math.min(520, width * 0.5)));

export function TradeChartPanel({ data }: { data: Dataset }) {
  const view = useTradeView(data);
  const t = STRINGS[view.lang];
  const headingId = useId();
  const [ref, size] = useSize<HTMLDivElement>();
  const [status, setStatus] = useState('');
  const [embed, setEmbed] = useState<{ snippet: string; src: string } | null>(null);
  const [presenting, setPresenting] = useState(false);
  const hover = useStore((s) => s.hover);
  const closePresentation = useCallback(() => setPresenting(false), []);
  const leaders = view.filters.leaders.length > 0;

  const openEmbed = async () => {
    const { embedSrc, iframeSnippet } = await import('../embed/snippet');
    const s = useStore.getState();
    const src = embedSrc(document.baseURI, { from: s.from, to: s.to, leaders: s.leaders, lang: view.lang, theme: s.theme });
    setEmbed({ src, snippet: iframeSnippet({ src, title: view.text.title }) });
  };

  return (
    <section className="panel trade-panel" aria-labelledby={headingId}>
      <div className="trade-panel-head">
        <div>
          <h2 id={headingId}>{t.heading}</h2>
          <p className={leaders ? 'trade-filter-note trade-filter-note-leaders' : 'trade-filter-note'} data-testid="trade-filter-note">
            {filterSummary(view.model, view.filters, data.people, view.lang)}
          </p>
        </div>
        <TradeToolbar view={view} onStatus={setStatus} onEmbed={() => void openEmbed()} onPresent={() => setPresenting(true)} />
      </div>
      <div ref={ref} className="trade-panel-body">
        {size.width > 0 && <TradeView data={data} view={view} width={size.width} height={chartHeightFor(size.width)} />}
      </div>
      <p role="status" aria-live="polite" className="trade-status">
        {status}
      </p>
      <Suspense fallback={null}>
        {embed && <EmbedDialog snippet={embed.snippet} src={embed.src} lang={view.lang} onClose={() => setEmbed(null)} />}
        {presenting && <TradePresentation view={view} onStep={hover} onClose={closePresentation} />}
      </Suspense>
    </section>
  );
}

