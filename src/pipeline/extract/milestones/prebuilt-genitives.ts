/**
 * The genitives of the knowledge base's officials, worked out ahead of time. In the sources it is null
 * (tests and tsx incline each name on first use); `scripts/pipeline.mjs` replaces this module, when it
 * compiles the pipeline, with the JSON of `prebuiltGenitivesJson()` run on the same sources.
 */

/** Reads each official's Russian name with its genitive (null when the pipeline runs from its sources). */
export const prebuiltGenitives: (() => [string, string][]) | null = null;
