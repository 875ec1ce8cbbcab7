/**
 * The JSON Schema files, made ahead of time. In the sources it is null (tests and tsx make them on
 * use); `scripts/pipeline.mjs` replaces this module, when it compiles the pipeline, with the result
 * of `makeSchemaFiles()` (schemaFiles.ts) run on the same sources.
 */
import type { SchemaFiles } from './schemaFiles';

/** The prebuilt schema files, or null when the pipeline runs from its sources. */
export const prebuiltSchemas: SchemaFiles | null = null;
