/**
 * «Президент … провёл телефонный разговор … Он поздравил коллегу с днём рождения»: a birthday greeted in the call or the
 * meeting the readout tells is said there, no event of its own beside it. Phrasing is data (`knowledge/event-lexicon.json`:
 * markers `birthdayGreeting`).
 */
import type { Language } from '../../../schema/dataset';
import type { MilestoneDraft } from '../../types';
import { MARKERS } from './lexicon';

/** The start of the evidence of a date taken from the event told just before (dating.ts): no date of the clause's own. */
const LINKED_EVIDENCE = 'Same occasion as';

/**
 * Drops from `out` (in place) an exchange of messages (trigger key `messages` in `keys`) that greets a birthday when a past
 * meeting or call of the same date (both undated alike) is told beside it, or, when the greeting has no date of its own
 * («Жапаров также поздравил Путина с днём рождения» after a sentence on another matter), anywhere in the article.
 * A greeting sent with no such conversation stays.
 */
export function withoutBirthdayGreetings(out: MilestoneDraft[], keys: ReadonlyMap<MilestoneDraft, string>, lang: Language): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i]!;
    if (keys.get(m) !== 'messages' || !MARKERS.birthdayGreeting[lang].test(m.quote.text)) continue;
    const linked = m.dateEvidence.startsWith(LINKED_EVIDENCE);
    if (out.some((o) => o !== m && o.type === 'meeting' && o.status === 'past' && (o.date === m.date || linked))) out.splice(i, 1);
  }
}
