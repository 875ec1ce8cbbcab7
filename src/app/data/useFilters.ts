/**
 * The filters as the views read them. The timeline takes them at once; every other view takes
 * them deferred, so a filter change redraws the timeline within a frame and the list, chart,
 * counts and sources follow in a background render that input can interrupt.
 */
import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../state/store';
import type { Filters } from './selectors';

/** The store's filters (one object per change). */
export function useFilters(): Filters {
  return useStore(useShallow((s) => ({ from: s.from, to: s.to, leaders: s.leaders })));
}

/** The filters a frame behind: for views that may follow the timeline rather than hold it up. */
export function useDeferredFilters(): Filters {
  return useDeferredValue(useFilters());
}
