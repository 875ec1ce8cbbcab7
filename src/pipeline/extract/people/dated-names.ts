/**
 * An official who changed his name is named as he was at the article's time: a draft of an article
 * dated before the change takes the earlier English name and that name's own id (knowledge
 * `earlierNames`); the Russian name stays the reference nominative.
 */
import { officials, type EarlierName } from '../../knowledge';
import type { PersonDraft } from '../../types';

const earlierById = new Map<string, readonly EarlierName[]>();
for (const o of officials) if (o.earlierNames?.length) earlierById.set(o.id, o.earlierNames);

/** The earlier name valid on `date` (ISO, possibly partial), the first whose end is after it. */
export function earlierNameOn(names: readonly EarlierName[], date: string): EarlierName | null {
  for (const n of names) if (date < n.until) return n;
  return null;
}

/** Renames, in place, the drafts of officials who went by another name on the article's date. */
export function nameAsOfDate(people: PersonDraft[], date: string | null, table: ReadonlyMap<string, readonly EarlierName[]> = earlierById): void {
  if (!date || !table.size) return;
  for (const p of people) {
    const names = p.known ? table.get(p.id) : undefined;
    const n = names && earlierNameOn(names, date);
    if (!n) continue;
    p.id = n.id;
    p.nameEn = n.nameEn;
  }
}
