/**
 * Build-time only: the `iu` pattern sources the pipeline's modules rewrite at import, with their
 * rewrites, as JSON for `prebuilt-uncased.ts` (see `scripts/pipeline.mjs`). Importing `../bundle`
 * runs every module's top level, which asks `uncasedSource` for each of them.
 */
import '../bundle';
import { uncasedSources } from './uncased';

/** The JSON of `uncasedSources()` once the whole pipeline is loaded. */
export const prebuiltUncasedJson = (): string => JSON.stringify(uncasedSources());
