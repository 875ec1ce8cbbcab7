/**
 * A step told within a gathering told before («В рамках фестиваля пройдут мастер-классы», "As part of the festival, a
 * film week will be held"): the gathering of several days names its time, one of its days, not told which.
 */
import type { Language } from '../../../schema/dataset';
import type { MilestoneDraft } from '../../types';
import type { Found } from './clause-state';
import { rx } from '../regex';

/** «В рамках Дней», "As part of the festival": the frame and the word naming the gathering (group 1). */
const WITHIN_FRAME = { ru: rx(/^(?:[\p{L}-]+\s+){0,2}?в\s+рамках\s+(\p{L}+)/iu), en: rx(/^(?:[\p{L}-]+\s+){0,2}?(?:as\s+part|within\s+the\s+framework)\s+of\s+the\s+(\p{L}+)/iu) };
/** The cheap test before `WITHIN_FRAME`. */
const WITHIN_CUE = { ru: 'рамках', en: ' of the ' };
/** How many sentences back the gathering a step is told within may lie. */
const WITHIN_REACH = 6;
/** How many letters of the gathering's word must open a word of the event told before («Дней» / «Дни», «конференции» / «конференция»). */
const WITHIN_STEM = 5;

/** The kinds of gathering a step may be told within: culture days and festivals (other), forums and conferences. */
const WITHIN_TYPES = new Set(['other', 'forum', 'conference']);

/**
 * The culture event, forum or conference told within `WITHIN_REACH` sentences before, with a day or a month, that a clause
 * opening «В рамках …» / "As part of the …" names by its word; null otherwise (a visit's programme is dated elsewhere).
 */
export function withinGathering(f: Found, at: number, text: string, lang: Language): MilestoneDraft | null {
  if (!text.includes(WITHIN_CUE[lang])) return null;
  const frame = WITHIN_FRAME[lang].exec(text);
  if (!frame) return null;
  const stem = frame[1]!.slice(0, Math.min(WITHIN_STEM, frame[1]!.length - 1)).toLowerCase();
  if (stem.length < 2) return null;
  for (let i = f.recent.length - 1; i >= 0; i--) {
    const r = f.recent[i]!;
    if (at - r.sentence > WITHIN_REACH) break;
    if (r.sentence === at || !r.draft.date || r.draft.date.length < 7 || !WITHIN_TYPES.has(r.draft.type)) continue;
    if (r.draft.quote.text.toLowerCase().includes(stem)) return r.draft;
  }
  return null;
}

/** «завершилась», «закрылся», 'ended', 'closed': a gathering told as ended, which ran for some days before. */
const ENDED = { ru: rx(/(?:^|[^\p{L}])(?:заверши|законч|закры)(?:л|ла|ло|ли)(?:ся|сь)?(?![\p{L}])/iu), en: /\b(?:ended|closed|wrapped up|concluded)\b/iu };

/** True when the gathering `m` is told as ended («Вчера завершилась конференция», "The forum closed on Friday"). */
export function endedGathering(m: MilestoneDraft, lang: Language): boolean {
  return ENDED[lang].test(m.quote.text);
}
