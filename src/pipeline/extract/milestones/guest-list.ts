/**
 * The guest list of an occasion already told: «В беседе принял участие также министр …», «Подписи под договором
 * поставили президенты …», "Also present at the talks was …". Those who took part, or signed, are told of the
 * talks or the signing the article has just told on the same day, not an event of their own.
 */
import type { Language } from '../../../schema/dataset';
import type { MilestoneDraft } from '../../types';
import { rx } from '../regex';

/**
 * A sentence that opens with who else took part in the talks told («Во встрече со стороны Киргизии принял участие вице-премьер»,
 * «В переговорах также приняли участие …»; "Also present at the talks was …"), the guests after the verb (not «В тот день
 * министры приняли участие в открытии …», which names the occasion after it). A gathering's list of guests («В заседании
 * комиссии приняли участие министры пяти стран …») may be the only words telling that gathering, and stays.
 */
const TOOK_PART: Record<Language, RegExp> = {
  ru: rx(/^\s*(?:В|Во)\s+(?:беседе|переговорах|встрече|разговоре)(?:\s+[\p{L}«»-]+){0,6}?\s+(?:также\s+)?принял[аи]?\s+участие(?![\p{L}])(?!\s+(?:в|во|на)\s)/u),
  en: /^\s*Also\s+(?:attending|present\s+at|taking\s+part\s+in)\s+the\s+(?:talks|meeting|conversation)\s+(?:were|was)\b/u,
};

/** A sentence that opens with who put their signatures under a document told («Подписи под меморандумом поставили и …»). */
const SIGNATORIES: Record<Language, RegExp> = {
  ru: rx(/^\s*(?:Свои\s+)?[Пп]одписи\s+под\s+\p{L}+\s+(?:также\s+)?постави(?:л|ла|ли)(?![\p{L}])/u),
  en: /^\s*(?:Also\s+signing|The\s+other\s+signatories)\s+(?:were|was)\b/u,
};

/** True when milestone `m` is told by a guest list: a document's signatories, or (for no signing) who else took part in the talks. */
function isGuestList(m: MilestoneDraft, lang: Language): boolean {
  return SIGNATORIES[lang].test(m.quote.text) || (m.type !== 'agreement' && TOOK_PART[lang].test(m.quote.text));
}

/** The first words a guest list may open with: asked of the quote before its regex. */
const OPENERS: Record<Language, readonly string[]> = { ru: ['В', 'Во', 'Свои', 'Подписи'], en: ['Also', 'The'] };

/** Drops from `out`, in place, the guest lists (`isGuestList`) of an occasion of the same day told before them. */
export function dropGuestLists(out: MilestoneDraft[], lang: Language): void {
  for (let i = out.length - 1; i > 0; i--) {
    const m = out[i]!;
    if (!opensWithOne(m.quote.text, OPENERS[lang]) || !isGuestList(m, lang)) continue;
    if (out.some((o) => o !== m && o.quote.end <= m.quote.start && o.status !== 'planned' && o.date === m.date)) out.splice(i, 1);
  }
}

/** True when `text` opens with one of the words `openers` followed by a space. */
function opensWithOne(text: string, openers: readonly string[]): boolean {
  for (let i = 0; i < openers.length; i++) if (text.startsWith(openers[i]!) && text.charCodeAt(openers[i]!.length) === 0x20) return true;
  return false;
}
