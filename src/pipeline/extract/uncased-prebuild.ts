/**
 * Build-time only: the `iu` pattern sources the pipeline's modules rewrite at import, with their
 * rewrites, as JSON for `prebuilt-uncased.ts` (see `scripts/pipeline.mjs`). Importing `../bundle`
 * runs every module's top level, which asks `uncasedSource` for each of them.
 */
import '../bundle';
import { makeEveryPatternRegex } from './figures/words';
import { uncasedSources } from './uncased';
import { commonFirst } from './regex';

/**
 * The JSON of `uncasedSources()` once the whole pipeline is loaded, each rewrite with its large classes split as the
 * literals' are (`commonFirst`; a rewrite is only compiled, under `u` without `i`, by `rx`): the split costs nothing
 * at run time here, where reading the classes of every pattern at each start would cost more than it saves.
 * Cachegrind, whole CLI, 1,000 bench articles: 11.9839 → 11.9385 G (−0.38%; V8's C++ test of classes of more than 16
 * ranges 155 → 42 M). Splitting the other patterns `rx` makes too cost more than it saved: a second prebuilt map keyed
 * on their sources made the compiled CLI 1.8× larger (+0.57%), splitting them at run time +2.9%.
 */
export const prebuiltUncasedJson = (): string => {
  // The figures' word patterns make their regexes on first use: made here, their rewrites are prebuilt too.
  makeEveryPatternRegex();
  return JSON.stringify(uncasedSources().map(([source, made]) => [source, made === null ? null : commonFirst(new RegExp(made, 'u')).source]));
};
