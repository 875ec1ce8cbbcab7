/**
 * The one store. It holds intent only — filters, selection, hover, language, theme, notices —
 * and everything derived (filtered milestones, domains) is computed by selectors.
 */
import { create } from 'zustand';
import type { Lang, Notice, Theme, ViewQuery } from './url';

export interface ViewState extends ViewQuery {
  /** Milestone under the pointer, shared by the timeline and the chart. */
  hovered: string | null;
  /** Dropped URL values the user should hear about. */
  notices: Notice[];
}

export interface ViewActions {
  setRange: (from: number | null, to: number | null) => void;
  toggleLeader: (id: string) => void;
  setLeaders: (ids: string[]) => void;
  select: (id: string | null) => void;
  hover: (id: string | null) => void;
  setLang: (lang: Lang) => void;
  setTheme: (theme: Theme) => void;
  clearFilters: () => void;
  /** Replaces the URL-backed part of the state (on load and on back/forward). */
  applyQuery: (q: ViewQuery, notices?: Notice[]) => void;
  dismissNotices: () => void;
}

export type Store = ViewState & ViewActions;

export const initialState: ViewState = {
  from: null,
  to: null,
  leaders: [],
  milestone: null,
  lang: null,
  theme: null,
  hovered: null,
  notices: [],
};

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Creates a store; the app uses the singleton `useStore`, tests make their own. */
export const createViewStore = () =>
  create<Store>()((set) => ({
    ...initialState,
    setRange: (from, to) =>
      set(() => (from !== null && to !== null && from > to ? { from: to, to: from } : { from, to })),
    toggleLeader: (id) => set((s) => ({ leaders: s.leaders.includes(id) ? s.leaders.filter((x) => x !== id) : [...s.leaders, id] })),
    setLeaders: (ids) => set({ leaders: [...new Set(ids)] }),
    select: (id) => set({ milestone: id }),
    hover: (id) => set({ hovered: id }),
    setLang: (lang) => set({ lang }),
    setTheme: (theme) => set({ theme }),
    clearFilters: () => set({ from: null, to: null, leaders: [] }),
    // The same leaders keep the same array: every view that follows the filters compares them by
    // reference, and reading the address on load would otherwise redo all of them once more.
    applyQuery: (q, notices) => set((s) => ({ ...q, leaders: sameList(s.leaders, q.leaders) ? s.leaders : q.leaders, notices: notices ? [...s.notices, ...notices] : s.notices })),
    dismissNotices: () => set({ notices: [] }),
  }));

export const useStore = createViewStore();

/** The URL-backed slice of a state. */
export const toQuery = (s: ViewState): ViewQuery => ({
  from: s.from,
  to: s.to,
  leaders: s.leaders,
  milestone: s.milestone,
  lang: s.lang,
  theme: s.theme,
});
