/** Keeps the store and the address bar in step: reads on load and on back/forward, writes on change. */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DatasetFile as Dataset } from '../../schema/dataset';
import { toQuery, useStore } from './store';
import { SETTLE_MS, useAfterPaint } from './useAfterPaint';
import { checkIds, parseQuery, serializeQuery } from './url';

/** Parameters the app does not own (e.g. `data`) are kept as they are. */
const OWN = new Set(['from', 'to', 'leader', 'm', 'lang', 'theme']);

function foreignParams(search: string): URLSearchParams {
  const keep = new URLSearchParams();
  new URLSearchParams(search).forEach((v, k) => {
    if (!OWN.has(k)) keep.append(k, v);
  });
  return keep;
}

const addressOf = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;

/**
 * Reads the URL into the store once the dataset is known, then mirrors every change into history.
 * The address follows the views (after the next paint, once the filters have settled): a filter
 * change redraws the timeline first and writes history with the other views, never in the frame
 * the timeline is waiting for, and stepping through ten years leaves one history entry, not ten.
 */
export function useUrlSync(dataset: Dataset | null): void {
  /** The address last written or read; null until the URL has been read. */
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (!dataset) return;
    // Looked up only when the address names a milestone: no set of every id on a large dataset's first view.
    const known = { people: new Set(dataset.people.map((p) => p.id)), milestones: { has: (id: string) => dataset.milestones.some((m) => m.id === id) } };
    const read = (withNotices: boolean) => {
      const parsed = parseQuery(window.location.search);
      const checked = checkIds(parsed.query, known);
      useStore.getState().applyQuery(checked.query, withNotices ? [...parsed.notices, ...checked.notices] : undefined);
      // While restoring from back/forward the URL is already right: pushing would drop the forward history.
      last.current = serializeQuery(toQuery(useStore.getState()), foreignParams(window.location.search));
    };
    read(true);
    if (last.current !== window.location.search) window.history.replaceState(null, '', addressOf(last.current!));
    const onPop = () => read(false);
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
      last.current = null;
    };
  }, [dataset]);

  const now = useStore(useShallow(toQuery));
  const query = useAfterPaint(now, now, SETTLE_MS);
  // A layout effect: the address changes in the same commit as the views that show the state.
  useLayoutEffect(() => {
    if (last.current === null) return;
    const next = serializeQuery(query, foreignParams(window.location.search));
    if (next === last.current) return;
    last.current = next;
    window.history.pushState(null, '', addressOf(next));
  }, [query]);
}

/** Renders nothing; keeps the URL in sync without re-rendering the page on every change. */
export function UrlSync({ dataset }: { dataset: Dataset | null }): null {
  useUrlSync(dataset);
  return null;
}
