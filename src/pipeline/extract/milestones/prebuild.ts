/** Entry point the launcher runs when it compiles the pipeline: the event patterns' cue literals as JSON text (see `prebuilt-cues.ts`). */
import lexicon from '../../knowledge/event-lexicon.json';
import phrasing from '../../knowledge/event-phrasing.json';
import { withCounts } from './count-words';
import { cueTable } from './cues';

/** Every string of a JSON value, in order (the patterns among them, and a few labels). */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

/** JSON text of the cue literals of every pattern in the event lexicon and phrasing files. */
export function prebuiltCuesJson(): string {
  // A pattern with `{count}` is compiled with each language's count words (see `count-words.ts`): both are prebuilt.
  const compiled = (p: string) => (p.includes('{count}') ? [withCounts(p, 'ru'), withCounts(p, 'en')] : [p]);
  const patterns = [...stringsOf(lexicon), ...stringsOf(phrasing)].flatMap(compiled);
  // The trigger and exclusion patterns are asked their second cues (`trigger-cues.ts`, `exclusions.ts`).
  const paired = new Set(stringsOf([lexicon.triggers.map((t) => [t.ru, t.en]), lexicon.exclude]).flatMap(compiled));
  return JSON.stringify(cueTable(patterns, paired));
}
