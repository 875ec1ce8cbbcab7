/**
 * A document already told as signed, named again: «Это первый большой договор Москвы с …»,
 * «Документ, как подчеркнул президент, «закрепляет …»», "The treaty, he said, …", "It is the first
 * such treaty …". The clause judges or quotes on the signed document; it tells no second signing.
 */
import type { Language, PartialDate } from '../../../schema/dataset';
import type { DateMention, MilestoneDraft } from '../../types';
import { MARKERS, type TriggerHit } from './lexicon';
import { rx } from '../regex';

/** A clause opened by a document noun that points back (no title after it: «Документ, …», "The treaty, …", «Договор закрепляет …»). */
const BACK_NOUN: Record<Language, RegExp> = {
  ru: rx(/^(?:Этот |Этот же |Новый |Подписанный )?(?:документ|договор|соглашение|декларация|меморандум|протокол)(?=\s*,|\s+(?:не\s+)?(?:[\p{L}-]+(?:ет|ит|ют|ят|ал|ил|ла|ло|ли)(?:ся|сь)?)\s)/iu),
  en: rx(/^(?:The|This|That) (?:new )?(?:document|treaty|agreement|declaration|accord|memorandum|protocol)(?=\s*,|\s+(?:[\p{L}-]+s|is|was|did|does|had|has)\s)/u),
};

/**
 * The signed documents as the subject of what is said of them («…, что подписанные документы «наполнят …»», "the signed
 * agreements will …"): a past participle before the noun, with no finite signing verb in the clause.
 */
const SIGNED_SUBJECT: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])подписанн(?:ые|ый|ое|ая)\s+(?:[\p{L}-]+\s+)?(?:документ|договор|соглашени|меморандум|протокол|деклараци)\p{L}*/iu),
  en: rx(/\bthe signed (?:[\p{L}-]+ )?(?:documents?|agreements?|treaty|treaties|memorand\p{L}*|protocols?)\b/iu),
};
/** A finite signing verb: the clause tells a signing of its own. */
const SIGNING_VERB: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])подпис(?:ал|ала|али|ано|аны|ан|ывают|ывает|ут|ет)(?![\p{L}])/iu),
  en: rx(/\b(?:signed|sign|signs)\b(?! (?:documents?|agreements?|treaty|treaties|memorand\p{L}*|protocols?)\b)/iu),
};

/**
 * A clause opened by a document noun that points back, then its passive signing («Контракт был подписан в Бишкеке …»,
 * "The contract was signed in Bishkek in the presence of …"): the signing told just before, told again with its place
 * or witnesses.
 */
const BACK_SIGNED: Record<Language, RegExp> = {
  ru: rx(/^(?:Этот |Этот же |Новый )?(?:документ|договор|соглашение|декларация|меморандум|протокол|контракт)\s+был[аио]?\s+подписан[аоы]?(?![\p{L}])/iu),
  en: rx(/^(?:The|This|That) (?:new )?(?:document|treaty|agreement|declaration|accord|memorandum|protocol|contract|deal) (?:was|had been) signed\b/u),
};

/**
 * Documents pointed back to and judged by a dash or a copula («Эти договорённости — не просто подписи», «Наши соглашения — это …»,
 * 'These agreements are not just paper'): what the signings told before mean, no signing of their own.
 */
const JUDGED_DOCUMENTS: Record<Language, RegExp> = {
  ru: rx(/^(?:Эт(?:и|о|а|от)|Наш(?:и|а|е)?|Так(?:ие|ое|ая)) (?:[\p{L}-]+ )?(?:документ|соглашени|договор|меморандум)\p{L}* [—–] (?:это|не просто|не только)(?![\p{L}])/iu),
  en: rx(/^(?:These|This|Those|Our) (?:[\p{L}-]+ )?(?:documents?|agreements?|accords?|treat(?:y|ies)|memorand(?:um|a)) (?:is|are) not (?:just|merely|simply|only)(?![\p{L}])/u),
};

/** «в первый раз», "the first time": what follows is told as an event. */
const FIRST_TIME = rx(/\b(?:first|second|third) time\b|(?:^|\s)в (?:перв|втор|трет)\p{L}+ раз(?![\p{L}])/iu);

/** True when the undated document-noun clause `text` retells an agreement of its date already found. */
export function retellsDocument(
  hit: TriggerHit,
  text: string,
  mention: DateMention | null,
  date: PartialDate | null,
  out: readonly MilestoneDraft[],
  headlines: Set<MilestoneDraft>,
  lang: Language,
): boolean {
  if (hit.trigger.type !== 'agreement' || mention) return false;
  const t = text.trimStart();
  // «Меморандум не появился на пустом месте», "The memorandum did not come out of nowhere": a
  // document noun pointing back, with no signing verb, retells a signing of any day told before.
  const back = hit.trigger.key === 'document' && (BACK_NOUN[lang].test(t) || JUDGED_DOCUMENTS[lang].test(t));
  if (!out.some((o) => !headlines.has(o) && o.type === 'agreement' && (o.date === date || back) && o.status !== 'planned')) return false;
  // "It is the first such treaty Moscow has signed with …": judged, even with its verb.
  // "It was the first time the ministers signed a memorandum": a signing told, not judged.
  if (MARKERS.characterisation[lang].test(t)) return !FIRST_TIME.test(t);
  if (hit.trigger.key === 'signing' && SIGNED_SUBJECT[lang].test(t) && !SIGNING_VERB[lang].test(t)) return true;
  // Only a signing of a known day is told again: undated, «last September» or «on 28 March» may be another day.
  if (hit.trigger.key === 'signing' && date !== null && BACK_SIGNED[lang].test(t)) return true;
  return back;
}
