/**
 * A planned visit told with its month only, then its day in the next sentence by the visit itself: "The protocol is
 * expected to be signed during the state visit of the Russian president scheduled for later this month. The visit
 * will take place on March 28", «…во время визита, намеченного на конец месяца. Визит состоится 28 марта»: the
 * first telling takes the day the second gives.
 */
import type { MilestoneDraft } from '../../types';
import { rx } from '../regex';

/** The visit named as the subject opening its sentence: "The visit", "The state visit", «Визит», «Государственный визит». */
const VISIT_OPENS = rx(/^(?:The\s+(?:[\p{L}-]+\s+)?visit|(?:\p{Lu}\p{Ll}+\s+)?[Вв]изит)(?![\p{L}])/u);

/** Gives each planned visit dated by its month the day of the same month that the next sentence's visit is told for. */
export function visitDayToldAfter(out: readonly MilestoneDraft[], sentenceOf: ReadonlyMap<MilestoneDraft, number>): void {
  for (const m of out) {
    if (m.type !== 'visit' || m.status !== 'planned' || m.date?.length !== 7) continue;
    const at = sentenceOf.get(m);
    if (at === undefined) continue;
    const day = out.find((o) => o !== m && sentenceOf.get(o) === at + 1 && o.type === 'visit' && o.status === 'planned' && o.date?.length === 10 && o.date.startsWith(m.date!) && VISIT_OPENS.test(o.quote.text));
    if (!day) continue;
    m.date = day.date;
    m.dateEvidence = `The day the visit is told for in the next sentence («${day.quote.text.slice(0, 60)}»)`;
  }
}
