import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ArticlePack, DatasetFile } from '../schema/dataset';
import { makeSchemaFiles, schemaFiles } from './schemaFiles';

describe('schemaFiles', () => {
  it.each([
    ['timeline', DatasetFile],
    ['article', ArticlePack],
  ] as const)('%s is the JSON Schema of its file, indented', (name, schema) => {
    expect(makeSchemaFiles()[name]).toBe(JSON.stringify(z.toJSONSchema(schema), null, 2));
  });

  it('from the sources, makes them on use', () => {
    expect(schemaFiles()).toEqual(makeSchemaFiles());
  });
});
