/**
 * The chosen milestone (its body is in DetailsBody.tsx, loaded on demand), with ←/→ stepping
 * through the milestones currently shown.
 */
import { lazy, Suspense, useEffect, useMemo, type KeyboardEvent } from 'react';
import type { DatasetFile as Dataset } from '../../schema/dataset';
import { useLang } from '../i18n';
import { useStore } from '../state/store';
import { neighbours, visibleMilestones } from '../data/timelineSelectors';
import { useLaggingFilters } from '../data/useFilters';
import { fill, STRINGS } from './strings';

// The body is a separate chunk, fetched once the page is idle or when a milestone is opened.
const loadBody = () => import('./DetailsBody');
const DetailsBody = lazy(loadBody);

export function DetailsPanel({ data }: { data: Dataset }) {
  const lang = useLang();
  const t = STRINGS[lang];
  const { from, to, leaders } = useLaggingFilters();
  const selected = useStore((s) => s.milestone);
  const select = useStore((s) => s.select);
  const shown = useMemo(() => visibleMilestones(data, { from, to, leaders }), [data, from, to, leaders]);
  const m = useMemo(() => data.milestones.find((x) => x.id === selected) ?? null, [data.milestones, selected]);
  const nb = neighbours(shown, selected);
  useEffect(() => {
    const id = setTimeout(() => void loadBody(), 2000);
    return () => clearTimeout(id);
  }, []);

  const onKey = (e: KeyboardEvent) => {
    const tag = (e.target as HTMLElement).tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
    if (e.key === 'ArrowLeft' && nb.prev) select(nb.prev.id);
    else if (e.key === 'ArrowRight' && nb.next) select(nb.next.id);
    else if (e.key === 'Escape' && m) select(null);
    else return;
    e.preventDefault();
  };

  return (
    <section className="panel details" aria-labelledby="details-heading" onKeyDown={onKey}>
      <div className="panel-head">
        <h2 id="details-heading">{t.heading}</h2>
        {m && (
          <div className="toolbar">
            {nb.index >= 0 && <span className="muted">{fill(t.position, { i: nb.index + 1, n: shown.length })}</span>}
            <button type="button" onClick={() => nb.prev && select(nb.prev.id)} disabled={!nb.prev} aria-label={t.prev} title={t.prev}>
              ←
            </button>
            <button type="button" onClick={() => nb.next && select(nb.next.id)} disabled={!nb.next} aria-label={t.next} title={t.next}>
              →
            </button>
            <button type="button" onClick={() => select(null)} aria-label={t.close} title={t.close}>
              ×
            </button>
          </div>
        )}
      </div>
      {!m ? (
        <p className="muted">{t.none}</p>
      ) : (
        <Suspense fallback={<p className="muted">{t.loading}</p>}>
          <DetailsBody data={data} m={m} lang={lang} />
        </Suspense>
      )}
    </section>
  );
}
