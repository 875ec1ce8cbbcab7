/**
 * An exhibition already told, named again by a clause that only describes it: «Страной-партнером выставки в этом году
 * выступает Вьетнам», «В выставке в этом году участвуют 40 компаний», 'The fair is part of an export programme'.
 */
import type { Language, PartialDate, Status } from '../../../schema/dataset';
import type { MilestoneDraft, PersonDraft } from '../../types';
import type { TriggerHit } from './lexicon';

/** The trigger key of an exhibition or a fair («выставка», «Иннопром», 'trade fair'). */
export const EXHIBITION_KEY = 'exhibition';

/**
 * True when the exhibition `hit` of a clause (not a plan, dated at most by its year: `mention` is a year or none)
 * names one told before by an event of `out` (its opening, its days, a signing at it) of a date the clause's `d.date`
 * holds, and the clause names no one new (`who`, `known`): a partner country, a count of exhibitors or a programme it
 * belongs to describes that exhibition, no occasion of its own.
 */
export function exhibitionToldAgain(
  hit: TriggerHit,
  mention: { date: PartialDate } | null,
  d: { date: PartialDate | null; status: Status },
  out: readonly MilestoneDraft[],
  headlines: ReadonlySet<MilestoneDraft>,
  who: readonly PersonDraft[],
  known: () => Set<string>,
  lang: Language,
): boolean {
  const day = d.date;
  if (hit.trigger.key !== EXHIBITION_KEY || d.status === 'planned' || day === null || (mention !== null && mention.date.length !== 4)) return false;
  const re = hit.trigger.re[lang];
  let told = false;
  for (let i = 0; i < out.length && !told; i++) {
    const o = out[i]!;
    told = !headlines.has(o) && o.status !== 'planned' && o.date !== null && o.date.startsWith(day) && re.test(o.quote.text);
  }
  return told && who.every((p) => known().has(p.id));
}
