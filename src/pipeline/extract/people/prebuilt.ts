/**
 * The knowledge base's people lexicon, built ahead of time. In the sources it is null (tests and tsx
 * build the lexicon on first use); `scripts/pipeline.mjs` replaces this module, when it compiles the
 * pipeline, with the JSON of `prebuiltLexiconJson()` run on the same sources.
 */
import type { LexiconJson } from './lexicon-json';

/**
 * Reads the prebuilt lexicon (null when the pipeline runs from its sources). A function, not the parsed
 * JSON: its ≈54,000 arrays are read once into the lexicon's maps and need not live on for the whole run.
 */
export const prebuiltLexicon: (() => LexiconJson) | null = null;
