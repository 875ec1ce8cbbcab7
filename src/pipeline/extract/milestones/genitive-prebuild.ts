/** Entry point the launcher runs when it compiles the pipeline: the knowledge's officials' genitives as JSON text (see `prebuilt-genitives.ts`). */
import { officials } from '../../knowledge';
import { familyFirst, genitiveOf } from './genitive';

/** The Russian name and its genitive of each official not written family name first, as `genitiveOf` gives it. */
export function officialGenitives(): [string, string][] {
  const out = new Map<string, string>();
  for (const o of officials) if (!familyFirst(o) && !out.has(o.nameRu)) out.set(o.nameRu, genitiveOf(o.nameRu, false));
  return [...out];
}

/** JSON text of `officialGenitives()`. */
export function prebuiltGenitivesJson(): string {
  return JSON.stringify(officialGenitives());
}
