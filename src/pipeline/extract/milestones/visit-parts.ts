/**
 * Parts of one visit told after it: who invited it («Визит состоялся по приглашению …», "at the
 * invitation of …"), what its programme still holds («В рамках визита … также посетит …», "During
 * the visit he will also tour …"), and a stop in a third country on the same trip («затем
 * отправится в Минск», "then travels on to Minsk"). Phrasings are data
 * (`knowledge/event-phrasing.json`: `visitInvitation`, `visitProgramme`, `onwardStop`).
 */
import type { Language } from '../../../schema/dataset';
import type { MilestoneDraft } from '../../types';
import raw from '../../knowledge/event-phrasing.json';
import { rx } from '../regex';

const both = (x: { ru: string; en: string }, flags = 'iu'): Record<Language, RegExp> => ({ ru: rx(x.ru, flags), en: rx(x.en, flags) });
const INVITATION = both(raw.visitInvitation);
const PROGRAMME = both(raw.visitProgramme);

/** True when visit clause `text`, with no date of its own, tells by its inviting host a visit already in `out`. */
export function retellsByInvitation(type: string, text: string, lang: Language, dated: boolean, out: readonly MilestoneDraft[]): boolean {
  return type === 'visit' && !dated && INVITATION[lang].test(text) && out.some((o) => o.type === 'visit');
}

/** True when `text` tells a further part of a visit's programme («в рамках визита … также …»). */
export function isProgrammePart(text: string, lang: Language): boolean {
  return PROGRAMME[lang].test(text);
}

/** The day of the last visit in `out` that has one; null when none has. */
export function visitDay(out: readonly MilestoneDraft[]): string | null {
  for (let i = out.length - 1; i >= 0; i--) {
    const o = out[i]!;
    if (o.type === 'visit' && o.date?.length === 10) return o.date;
  }
  return null;
}

