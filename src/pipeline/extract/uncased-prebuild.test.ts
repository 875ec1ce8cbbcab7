import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execAll, fastSource } from './regex';
import { prebuiltUncasedJson } from './uncased-prebuild';
import { uncasedSource } from './uncased';

const SEEDS = join(__dirname, '../../../seeds');
/** The seed articles (Russian and English) and the Kyrgyz, Latin-1 and Greek letters around the split's borders. */
const TEXTS = [
  ...readdirSync(SEEDS).map((f) => readFileSync(join(SEEDS, f), 'utf8')),
  'Ңаалар ңаа Өмүрбек Үсөн; Öskemen, Ærø, Straße; Ωμέγα ſ K Å; ёлка ЁЛКА, İstanbul, ǅ, ﬀ — 12 345,6 млрд $',
];

describe('prebuiltUncasedJson: the rewrites of the patterns made at import, large classes split at build time', () => {
  const pairs = JSON.parse(prebuiltUncasedJson()) as [string, string | null][];

  it('splits the large classes of many rewrites (the letter classes of the knowledge base phrases)', () => {
    const split = pairs.filter(([source, made]) => made !== null && made !== uncasedSource(source));
    expect(split.length).toBeGreaterThan(100);
    // Each split class tests the Basic Latin and Russian block first (`commonFirst`).
    expect(split.every(([, made]) => made!.includes('[\\x00-\\x7F\\u0400-\\u045F]'))).toBe(true);
  });

  it('holds the rewrites of the figures\' word patterns, whose regexes are made on first use (`figures/words.ts`)', () => {
    const sources = new Set(pairs.map(([source]) => source));
    // «торговл(я|и|ю|ей|е)» of the figures' lexicon (`SENTENCE_WORDS`), as `PatternIndex` writes it and `rx` asks it.
    expect(sources.has(fastSource('(?:торговл(я|и|ю|ей|е))(?![\\p{L}])'))).toBe(true);
  });

  it('matches what the unsplit rewrite matches, on the seed articles and the letters around the borders', () => {
    const wrong: string[] = [];
    for (const [source, made] of pairs) {
      const plain = uncasedSource(source);
      if (made === null || plain === null || made === plain) continue;
      const a = new RegExp(made, 'gu');
      const b = new RegExp(plain, 'gu');
      for (const text of TEXTS) {
        const got = execAll(a, text).map((m) => `${m.index}:${m[0]}`);
        const want = execAll(b, text).map((m) => `${m.index}:${m[0]}`);
        if (got.join('|') !== want.join('|')) wrong.push(source.slice(0, 80));
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
