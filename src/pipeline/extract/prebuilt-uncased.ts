/**
 * The rewrites `uncasedSource` makes of the patterns the pipeline's modules build at import, worked
 * out ahead of time. In the sources it is null (tests and tsx rewrite each pattern on first use);
 * `scripts/pipeline.mjs` replaces this module, when it compiles the pipeline, with the JSON of
 * `prebuiltUncasedJson()` run on the same sources, whose rewrites have their large classes split
 * (`commonFirst`: the same characters matched).
 */

/**
 * Reads each pattern source with what `uncasedSource` makes of it (null when the pipeline runs from its
 * sources). A function, not the parsed JSON: its pairs are read once into `uncasedSource`'s map.
 */
export const prebuiltUncased: (() => [string, string | null][]) | null = null;
