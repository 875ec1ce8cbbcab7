// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleFile } from '../../schema/dataset';
import { loadArticleFile } from './load';

const file = (id: string): ArticleFile => ({ id, text: `text of ${id}`, sentences: [], milestones: [], figures: [], mentions: [] });

afterEach(() => vi.unstubAllGlobals());

describe('loadArticleFile', () => {
  it('fetches a pack once and gives each article its own file from it', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => (asked.push(url), new Response(JSON.stringify([file('a'), file('b')]))));
    const [a, b] = await Promise.all([loadArticleFile({ id: 'a', textPath: 'articles/7.json' }, 'data/timeline.json'), loadArticleFile({ id: 'b', textPath: 'articles/7.json' }, 'data/timeline.json')]);
    expect([a.text, b.text]).toEqual(['text of a', 'text of b']);
    expect(asked).toEqual([new URL('data/articles/7.json', document.baseURI).href]);
  });

  it.each([
    ['an article missing from its pack', 'articles/8.json', JSON.stringify([file('other')]), 200, /not in articles\/8\.json/],
    ['a file of the earlier layout (one article, not a list)', 'articles/9.json', JSON.stringify(file('c')), 200, /not a list/],
    ['a missing pack', 'articles/10.json', '', 404, /not found/],
  ])('refuses %s', async (_, textPath, body, status, message) => {
    vi.stubGlobal('fetch', async () => new Response(body, { status }));
    await expect(loadArticleFile({ id: 'c', textPath }, 'data/timeline.json')).rejects.toThrow(message);
  });
});
