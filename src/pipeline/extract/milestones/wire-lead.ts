/**
 * A wire story's lead announcing a pledge to come, with no date of its own (`MARKERS.wirePledge`: «ИНТЕРФАКС - Россия
 * предоставит Киргизии льготный кредит …», 'MOSCOW, March 3 (Agency) - Russia will grant …'): the headline of the talks
 * the body tells, which agreed it. When the article tells those talks (a past gathering with its date), the lead is
 * the same event told again, no milestone of its own.
 */
import type { Language } from '../../../schema/dataset';
import type { MilestoneDraft } from '../../types';
import { MARKERS } from './lexicon';

/** Drops from `out` an undated planned step quoted from a wire lead's pledge, when `out` holds dated past talks. */
export function withoutWireLeadPledges(out: MilestoneDraft[], lang: Language): void {
  let talks = false;
  for (let i = 0; i < out.length && !talks; i++) talks = out[i]!.type === 'meeting' && out[i]!.status === 'past' && out[i]!.date !== null;
  if (!talks) return;
  const lead = MARKERS.wirePledge[lang];
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i]!;
    if (m.type === 'other' && m.status === 'planned' && m.date === null && lead.atStart(m.quote.text)) out.splice(i, 1);
  }
}
