/** Presentation mode for the trade chart: the figure in large type, stepping through its milestones. */
import { lazy, Suspense, useMemo } from 'react';
import { sortByDate } from '../data/selectors';
import { formatPartialDate } from '../i18n';
import { describeBar } from './describe';
import { STRINGS } from './strings';
import { TradeFigure } from './TradeFigure';
import type { TradeView } from './useTradeView';

// The generic presentation overlay lives in its own feature and is loaded with this module.
const PresentationMode = lazy(() => import('../presentation/PresentationMode').then((m) => ({ default: m.PresentationMode })));

export function TradePresentation({ view, onStep, onClose }: { view: TradeView; onStep: (id: string | null) => void; onClose: () => void }) {
  const t = STRINGS[view.lang];
  const steps = useMemo(
    () =>
      sortByDate(view.model.milestones)
        .filter((m) => m.date)
        .map((m) => ({
          id: m.id,
          label: view.lang === 'ru' ? m.titleRu : m.titleEn,
          detail: [formatPartialDate(m.date, view.lang), m.place].filter(Boolean).join(' · '),
        })),
    [view.model.milestones, view.lang],
  );
  return (
    <Suspense fallback={null}>
      <PresentationMode title={view.text.title} steps={steps} lang={view.lang} onStep={onStep} onClose={onClose}>
        {(size, active) => (
          <TradeFigure
            model={view.model}
            text={view.text}
            filters={view.filters}
            lang={view.lang}
            width={size.width}
            height={size.height}
            fontSize={Math.round(Math.max(16, Math.min(26, size.width / 52)))}
            palette={view.palette}
            titled
            idPrefix="tcp"
            label={view.text.title}
            emptyText={t.empty}
            barLabel={(b) => describeBar(b, view.lang)}
            markerLabel={() => ''}
            activeMilestone={active}
          />
        )}
      </PresentationMode>
    </Suspense>
  );
}
