/**
 * Article files (text and evidence) for the views that show quotes: the details panel and the
 * trade chart's tooltip. They are loaded on demand, so the first view never waits for them.
 */
import { useEffect, useState } from 'react';
import type { Article, ArticleFile } from '../../schema/dataset';
import { loadArticleFile } from './load';

/** One article file: loading, failed, or loaded. */
export type ArticleFileState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; file: ArticleFile };

/** Which article file to load: the article's id and its pack's path. */
export type ArticleRef = Pick<Article, 'id' | 'textPath'>;

/** The files of `articles` as they arrive, by article id; an article whose file fails maps to `error`. */
export function useArticleFiles(articles: readonly ArticleRef[]): ReadonlyMap<string, ArticleFileState> {
  // One line per article: its id and its pack's path (neither holds a line break).
  const key = articles.map((a) => `${a.id}\t${a.textPath}`).join('\n');
  const [states, setStates] = useState<{ key: string; map: ReadonlyMap<string, ArticleFileState> }>({ key: '', map: new Map() });
  useEffect(() => {
    let live = true;
    const list = key ? key.split('\n').map((line) => line.split('\t') as [string, string]) : [];
    setStates({ key, map: new Map(list.map(([id]) => [id, { status: 'loading' }])) });
    for (const [id, textPath] of list) {
      loadArticleFile({ id, textPath }).then(
        (file) => live && setStates((s) => (s.key === key ? { key, map: new Map(s.map).set(id, { status: 'ready', file }) } : s)),
        () => live && setStates((s) => (s.key === key ? { key, map: new Map(s.map).set(id, { status: 'error' }) } : s)),
      );
    }
    return () => {
      live = false;
    };
  }, [key]);
  return states.key === key ? states.map : LOADING;
}

const LOADING: ReadonlyMap<string, ArticleFileState> = new Map();

/** One article's file; without an article (one missing from the dataset) it is an error. */
export function useArticleFile(article: ArticleRef | null): ArticleFileState {
  const map = useArticleFiles(article ? [article] : []);
  if (!article) return { status: 'error' };
  return map.get(article.id) ?? { status: 'loading' };
}
