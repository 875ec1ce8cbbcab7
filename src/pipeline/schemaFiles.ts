/**
 * The JSON Schema files the bundler writes beside the dataset (`timeline.schema.json`,
 * `article.schema.json`). They depend only on the schema's sources, so `scripts/pipeline.mjs` makes
 * them once when it compiles the pipeline (see `prebuiltSchemas.ts`): zod's `toJSONSchema` cost
 * ≈20 ms of every run.
 */
import { z } from 'zod';
import { ArticlePack, DatasetFile } from '../schema/dataset';
import { prebuiltSchemas } from './prebuiltSchemas';

/** The text of each JSON Schema file, indented. */
export interface SchemaFiles {
  /** `timeline.schema.json`: the dataset file. */
  timeline: string;
  /** `article.schema.json`: a pack of article files. */
  article: string;
}

/** The schema files made from the schema now (the launcher's build step runs this). */
export function makeSchemaFiles(): SchemaFiles {
  return {
    timeline: JSON.stringify(z.toJSONSchema(DatasetFile), null, 2),
    article: JSON.stringify(z.toJSONSchema(ArticlePack), null, 2),
  };
}

/** The schema files: as made when the pipeline was compiled, else made now. */
export function schemaFiles(): SchemaFiles {
  return prebuiltSchemas ?? makeSchemaFiles();
}
