/** Keeps the store and the address bar in step: reads on load and on back/forward, writes on change. */
import { useEffect } from 'react';
import type { DatasetFile as Dataset } from '../../schema/dataset';
import { toQuery, useStore } from './store';
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

/** Reads the URL into the store once the dataset is known, then mirrors every change into history. */
export function useUrlSync(dataset: Dataset | null): void {
  useEffect(() => {
    if (!dataset) return;
    const known = { people: new Set(dataset.people.map((p) => p.id)), milestones: new Set(dataset.milestones.map((m) => m.id)) };
    const read = (withNotices: boolean) => {
      const parsed = parseQuery(window.location.search);
      const checked = checkIds(parsed.query, known);
      useStore.getState().applyQuery(checked.query, withNotices ? [...parsed.notices, ...checked.notices] : undefined);
    };
    read(true);
    let last = serializeQuery(toQuery(useStore.getState()), foreignParams(window.location.search));
    if (last !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${last}${window.location.hash}`);
    // While restoring from back/forward the URL is already right: pushing would drop the forward history.
    let restoring = false;
    const unsubscribe = useStore.subscribe((s) => {
      const next = serializeQuery(toQuery(s), foreignParams(window.location.search));
      if (next === last) return;
      last = next;
      if (restoring) return;
      window.history.pushState(null, '', `${window.location.pathname}${next}${window.location.hash}`);
    });
    const onPop = () => {
      restoring = true;
      try {
        read(false);
      } finally {
        restoring = false;
      }
      last = serializeQuery(toQuery(useStore.getState()), foreignParams(window.location.search));
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [dataset]);
}
