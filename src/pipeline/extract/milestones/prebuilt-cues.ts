/**
 * The cue literals of the knowledge base's event patterns, worked out ahead of time. In the sources
 * it is null (tests and tsx read each pattern's cues on first use); `scripts/pipeline.mjs` replaces
 * this module, when it compiles the pipeline, with the JSON of `prebuiltCuesJson()` run on the same
 * sources.
 */

import type { CueRow } from './cues';

/** Each pattern of the knowledge base with `requiredLiterals` and `cueStartsWord` of it, or null when the pipeline runs from its sources. */
export const prebuiltCues: CueRow[] | null = null;
