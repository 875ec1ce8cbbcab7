/** The embed reads the same URL parameters as the app (`from`, `to`, `leader`, `lang`, `theme`) but never writes history. */
import { useEffect } from 'react';
import type { DatasetFile as Dataset } from '../../schema/dataset';
import { useStore } from '../state/store';
import { checkIds, parseQuery } from '../state/url';

/** Applies the page's query to the store once the dataset is known (unknown leaders are dropped). */
export function useEmbedQuery(data: Dataset | null, search: string): void {
  useEffect(() => {
    const parsed = parseQuery(search);
    const known = data
      ? { people: new Set(data.people.map((p) => p.id)), milestones: new Set(data.milestones.map((m) => m.id)) }
      : null;
    const q = known ? checkIds(parsed.query, known).query : { ...parsed.query, leaders: [] };
    useStore.getState().applyQuery({ ...q, milestone: null });
  }, [data, search]);
}
