/**
 * The knowledge base's people lexicon, built ahead of time. In the sources it is null (tests and tsx
 * build the lexicon on first use); `scripts/pipeline.mjs` replaces this module, when it compiles the
 * pipeline, with the JSON of `prebuiltLexiconJson()` run on the same sources.
 */
import type { LexiconJson } from './lexicon-json';

/** The prebuilt lexicon, or null when the pipeline runs from its sources. */
export const prebuiltLexicon: LexiconJson | null = null;
