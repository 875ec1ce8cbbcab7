/** Current version of `timeline.json`; the app refuses any other. Kept apart so the browser can import it without zod. */
export const SCHEMA_VERSION = 1 as const;
