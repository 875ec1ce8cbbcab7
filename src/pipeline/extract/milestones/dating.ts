/**
 * Dating a clause's event and deciding its status. The date comes, in order, from a date
 * mentioned in the clause, an anniversary count, a deictic «сегодня» / "on Friday", the event
 * the clause continues («по итогам переговоров»), or — for the reporter's own past-tense
 * narrative — the article date. Never invented: without evidence the date is null.
 */
import type { Language, PartialDate, Status } from '../../../schema/dataset';
import type { ArticleDate, DateMention } from '../../types';
import { PAST_EVENT } from '../dates/lexicon';
import { weekdayDate, weekdayOf } from '../dates/loose-relative';
import { CueFamily } from './cue-family';
import { lowerCase, MARKERS } from './lexicon';
import { rx } from '../regex';
import { addDays } from '../dates/days';
import { continued } from './link-choice';
import { isYearAlone, startsToldTerm } from './deadline';
import eventLexicon from '../../knowledge/event-lexicon.json';

/** What the dating rules look at. */
export interface DatingInput {
  lang: Language;
  /** Clause text (plus the sentence before it when it continues a dated list). */
  text: string;
  mention: DateMention | null;
  /** Date implied by an anniversary count (fact year + N), if any. */
  anniversaryDate: PartialDate | null;
  speech: boolean;
  article: ArticleDate;
  /** The date of the timeline entry the clause is told in («2 июня. …», "9 May – …"), if any. */
  entry?: DateMention | null;
  /**
   * The milestones close enough before the clause to be continued, the likeliest first; asked
   * only for a clause with a link word and no date of its own (looking them up was ≈3% of readClause).
   */
  previous: () => LinkCandidate[];
}

/** An event a clause may continue («по итогам переговоров», "following the meeting"). */
export interface LinkCandidate {
  date: PartialDate | null;
  quote: string;
  status?: Status;
  /**
   * True when the clause's link names a gathering ("Following the meeting") and this is one: a
   * past clause then continues the latest gathering held, not a plan told in between.
   */
  gathering?: boolean;
}

/** A date, how it was found and the event's status. */
export interface Dating {
  date: PartialDate | null;
  dateEvidence: string;
  status: Status;
  /** True when the date is the article date because this is the reporter's narrative. */
  narrativeArticleDate: boolean;
  /** True for the reporter's narrative left undated because the article's own day is not known. */
  untold?: boolean;
  /** True when the date is that of the event told before, which a link word («Кроме того», "also") continues. */
  linked?: boolean;
}

const FULL = /^\d{4}-\d{2}-\d{2}$/;
/** A deictic that is only a part of the day («Вечером», «Во второй половине дня»), with no word for today. */
const PART_OF_DAY = /^(?:вечером|в(?:о)? (?:первой|второй) половине дня)$/iu;
/** «на 2019—2021 годы», "for 2024-2026": a year range that is a plan's duration. */
const PLAN_RANGE = rx(/(?:^|[^\p{L}])(?:на|for|until|до|по|through)\s+((?:19|20)\d\d\s*[-–—]\s*(?:19|20)?\d\d)(?!\d)/giu);
const RANGE_DASH = /\d\s*[-–—]\s*\d/;

/** The nouns of documents and plans (the lexicon's document titles and period nouns), as one regex alternation. */
const DOCUMENT_NOUNS = [...eventLexicon.documentTitles.nouns.flatMap((n) => [n.en, n.ru]), ...eventLexicon.documentTitles.periodNouns.ru, ...eventLexicon.documentTitles.periodNouns.en].join('|');

/**
 * "an agreement on trade and economic cooperation for 1992", «протокол о поставках на 1995 год», «график визитов на
 * 2003 год»: the year a document or plan (a noun of the lexicon's document titles or period nouns) is for, a few words after the noun with no punctuation between.
 */
const DOCUMENT_FOR_YEAR = rx(
  `(?<![\\p{L}])(?:${DOCUMENT_NOUNS})\\p{L}*(?:\\s+[\\p{L}-]+){0,8}?\\s+(?<for>for|на)\\s+(?:19|20)\\d\\d$`,
  'iu',
);
/**
 * «план по ремонту школ на третий квартал», "a schedule for the second quarter": the part of a year a document or plan is
 * for, its noun a few words before the mention (which begins with «на» / "for") with no punctuation between.
 */
const DOCUMENT_BEFORE_PART = rx(
  `(?<![\\p{L}])(?:${DOCUMENT_NOUNS})\\p{L}*(?:\\s+[\\p{L}-]+){0,8}?\\s+$`,
  'iu',
);
/** A mention naming a quarter or half of a year a document is for («на третий квартал», "for the second quarter"). */
const FOR_PART_OF_YEAR = /^(?:на|for)\s+(?:the\s+)?\p{L}+\s+(?:квартал|полугоди|quarter|half)/iu;
/** How far before a year its document noun and subject may start. */
const DOCUMENT_REACH = 90;
/** What stands right before a document's year. */
const FOR_BEFORE = /(?:for|на)\s+$/iu;
/** «на 1992 год»: the Russian preposition needs the word for year after the number. */
const YEAR_WORD = /^\s*(?:год|г\.)/u;

/**
 * True when the mention, a year alone (`isYearAlone`: the only mention a document can be for), is the year a
 * document is for (see `DOCUMENT_FOR_YEAR`), not the day it was made.
 */
function documentYear(text: string, m: { start: number; end: number }): boolean {
  if (!FOR_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))) return false;
  const year = m.start + 4;
  const found = DOCUMENT_FOR_YEAR.exec(text.slice(Math.max(0, m.start - DOCUMENT_REACH), year));
  if (!found) return false;
  return found.groups!.for!.toLowerCase() === 'for' || YEAR_WORD.test(text.slice(year, year + 6));
}

/** True when the mention lies in a year range giving a plan's duration, or is the year a document is for, or the start year of a term, not an event's date. */
export function inPlanRange(text: string, m: { start: number; end: number }): boolean {
  // A document's year and a term's start year are years alone; most mentions are not.
  if (isYearAlone(text, m.start, m.end) && (documentYear(text, m) || startsToldTerm(text, m))) return true;
  // A quarter or half a document is for is its term, as a year is (`documentYear`).
  if (FOR_PART_OF_YEAR.test(text.slice(m.start, m.end)) && DOCUMENT_BEFORE_PART.test(text.slice(Math.max(0, m.start - DOCUMENT_REACH), m.start))) return true;
  const from = Math.max(0, m.start - 14);
  const around = text.slice(from, m.end + 14);
  if (!RANGE_DASH.test(around)) return false;
  for (const r of around.matchAll(PLAN_RANGE)) {
    const a = from + r.index + r[0].indexOf(r[1]!);
    if (a <= m.start && m.end <= a + r[1]!.length + 8) return true;
  }
  return false;
}

/**
 * «Фестиваль ремёсел, который традиционно проходит 5 июня», "the crafts fair, which is usually held on June 5": a day an occasion is held
 * on by custom, right after an adverb of habit and a verb (a word or two), is no date of an event.
 */
const HABITUAL_DAY_BEFORE = {
  ru: rx(/(?<![\p{L}])(?:традиционно|обычно|как правило|ежегодно)\s+(?:[\p{L}-]+\s+){1,2}$/iu),
  en: rx(/(?<![\p{L}])(?:traditionally|usually|normally|customarily|annually)\s+(?:[\p{L}-]+\s+){1,3}$/iu),
};
/** How far before a day its adverb of habit may start. */
const HABITUAL_DAY_REACH = 40;

/** True when the day mention `m` is the day an occasion is held on by custom (`HABITUAL_DAY_BEFORE`), not an event's date. */
export function habitualDay(text: string, m: { start: number; date: string }, lang: Language): boolean {
  if (m.date.length !== 10) return false;
  const before = text.slice(Math.max(0, m.start - HABITUAL_DAY_REACH), m.start);
  // The cue test first: the regex is anchored at the end and would be tried at every position.
  const cue = lang === 'ru' ? before.includes('радиционно') || before.includes('бычно') || before.includes('правило') || before.includes('жегодно') : before.includes('radition') || before.includes('sually') || before.includes('ormally') || before.includes('ustomarily') || before.includes('nnually');
  return cue && HABITUAL_DAY_BEFORE[lang].test(before);
}

/** True when partial date `a` is strictly after `b` at their common precision. */
export function isAfter(a: PartialDate, b: PartialDate): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

/**
 * «по которому», "under which": what a document provides for, not when it was signed; «в которой
 * говорится», "that said": what it says («…декларацию, в которой говорится, что стабильность должна …»);
 * «принял министра, который заверил его, что …», "was received by X, who told him that …": what a host told.
 */
const CONTENT_CLAUSE = {
  ru: rx(/,?\s+(?:по котор\p{L}+|согласно котор\p{L}+|в соответствии с котор\p{L}+|котор\p{L}+ предусматрива\p{L}*|в котор\p{L}+ (?:говорится|отмечается|подчеркивается|подчёркивается)|котор\p{L}+ (?:заявил|сообщил|сказал|заверил)\p{L}*(?: (?:ему|ей|им|его|её|ее|их|гостю|гостям))?,? что)\s/iu),
  en: /,?\s+(?:under which|according to which|by which|which provides for|which will|(?:that|which) (?:said|says|stated|states)|who (?:told|assured|said to) (?:him|her|them|the \p{L}+) that|who said(?: that)?)\s/iu,
};
/**
 * A clause opening on the documents it follows, signed or reached («По подписанным в Кремле
 * соглашениям, Россия предоставит …», «Согласно соглашению, подписанному вчера, …», "Under the
 * agreements signed in the Kremlin, Russia will …"): what comes after the comma is their content.
 */
const UNDER_SIGNED = {
  ru: rx(/^(?:По|Согласно|В соответствии с)\s+(?:(?:подписанн|заключ[её]нн)\p{L}*\s+(?:[\p{L}-]+\s+){0,4}?(?:соглашени|договор|документ|меморандум)\p{L}*|(?:[\p{L}-]+\s+){0,2}?(?:соглашени|договор|документ|меморандум)\p{L}*,?\s+(?:подписанн|заключ[её]нн)\p{L}*)[^,;]*,/u),
  en: rx(/^(?:Under|According to|In line with)\s+(?:(?:the|an?|two|three|several)?\s*(?:[\p{L}-]+\s+){0,3}?(?:agreements?|accords?|deals?|treaty|treaties|documents?|memorand(?:um|a))\s+(?:signed|reached|concluded)[^,;]*|the\s+(?:(?:new|latter|last|former|same)\s+)?(?:agreements?|accords?|deals?)),/u),
};
/**
 * «По отдельному соглашению Москва спишет …», "Under a separate agreement Russia will write off …": a further document
 * of the occasion, introduced by its content; the opening names it, the rest is what it provides.
 */
const UNDER_SEPARATE = {
  ru: rx(/^(?:По|Согласно)\s+(?:отдельному|другому|ещё одному|еще одному|второму)\s+(?:соглашению|договору|документу|протоколу|меморандуму)(?=,|\s+\p{Lu})/u),
  en: rx(/^(?:Under|By)\s+(?:a\s+(?:separate|second|further)|another)\s+(?:agreement|deal|accord|protocol|treaty|memorandum)(?=,|\s+\p{Lu})/u),
};
/**
 * «Стороны подписали соглашение об урегулировании долга: Москва спишет …», "signed a deal: Russia will …": after a
 * signing told before a colon, the colon opens what the document provides.
 */
const SIGNED_THEN_COLON = { ru: rx(/(?:^|[^\p{L}])(?:подписал|подписан|заключил|заключ[её]н)\p{L}*\s[^:;]*$/iu), en: rx(/\b(?:signed|concluded)\s[^:;]*$/iu) };
/** The first letters of `UNDER_SIGNED` and `UNDER_SEPARATE` («По», «Согласно», «В соответствии»; "Under", "According", "In", "By"). */
const UNDER_OPENING = { ru: 'ПСВ', en: 'UAIB' };
/** The signing verbs of `SIGNED_THEN_COLON` in a clause's lower case before its first colon (at `colon`): without them the regex cannot match. */
function signingBefore(lower: string, colon: number, lang: Language): boolean {
  for (const w of SIGNING_WORDS[lang]) {
    const i = lower.indexOf(w);
    if (i >= 0 && i < colon) return true;
  }
  return false;
}
/** Lower-case parts of the verbs of `SIGNED_THEN_COLON`. */
const SIGNING_WORDS = { ru: ['подпис', 'заключ'], en: ['igned', 'concluded'] };
/** Words one of which every alternative of `CONTENT_CLAUSE` holds: without them in the lower case, the regex cannot match. */
const CONTENT_WORDS = { ru: ['котор'], en: ['which', 'that', 'who said'] };

/**
 * The clause without a content clause after a past verb: "signed an agreement under which Russia
 * will give a grant" was signed; the "will" is the agreement's. Before a plan («соглашение, по
 * которому …, будет подписано») the whole clause counts.
 */
export function withoutContent(text: string, lang: Language): string {
  // "Under the agreements signed in the Kremlin, Russia will extend …": the documents were signed; the rest is what they provide.
  // Both openings start with one of a few capitals: the other clauses are spared the two regexes.
  const under = UNDER_OPENING[lang].includes(text.charAt(0)) ? (UNDER_SIGNED[lang].exec(text) ?? UNDER_SEPARATE[lang].exec(text)) : null;
  if (under) return under[0];
  // The clause's lower case is at hand (the marker questions remember it): most clauses have no
  // relative pronoun, and the regex, starting with `\s+`, is tried at every space.
  const lower = lowerCase(text);
  const colon = text.indexOf(': ');
  if (colon > 0 && signingBefore(lower, colon, lang) && SIGNED_THEN_COLON[lang].test(text.slice(0, colon))) return text.slice(0, colon);
  if (!CONTENT_WORDS[lang].some((w) => lower.includes(w))) return text;
  const m = CONTENT_CLAUSE[lang].exec(text);
  if (!m || !PAST_EVENT[lang].test(text.slice(0, m.index))) return text;
  return text.slice(0, m.index);
}

/** Answers of the marker questions `statusOf` asks of one text, kept for its next call on the same text. */
export interface StatusMarkers {
  ongoing?: boolean;
  planned?: boolean;
  /** The text without its content clause (`withoutContent`), made once. */
  content?: string;
}

/**
 * Status from markers and from the date compared with the article date; `asked` keeps the
 * marker answers when the same text is asked about several dates.
 */
export function statusOf(text: string, lang: Language, date: PartialDate | null, article: PartialDate | null, asked: StatusMarkers = {}): Status {
  if ((asked.ongoing ??= MARKERS.ongoing[lang].test((asked.content ??= withoutContent(text, lang))))) return 'ongoing';
  const after = date && article ? isAfter(date, article) : null;
  const before = date && article ? isAfter(article, date) : null;
  if (after) return 'planned';
  // A date before the article's is past whatever the markers say: the planned markers (a long
  // list, ≈5% of readClause's samples) are asked only when the answer matters.
  if (!before && (asked.planned ??= plannedOutsideRelative((asked.content ??= withoutContent(text, lang)), lang))) return 'planned';
  return 'past';
}

/**
 * A past signing («подписаны документы», "the sides signed"), or an agreement reached («достигли договорённости о
 * поставках», "have reached an agreement on fuel supplies"): not "to be signed", "will be reached".
 */
const PAST_SIGNING = {
  ru: rx(/(?:^|[^\p{L}])(?:подписан[аоы]?|подписали|подписал[аи]?|заключен[аоы]?|заключили|достигли|достигнут[аоы]?)(?![\p{L}])/u),
  en: /(?<!\bbe )\b(?:signed|concluded|reached)\b/u,
};

/**
 * True when `text` holds a planned marker, except one that stands only in a relative clause after a past signing or an
 * agreement reached («Подписан контракт на мост через реку, который будет открыт …», "They signed a bridge contract, which
 * will be finished …", "We reached a deal on a credit, which will be repaid …"):
 * what is still to happen there is the document's content, not the signing.
 */
function plannedOutsideRelative(text: string, lang: Language): boolean {
  if (!MARKERS.planned[lang].test(text)) return false;
  if (!text.includes(',') || !PAST_SIGNING[lang].test(text)) return true;
  const bare = withoutRelativeClauses(text);
  return bare === text || !PAST_SIGNING[lang].test(bare) || MARKERS.planned[lang].test(bare);
}

/** The article date's evidence without its closing full stop (by hand: a `$`-anchored regex tries every position). */
const articleEvidence = (a: ArticleDate) => `Article date (${a.evidence.endsWith('.') ? a.evidence.slice(0, -1) : a.evidence})`;

/**
 * ", which earlier took him to Astana", «, который ранее посетил Астану»: a relative clause tells of something else; so does
 * one opened by a preposition ("under which", «, согласно которой поставщики поставят …», «, по которому»).
 */
const RELATIVE_CLAUSE = rx(/,\s*(?:(?:under|by|in|with|according\s+to|согласно|в\s+соответствии\s+с|по|в|на|при)\s+)?(?:which|who|котор\p{L}*)(?![\p{L}])[^,;]*/giu);

/** "on his first trip since taking office last month": a "since" phrase dates a starting point, not the clause's event. */
const SINCE_PHRASE = /(?:^|\s)since\s[^,;]*/giu;

/**
 * The clause without its relative clauses and "since" phrases: a background word there ("which
 * earlier …", "since taking office last month") does not make the event recalled.
 */
function withoutRelativeClauses(text: string): string {
  const bare = text.includes(',') ? text.replace(RELATIVE_CLAUSE, '') : text;
  return bare.includes('since') ? bare.replace(SINCE_PHRASE, '') : bare;
}

/**
 * "a protocol on restructuring arrears on previously issued credits", «по ранее выданным займам»: «ранее» /
 * "previously", "earlier" before a participle that qualifies a noun (after a preposition or a determiner in English; a
 * participle's adjective ending in Russian) describes that noun, not the clause's event as recalled.
 */
const BACKGROUND_ATTRIBUTE = {
  ru: rx(/(?<![\p{L}])ранее\s+\p{L}+(?:нн|вш|т)(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)(?![\p{L}])/giu),
  en: rx(/(?<![\p{L}])(?:on|of|for|under|with|to|from|by|the|its|their|all|these|those)\s+(?:previously|earlier)\s+[a-z]+(?:ed|en|wn)\s+(?=[a-z])/giu),
};
/** The cue words of `BACKGROUND_ATTRIBUTE`: without one the regex cannot match. */
const ATTRIBUTE_CUES = { ru: ['ранее', 'Ранее'], en: ['previously', 'earlier'] };

/** The clause without its background attributes (`BACKGROUND_ATTRIBUTE`). */
function withoutBackgroundAttributes(text: string, lang: Language): string {
  const cues = ATTRIBUTE_CUES[lang];
  if (!text.includes(cues[0]!) && !text.includes(cues[1]!)) return text;
  return text.replace(BACKGROUND_ATTRIBUTE[lang], ' ');
}

/**
 * The day a weekday phrase («в пятницу», "on Friday") names, seen from the article date `iso`: the
 * nearest such day on or before it, or on or after it for a plan; null when the phrase names no weekday.
 */
export function deicticDay(iso: string, phrase: string, forward: boolean): string | null {
  const w = weekdayOf(phrase);
  return w < 0 ? null : weekdayDate(iso, w, forward);
}

/**
 * The markers `dateClause` asks of a clause without a date of its own, as one family: `ongoing` and
 * `planned` are asked of the clause or of its start (`withoutContent`), which holds no cue the
 * clause lacks (the cues are Russian and English: no lower case there depends on what follows).
 */
const DATING_MARKERS = {
  ru: new CueFamily([MARKERS.nearFuture.ru, MARKERS.deictic.ru, MARKERS.ongoing.ru, MARKERS.planned.ru, MARKERS.link.ru]),
  en: new CueFamily([MARKERS.nearFuture.en, MARKERS.deictic.en, MARKERS.ongoing.en, MARKERS.planned.en, MARKERS.link.en]),
};

/** The lower-case stems of `FORTHCOMING`, tested before it. */
const FORTHCOMING_CUE = { ru: 'предстоящ', en: 'coming' };
/** «предстоящий саммит», "the forthcoming summit", "upcoming talks": a gathering told as still to come. */
const FORTHCOMING = { ru: rx(/(?<![\p{L}])предстоящ\p{L}*/iu), en: rx(/(?<![\p{L}])(?:forthcoming|upcoming)(?![\p{L}])/iu) };

/**
 * "two days later", "a week later", "Days later": a span after the step told before. Its count in days (weeks times seven),
 * null when it is not told ("days later", "a few days later"). English only: «через два дня» is a date mention of its own.
 */
const SPAN_LATER = rx(/(?<![\p{L}])(?:(a|an|one|two|three|four|five|six|seven|ten|several|a few|\d{1,2})\s+)?(days?|weeks?)\s+later(?![\p{L}])/iu);
const SPAN_COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 };
/** The span `SPAN_LATER` finds in `x`'s clause: its days (null when untold), whether it counts weeks, and its words. */
function spanLater(x: DatingInput): { days: number | null; week: boolean; text: string } | null {
  if (x.lang !== 'en' || !lowerCase(x.text).includes(' later')) return null;
  const m = SPAN_LATER.exec(x.text);
  if (!m) return null;
  const word = m[1]?.toLowerCase();
  const week = m[2]!.toLowerCase().startsWith('week');
  const n = word === undefined ? null : /\d/.test(word) ? Number(word) : SPAN_COUNT[word] ?? null;
  // "Weeks later" or "days later" with no count, or an uncounted "several": a time after the step, in its month.
  return { days: n === null ? null : week ? n * 7 : n, week, text: m[0] };
}

/** "later" on its own (not "later that day", "later this month"): some time after the step told before. */
const LATER: Partial<Record<Language, RegExp>> = { en: /\blater\b(?!\s+(?:that|this|the same|in the|on|today|tonight)\b)/iu };

/**
 * "We have reached an agreement", "we have just signed", "we've agreed": a first-person perfect of a signing or an agreement
 * (not "we have been discussing", nor a pluperfect). English only: a Russian past tense does not tell a step just done.
 */
const FIRST_PERSON_PERFECT: Partial<Record<Language, RegExp>> = {
  en: /\bwe(?: have|'ve|’ve) (?:just |now |today |already )?(?:reached|signed|agreed|concluded)\b/iu,
};

/** The lower-case openings of the `pairAgain` markers: a clause opening with none is not asked them. */
const PAIR_AGAIN_OPENING = { ru: ['оба ', 'обе ', 'стороны '], en: ['the two '] };
/** The first letters of `PAIR_AGAIN_OPENING`, tested before the openings themselves. */
const PAIR_AGAIN_FIRST = { ru: 'осп', en: 't' };
/**
 * «По словам посольства, »: an attribution opening the clause before its subject. (Not "According to the readout, the two
 * leaders signed …": an English readout so attributed retells the visit's outcome, of one of its days.)
 */
const ATTRIBUTION_OPENING: Partial<Record<Language, string>> = { ru: 'по словам ' };
/**
 * The lower case of `x`'s clause from its subject when it opens with one of the `pairAgain` openings, maybe after an
 * attribution («По словам посольства, стороны обсудили …»); null otherwise (its lower case, remembered, is asked).
 */
function pairOpening(x: DatingInput): string | null {
  let lower = lowerCase(x.text);
  const first = PAIR_AGAIN_FIRST[x.lang];
  if (!first.includes(lower.charAt(0))) return null;
  const attribution = ATTRIBUTION_OPENING[x.lang];
  if (attribution && lower.startsWith(attribution)) {
    const comma = lower.indexOf(', ');
    if (comma < 0) return null;
    lower = lower.slice(comma + 2);
  }
  const openings = PAIR_AGAIN_OPENING[x.lang];
  for (let i = 0; i < openings.length; i++) if (lower.startsWith(openings[i]!)) return lower;
  return null;
}
/** `PAIR_AGAIN`, built on first use. */
let pairAgainRes: Record<Language, RegExp> | null = null;
/**
 * The `pairAgain` markers of the event lexicon, asked of a clause's lower case: written in lower case, they need no `i` flag
 * (a pattern compiled without case folding).
 */
const PAIR_AGAIN = (): Record<Language, RegExp> =>
  (pairAgainRes ??= { ru: rx(eventLexicon.markers.pairAgain.ru.join('|'), 'u'), en: rx(eventLexicon.markers.pairAgain.en.join('|'), 'u') });

/** The lower-case words every `recently` marker holds: without one the marker is not asked. */
const RECENTLY_CUES = { ru: 'недавно', en: 'recently' };
/** True when `x`'s clause holds the cue of a `recently` marker (a cheap test before the regex). */
function hasRecently(x: DatingInput): boolean {
  return lowerCase(x.text).includes(RECENTLY_CUES[x.lang]);
}

/** Dates one clause's event. */
export function dateClause(x: DatingInput): Dating {
  const a = x.article;
  // The marker answers, kept for the next status asked of the same text. `status` and `done` are plain functions with it
  // passed in: two closures made for every clause cost more than the calls.
  const asked: StatusMarkers = {};

  if (x.mention) {
    const how = x.mention.anchor ? `, counted from «${x.mention.anchor}»` : x.mention.relative ? ', resolved against the article date' : '';
    const yearFrom = !x.mention.relative && !/\d{4}/.test(x.mention.text) ? ', year from the article date' : '';
    return done(x, asked, x.mention.date, `«${x.mention.text}» in the sentence${how}${yearFrom}`);
  }
  if (x.anniversaryDate) return done(x, asked, x.anniversaryDate, 'Anniversary count added to the year of the event it celebrates');
  // The markers asked below in one scan: a clause holding none of their cues is asked none of them.
  const marked = DATING_MARKERS[x.lang].mayMatch(lowerCase(x.text));
  if (!marked) asked.ongoing = asked.planned = false;
  // «в ближайшее время», "in the near future": a plan whose date is not fixed yet — neither the
  // article's day nor the date of the event told before it.
  // "soon" also tells past narrative ("he soon left"): it counts only in a clause that speaks of a plan.
  const soon = marked ? MARKERS.nearFuture[x.lang].all(x.text)[0] : undefined;
  if (soon && status(x, asked, null) === 'planned') return { date: null, dateEvidence: `Planned «${soon.text}»; no date is told`, status: 'planned', narrativeArticleDate: false };
  const deictic = marked ? MARKERS.deictic[x.lang].all(x.text)[0] : undefined;
  // «Вечером Путин встретился со студентами» after «Вчера … открыли авиабазу»: a bare part of the day
  // («вечером», without «сегодня») told as done is the evening of the occasion told, which the
  // narrative dates; told as a plan («Вечером состоится приём») it is this evening.
  if (deictic && a.date && !(PART_OF_DAY.test(deictic.text) && status(x, asked, null) !== 'planned')) {
    // "on Friday" in a Wednesday's article is the Friday before it (after it for a plan); on its own weekday, the day itself.
    const day = FULL.test(a.date) ? deicticDay(a.date, deictic.text, status(x, asked, null) === 'planned') : null;
    if (day && day !== a.date) return done(x, asked, day, `«${deictic.text}» is the nearest such day ${day < a.date ? 'before' : 'after'} the article date; ${articleEvidence(a)}`);
    return done(x, asked, a.date, `«${deictic.text}» refers to the article's own date; ${articleEvidence(a)}`);
  }
  const planned = status(x, asked, null) === 'planned';
  // «Кроме того, Россия выделит…»: a future step is not dated by a past event it follows, nor
  // "Following the meeting, the ministers signed…" by a plan told in between.
  // "The mayors also looked ahead to the upcoming fair in Karakol", «мэры коснулись и предстоящей ярмарки в Караколе»: a
  // gathering told only as coming, without its date, is not the occasion told before it.
  const previous = !x.speech && marked && MARKERS.link[x.lang].test(x.text) && !(planned && lowerCase(x.text).includes(FORTHCOMING_CUE[x.lang]) && FORTHCOMING[x.lang].test(x.text)) ? continued(x.previous(), planned, x.text, x.lang, a.date) : undefined;
  // "In 2012, Russia wrote off the debt, and Moscow later agreed to …": "later" than a step of an earlier year tells a
  // time after it that the text does not give, not the same occasion.
  if (previous && previous.date?.length === 4 && a.date && previous.date < a.date.slice(0, 4) && !planned && LATER[x.lang]?.test(x.text)) {
    return { date: null, dateEvidence: `Later than «${previous.quote.slice(0, 60)}» (${previous.date}); its own date is not told`, status: 'past', narrativeArticleDate: false };
  }
  // "Two days later, the sides signed …", "Days later, parliament ratified …": a span counted from a step of a known day.
  const span = previous?.date?.length === 10 && !planned ? spanLater(x) : null;
  if (span) {
    const d = span.days === null ? previous!.date!.slice(0, 7) : span.week ? addDays(previous!.date!, span.days).slice(0, 7) : addDays(previous!.date!, span.days);
    const linked = done(x, asked, d, `«${span.text}» counted from «${previous!.quote.slice(0, 60)}» (${previous!.date})`);
    linked.linked = true;
    return linked;
  }
  if (previous) {
    const d = previous.date;
    const linked = done(x, asked, d, d ? `Same occasion as «${previous.quote.slice(0, 60)}» (${d})` : 'Same occasion as the previous event, which has no date');
    linked.linked = true;
    return linked;
  }
  // "The two leaders discussed …", «Оба президента подписали …»: the pair of the event just told goes on with it, unless that
  // event is dated more coarsely than the article's own day (a trip's month told before a day's step of it).
  const pair = !previous && !planned && !x.speech ? pairOpening(x) : null;
  const again = pair !== null && PAIR_AGAIN()[x.lang].test(pair) ? continued(x.previous(), false, x.text, x.lang, a.date) : undefined;
  if (again?.date && !(a.date && a.date.length > again.date.length && a.date.startsWith(again.date))) {
    const linked = done(x, asked, again.date, `The pair of «${again.quote.slice(0, 60)}» again (${again.date})`);
    linked.linked = true;
    return linked;
  }
  // «совсем недавно, на саммите в Душанбе, лидеры договорились …», "We saw each other quite recently in Astana": a past event
  // of the article's year, not of its day (nor undated, as a recalled one is).
  if (!planned && a.date && hasRecently(x) && MARKERS.recently[x.lang].test(x.text)) return done(x, asked, a.date.slice(0, 4), `«recently» with no date of its own: the article's year (${a.date.slice(0, 4)})`);
  // '"We have reached an agreement on fuel supplies," the minister said': the speaker's own step, just done, is of
  // the day the words were said (the article's), not a step recalled.
  if (x.speech && a.date && FULL.test(a.date) && FIRST_PERSON_PERFECT[x.lang] && lowerCase(x.text).includes('we') && FIRST_PERSON_PERFECT[x.lang]!.test(x.text)) {
    return done(x, asked, a.date, `A step just done in the speaker's words; ${articleEvidence(a)}`);
  }
  if (x.speech) return done(x, asked, null, 'Referred to in direct speech without a date');
  if (planned) return done(x, asked, null, 'Planned event; no date in the sentence');
  // «2 июня. В Москве завершились консультации …», "10 October – CIS summit …; the leaders met": a timeline entry's day.
  if (x.entry) return done(x, asked, x.entry.date, `Told in the timeline entry «${x.entry.text}»`);
  if (MARKERS.background[x.lang].test(withoutBackgroundAttributes(withoutRelativeClauses(x.text), x.lang))) return done(x, asked, null, 'Earlier event recalled without a date');
  if (a.date && FULL.test(a.date)) return done(x, asked, a.date, articleEvidence(a), true);
  // Built field by field, not spread from `done`'s object: the spread was ≈3% of readClause's samples.
  const evidence = a.date ? `No date in the sentence and the article date is only ${a.date}` : 'No date in the sentence or the article';
  return { date: null, dateEvidence: evidence, status: status(x, asked, null), narrativeArticleDate: false, untold: true };
}

/** The status of `x`'s event dated `date` (`statusOf`, with the marker answers kept in `asked`). */
function status(x: DatingInput, asked: StatusMarkers, date: PartialDate | null): Status {
  return statusOf(x.text, x.lang, date, x.article.date, asked);
}

/** A dating of `x`'s event: `date`, how it was found, and the status that date gives. */
function done(x: DatingInput, asked: StatusMarkers, date: PartialDate | null, dateEvidence: string, narrativeArticleDate = false): Dating {
  return { date, dateEvidence, status: status(x, asked, date), narrativeArticleDate };
}
