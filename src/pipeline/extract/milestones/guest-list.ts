/**
 * The guest list of an occasion already told: «В заседании приняли участие также президенты …», «Подписи под договором
 * поставили президенты …», "Also attending were the leaders of …". Those who took part, or signed, are told of the
 * gathering or the signing the article has just told on the same day, not an event of their own.
 */
import type { Language } from '../../../schema/dataset';
import type { MilestoneDraft } from '../../types';
import { rx } from '../regex';

/**
 * A sentence that opens with who took part in an occasion named in the prepositional case («В заседании … приняли участие»,
 * «В беседе с российской стороны принял участие»), or with who put their signatures under a document («Подписи под
 * договором также поставили»); in English with "Also attending/present/taking part were".
 */
const GUEST_LIST: Record<Language, RegExp> = {
  ru: rx(/^\s*(?:(?:В|Во)\s+(?:[\p{L}«»-]+\s+){1,8}?(?:также\s+)?принял[аи]?\s+участие|(?:Свои\s+)?[Пп]одписи\s+под\s+\p{L}+\s+(?:также\s+)?постави(?:л|ла|ли))(?![\p{L}])/u),
  en: /^\s*Also\s+(?:attending|present|taking\s+part)\s+(?:were|was)\b/u,
};

/** The first words a guest list may open with: asked of the quote before its regex. */
const OPENERS: Record<Language, readonly string[]> = { ru: ['В', 'Во', 'Свои', 'Подписи'], en: ['Also'] };

/** The milestones of `out` without guest lists (`GUEST_LIST`) of an occasion of the same day told before them. */
export function withoutGuestLists(out: MilestoneDraft[], lang: Language): MilestoneDraft[] {
  const openers = OPENERS[lang];
  let any = false;
  for (let i = 0; i < out.length && !any; i++) any = opensWithOne(out[i]!.quote.text, openers);
  if (!any) return out;
  return out.filter(
    (m) =>
      !opensWithOne(m.quote.text, openers) ||
      !GUEST_LIST[lang].test(m.quote.text) ||
      !out.some((o) => o !== m && o.quote.end <= m.quote.start && o.status !== 'planned' && o.date === m.date),
  );
}

/** True when `text` opens with one of the words `openers` followed by a space. */
function opensWithOne(text: string, openers: readonly string[]): boolean {
  for (let i = 0; i < openers.length; i++) if (text.startsWith(openers[i]!) && text.charCodeAt(openers[i]!.length) === 0x20) return true;
  return false;
}
