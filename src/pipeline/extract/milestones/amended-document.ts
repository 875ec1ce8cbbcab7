/**
 * «Протокол о внесении изменений в Соглашение … от 20 сентября 2012 года», "Protocol amending the
 * Agreement on … of May 12, 2015": a document that amends another names two signings. The date after
 * «от» / "of" is the amended document's, not the protocol's; the protocol is dated by the narrative
 * (the list of documents signed, the article's day) and the amended document is a milestone of its own.
 */
import type { Language } from '../../../schema/dataset';
import type { DateMention, MilestoneDraft } from '../../types';
import { rx } from '../regex';

/** A protocol's noun and the amending words right before the amended document's noun. */
const AMENDING_BEFORE: Record<Language, RegExp> = {
  ru: rx(/(?<![\p{L}])(?:протокол|соглашени|договор)\p{L}*\s+о\s+внесении\s+изменени\p{L}*(?:\s+и\s+дополнени\p{L}*)?\s+в\s+$/iu),
  en: rx(/(?<![\p{L}])(?:protocol|agreement|treaty)\s+(?:amending|to\s+amend|(?:on\s+)?amendments?\s+to)\s+the\s+$/iu),
};

/** «от» / "of" right before the date: the date is in the document's name. */
const OF_BEFORE: Record<Language, RegExp> = { ru: /\sот\s+$/iu, en: /\sof\s+$/iu };

/**
 * True when `hit` is a document named as amended by a protocol told right before it («Протокол о
 * внесении изменений в | Соглашение») and `mention` is the date in its name (nothing but that name
 * between them).
 */
export function isAmendedDocument(text: string, mention: DateMention, hit: { start: number; end: number }, from: number, lang: Language): boolean {
  if (mention.relative || mention.start <= hit.end || mention.start - hit.end > 320) return false;
  const between = text.slice(hit.end, mention.start);
  if (/[.;\n]/u.test(between) || !OF_BEFORE[lang].test(between)) return false;
  return AMENDING_BEFORE[lang].test(text.slice(Math.max(from, hit.start - 80), hit.start));
}

/** The amended document as a milestone of its own: signed on the date in its name, quoted from its noun to that date. */
export function amendedDocumentDraft(protocol: MilestoneDraft, text: string, nounAt: number, mention: DateMention): MilestoneDraft {
  // Every field in the drafts' one order, not `{ ...protocol, … }`: V8 gives a spread copy a hidden class of its own.
  return {
    date: mention.date,
    dateEvidence: `the date in the amended document's name «${text.slice(mention.start, mention.end)}»`,
    type: protocol.type,
    status: 'past',
    titleEn: 'The amended document signed',
    titleRu: 'Подписание изменяемого документа',
    peopleIds: [],
    place: null,
    bilateral: protocol.bilateral,
    derived: 'named by the protocol that amends it',
    quote: { start: nounAt, end: mention.end, text: text.slice(nounAt, mention.end) },
    documentAct: protocol.documentAct,
  };
}

/** Words that act on an earlier document (lower case): where none stands, `ACTED_ON` is not run. */
const ACT_CUES = ['amend', 'terminat', 'denounc', 'scrap', 'revis'];
/**
 * "a protocol amending the 1997 agreement on road transport", "signed a law terminating the 2012 agreements",
 * "It amends the 2012 base agreement": an act on a document named by the year written before its noun.
 */
const ACTED_ON = rx(
  /(?<![\p{L}])(?:amend|terminat|denounc|scrap|revis)\p{L}*\s+(the\s+((?:19|20)\d{2})\s+(?:[\p{L}-]+\s+){0,3}?(?:agreements?|treat(?:y|ies)|accords?|protocols?|memorand(?:um|a)|declarations?|conventions?))(?![\p{L}])/iu,
);

/**
 * The earlier document an English agreement clause acts on ("amending the 1997 agreement"), signed in the year
 * written before its noun, as a milestone of its own; null when the clause names none or `act` is of that year.
 * `lower` is the clause's lower case, `from` its offset in `text`.
 */
export function actedOnDocumentDraft(act: MilestoneDraft, text: string, lower: string, from: number): MilestoneDraft | null {
  if (!ACT_CUES.some((c) => lower.includes(c))) return null;
  const m = ACTED_ON.exec(text.slice(from, from + lower.length));
  if (!m || act.date?.startsWith(m[2]!)) return null;
  const start = from + m.index + m[0].length - m[1]!.length;
  return {
    date: m[2]!,
    dateEvidence: `the year written before the document acted on «${m[1]}»`,
    type: act.type,
    status: 'past',
    titleEn: 'The earlier document signed',
    titleRu: 'Подписание прежнего документа',
    peopleIds: [],
    place: null,
    bilateral: act.bilateral,
    derived: 'named by the act that amends or ends it',
    quote: { start, end: start + m[1]!.length, text: m[1]! },
    documentAct: act.documentAct,
  };
}
