import { describe, expect, it } from 'vitest';
import { groupPacks, packPaths } from './articleFiles';
import type { ArticleFile } from './dataset';

describe('packPaths', () => {
  it.each([
    ['no articles', [], 10, []],
    ['all in one pack', [3, 3, 3], 10, ['articles/0.json', 'articles/0.json', 'articles/0.json']],
    ['a new pack once the texts would pass the budget', [4, 4, 4, 4], 10, ['articles/0.json', 'articles/0.json', 'articles/1.json', 'articles/1.json']],
    ['exactly the budget still fits', [5, 5, 1], 10, ['articles/0.json', 'articles/0.json', 'articles/1.json']],
    ['a text longer than the budget has a pack of its own', [2, 25, 2], 10, ['articles/0.json', 'articles/1.json', 'articles/2.json']],
    ['an empty text joins the pack', [10, 0], 10, ['articles/0.json', 'articles/0.json']],
  ])('%s', (_, chars, budget, paths) => {
    expect(packPaths(chars, budget)).toEqual(paths);
  });
});

describe('groupPacks', () => {
  const file = (id: string): ArticleFile => ({ id, text: id, sentences: [], milestones: [], figures: [], mentions: [] });
  it('groups the files by their articles’ textPath, in the articles’ order, leaving out files of no article', () => {
    const articles = [
      { id: 'b', textPath: 'articles/0.json' },
      { id: 'a', textPath: 'articles/0.json' },
      { id: 'c', textPath: 'articles/1.json' },
    ];
    const packs = groupPacks(articles, [file('a'), file('c'), file('stray'), file('b')]);
    expect([...packs].map(([p, fs]) => [p, fs.map((f) => f.id)])).toEqual([
      ['articles/0.json', ['b', 'a']],
      ['articles/1.json', ['c']],
    ]);
  });
});
