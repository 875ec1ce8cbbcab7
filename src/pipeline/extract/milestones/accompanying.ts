/**
 * An official arriving together with those whose trip is told: «Вместе с ними на базу прибыл министр обороны», "With
 * them came the defence minister", "Accompanying them was …". The arrival is a part of the trip already told, not a
 * visit of its own.
 */
import type { Language } from '../../../schema/dataset';
import type { MilestoneDraft } from '../../types';
import { rx } from '../regex';

/** A clause opened by "together with him/them": the arrival goes with another's. */
const WITH_THEM: Record<Language, RegExp> = {
  ru: rx(/^\s*(?:Вместе|Одновременно|Наряду)\s+с\s+(?:ним|ней|ними)(?![\p{L}])|^\s*(?:Его|Её|Ее|Их)\s+сопровождал/u),
  en: /^\s*(?:(?:Together|Along)\s+with\s+(?:him|her|them)|With\s+(?:him|her|them)|Accompanying\s+(?:him|her|them))\b/u,
};

/** The milestones of `out` without arrivals told as going with a trip or a visit of the same day told before them. */
export function withoutAccompanying(out: MilestoneDraft[], lang: Language): MilestoneDraft[] {
  return out.filter(
    (m) =>
      m.type !== 'visit' ||
      !WITH_THEM[lang].test(m.quote.text) ||
      !out.some((o) => o !== m && o.quote.start < m.quote.start && (o.type === 'visit' || o.type === 'meeting') && o.date !== null && o.date === m.date),
  );
}
