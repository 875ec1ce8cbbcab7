/**
 * Article files (text and evidence) for the views that show quotes: the details panel and the
 * trade chart's tooltip. They are loaded on demand, so the first view never waits for them.
 */
import { useEffect, useState } from 'react';
import type { ArticleFile } from '../../schema/dataset';
import { loadArticleFile } from './load';

/** One article file: loading, failed, or loaded. */
export type ArticleFileState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; file: ArticleFile };

/** The files at `paths` (relative to the dataset) as they arrive; a path that fails maps to `error`. */
export function useArticleFiles(paths: readonly string[]): ReadonlyMap<string, ArticleFileState> {
  const key = paths.join('\n');
  const [states, setStates] = useState<{ key: string; map: ReadonlyMap<string, ArticleFileState> }>({ key: '', map: new Map() });
  useEffect(() => {
    let live = true;
    const list = key ? key.split('\n') : [];
    setStates({ key, map: new Map(list.map((p) => [p, { status: 'loading' }])) });
    for (const p of list) {
      loadArticleFile(p).then(
        (file) => live && setStates((s) => (s.key === key ? { key, map: new Map(s.map).set(p, { status: 'ready', file }) } : s)),
        () => live && setStates((s) => (s.key === key ? { key, map: new Map(s.map).set(p, { status: 'error' }) } : s)),
      );
    }
    return () => {
      live = false;
    };
  }, [key]);
  return states.key === key ? states.map : LOADING;
}

const LOADING: ReadonlyMap<string, ArticleFileState> = new Map();

/** One article's file; without a path (an article missing from the dataset) it is an error. */
export function useArticleFile(path: string | null): ArticleFileState {
  const map = useArticleFiles(path ? [path] : []);
  if (!path) return { status: 'error' };
  return map.get(path) ?? { status: 'loading' };
}
