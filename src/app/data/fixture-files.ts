/**
 * Test helper: a frozen fixture dataset of e2e/fixtures read from disk, each file checked by its
 * schema — the main file, and each pack its articles' `textPath`s name, read once.
 */
/* eslint-disable no-restricted-imports, @typescript-eslint/no-restricted-imports -- test helper, runs in Node, never in the browser: reads the fixture files and validates them with zod */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ArticlePack, DatasetFile, type ArticleFile } from '../../schema/dataset';

const DIR = resolve(import.meta.dirname, '../../../e2e/fixtures');
const json = (file: string): unknown => JSON.parse(readFileSync(resolve(DIR, file), 'utf8'));

/** The fixture's main file (`timeline.json` or `trade.json`), its packs by path, and its article files by id. */
export function readFixture(mainFile: string): { main: DatasetFile; packs: Map<string, ArticleFile[]>; texts: Map<string, ArticleFile> } {
  const main = DatasetFile.parse(json(mainFile));
  const packs = new Map([...new Set(main.articles.map((a) => a.textPath))].map((p) => [p, ArticlePack.parse(json(p))]));
  const texts = new Map([...packs.values()].flat().map((f) => [f.id, f]));
  return { main, packs, texts };
}
