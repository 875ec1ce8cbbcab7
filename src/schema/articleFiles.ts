/**
 * How the article files are laid out on disk: in packs. Consecutive articles (in the dataset's
 * order) share one file, `articles/<n>.json`, an `ArticlePack` (a list of `ArticleFile`s); each
 * article's `textPath` names its pack, where its entry is the one with its `id`.
 *
 * Why packs: creating a file is the dear part of writing one (at 10,000 articles, one file each
 * cost ≈1.1 s of the bundler's CPU, most of it in the kernel; ≈240 packs of the same bytes cost a
 * fifth of that), and the reader who opens a milestone waits for one small request either way.
 * No zod here: the browser imports this file.
 */
import type { ArticleFile } from './dataset';

/** Folder (relative to the dataset file) the packs are written to. */
export const ARTICLE_DIR = 'articles';

/**
 * A pack is closed once its articles' texts reach this many characters: ≈200 KB on disk with
 * their sentences and evidence (≈3 bytes a character), about 40 articles of the benchmark's size,
 * ≈50 KB gzip to fetch when a milestone is opened. An article longer than this has a pack of its own.
 */
export const PACK_CHARS = 64_000;

/** The path of pack `n`. */
export const packPath = (n: number): string => `${ARTICLE_DIR}/${n}.json`;

/**
 * Each article's pack path, for articles in order whose texts have `chars` characters:
 * consecutive articles share a pack until their texts reach `budget` characters.
 */
export function packPaths(chars: readonly number[], budget: number = PACK_CHARS): string[] {
  const paths: string[] = [];
  let n = 0;
  let filled = 0;
  for (const c of chars) {
    if (filled > 0 && filled + c > budget) {
      n++;
      filled = 0;
    }
    filled += c;
    paths.push(packPath(n));
  }
  return paths;
}

/**
 * The article files grouped into their packs: each pack's path (the articles' `textPath`) with its
 * files in the articles' order. A file whose article is not listed is left out.
 */
export function groupPacks<F extends Pick<ArticleFile, 'id'>>(articles: readonly { id: string; textPath: string }[], files: readonly F[]): Map<string, F[]> {
  const byId = new Map(files.map((f) => [f.id, f]));
  const packs = new Map<string, F[]>();
  for (const a of articles) {
    const f = byId.get(a.id);
    if (!f) continue;
    const pack = packs.get(a.textPath);
    if (pack) pack.push(f);
    else packs.set(a.textPath, [f]);
  }
  return packs;
}
