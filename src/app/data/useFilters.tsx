/**
 * The filters as the views read them. The timeline takes them at once; every other view takes
 * them after the next paint once they have settled (see `useAfterPaint`), so a filter change
 * redraws the timeline within a frame and the list, chart, counts and sources follow in a
 * background render when the user stops changing them.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../state/store';
import type { Filters } from './selectors';
import { SETTLE_MS, useAfterPaint } from '../state/useAfterPaint';

/** The store's filters (one object per change). */
export function useFilters(): Filters {
  return useStore(useShallow((s) => ({ from: s.from, to: s.to, leaders: s.leaders })));
}

const Lagging = createContext<Filters | null>(null);

/** Holds the lagging filters for the views inside it (one value, so they all update in one render). */
export function LaggingFilters({ children }: { children: ReactNode }) {
  const now = useFilters();
  return <Lagging.Provider value={useAfterPaint(now, now, SETTLE_MS)}>{children}</Lagging.Provider>;
}

const NONE: Filters = { from: null, to: null, leaders: [] };

/** The filters a frame behind, for views that follow the timeline; the store's own outside `LaggingFilters`. */
export function useLaggingFilters(): Filters {
  const lagging = useContext(Lagging);
  // Inside the provider this subscribes to nothing that changes, so the store's changes do not
  // re-render the view before its turn.
  const own = useStore(useShallow((s) => (lagging ? NONE : { from: s.from, to: s.to, leaders: s.leaders })));
  return lagging ?? own;
}
