/**
 * Current version of `timeline.json`; the app refuses any other. Kept apart so the browser can import it without zod.
 * 2: article files in packs (`articles/<n>.json`, each article's `textPath` names its pack).
 */
export const SCHEMA_VERSION = 2 as const;
