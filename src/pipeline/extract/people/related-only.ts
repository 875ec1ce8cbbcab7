/**
 * People named only in the links to related articles («Еще по теме: Песков: визит … станет важным шагом», "Related news:
 * Alexey Overchuk: Russia accounts for …"): those lines are other articles' headlines, so a person every mention of whom
 * lies in them is no person of this article.
 */
import type { PersonDraft } from '../../types';
import { inSpans, type PageStructure } from '../page';

/** `people` without those whose every mention lies in the related-link lines; the same array when there are none. */
export function withoutRelatedOnly(people: PersonDraft[], related: PageStructure['related']): PersonDraft[] {
  if (!related.length) return people;
  let out: PersonDraft[] | null = null;
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    let outside = false;
    for (let k = 0; k < p.mentions.length && !outside; k++) outside = !inSpans(related, p.mentions[k]!.start);
    // Kept in a packed list made by `push` (see packed.ts): the people list is read by hot code.
    if (!outside) out ??= people.slice(0, i);
    else if (out) out.push(p);
  }
  return out ?? people;
}
