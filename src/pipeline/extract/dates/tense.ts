/**
 * The tense that governs a date inside a sentence. A sentence may tell the past and the future at
 * once ("Officials say the base will host the force the treaty states agreed to create when their
 * leaders met in Moscow on May 14"): the reporter's verb nearest before the date («met») is the
 * one that dates it, not a "will" of another clause. Quoted words («…», "…") are someone else's.
 */
import type { Language } from '../../../schema/dataset';
import { FUTURE, PAST_EVENT, TELLING } from './lexicon';
import { PLANNED, QUOTED } from './loose-relative';
import { rx } from '../regex';

export type Tense = 'past' | 'future';

/**
 * "the visit in September had given a new impetus": a pluperfect tells the past; not "had promised to send … in October",
 * whose telling verb dates the telling only (the words of telling are `TELLING`'s).
 */
const PLUPERFECT_EN = rx(/(?<![\p{L}])had\s+(?:(?:already|also|just)\s+)?(?!(?:said|told|stated|promised|pledged|recalled|reminded|announced|planned|hoped|expected|intended|agreed\s+to)(?![\p{L}]))\p{Ll}{3,}(?![\p{L}])/gu);

const global = (re: RegExp) => rx(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
/** Built on first use: loose-relative.ts asks for tenses too, and this module reads its lists. */
/** `edge`: a word list in the lookbehind form (`(?<![\\p{L}])…`), scanned by `wordStarts`. */
let markerRes: Record<Language, { re: RegExp; tense: Tense; edge: boolean }[]> | null = null;
const MARKERS = (): Record<Language, { re: RegExp; tense: Tense; edge: boolean }[]> =>
  (markerRes ??= {
    ru: [
      { re: global(FUTURE.ru), tense: 'future', edge: true },
      { re: global(PLANNED.ru), tense: 'future', edge: false },
      { re: global(PAST_EVENT.ru), tense: 'past', edge: true },
    ],
    en: [
      { re: global(FUTURE.en), tense: 'future', edge: true },
      { re: global(PLANNED.en), tense: 'future', edge: false },
      { re: global(PAST_EVENT.en), tense: 'past', edge: true },
      { re: PLUPERFECT_EN, tense: 'past', edge: true },
    ],
  });

/**
 * Where the matching form `(?:^|[^\\p{L}])word` opens its match when the lookbehind form
 * `(?<![\\p{L}])word` finds the word at `at`: at the character before it (two code units for an
 * astral character, which `[^\\p{L}]` under `u` takes whole), or at `at` at the text's start.
 */
export function edgeStart(text: string, at: number): number {
  if (at === 0) return 0;
  const low = text.charCodeAt(at - 1);
  if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return at - 2;
  }
  return at - 1;
}

/**
 * The matches of the matching form `(?:^|[^\\p{L}])word` (`g` flag) as [start, end] pairs, found with
 * the lookbehind form `re` (`g` flag), which V8 tries only where a listed word can start instead of
 * at every character that is no letter. After a match ending at `end` the matching form resumes
 * there and needs a character before its next word, so the next word starts at `end + 1` or later.
 */
export function wordStarts(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    out.push([edgeStart(text, m.index), end]);
    re.lastIndex = end + 1;
  }
  return out;
}
/** English markers are whole words ("met", not "methods"; "was", not "Washington"). */
const LETTER = rx(/\p{L}/u);
/** "will be held", "to be signed": a participle after "be" is no past. */
const AFTER_BE = /(?:^|\s)(?:be|been|being)\s+$/iu;
const HYPHEN = 0x2d;
/** How far before a date its verb may stand. */
const REACH = 120;

interface Marker {
  start: number;
  end: number;
  tense: Tense;
}

/** Tense markers of `told` (quotes already blanked), telling verbs and "be" + participle left out. */
function markers(told: string, lang: Language): Marker[] {
  const out: Marker[] = [];
  const list = MARKERS()[lang];
  for (let i = 0; i < list.length; i++) {
    const { re, tense, edge } = list[i]!;
    const found = edge ? wordStarts(re, told) : matches(re, told);
    for (let k = 0; k < found.length; k++) {
      const start = found[k]![0];
      const end = found[k]![1];
      if (lang === 'en' && end < told.length && LETTER.test(told[end]!)) continue;
      // Verbs of telling («сообщил, что в октябре пройдёт…», "said that in October …") date the telling only.
      if (tense === 'past' && (TELLING[lang].test(told.slice(start, end)) || (lang === 'en' && AFTER_BE.test(told.slice(Math.max(0, start - 8), start + 1))))) continue;
      // "the so-called Shanghai Five", "a Moscow-based fund": a participle after a hyphen is part of an adjective, no past.
      if (tense === 'past' && lang === 'en' && told.charCodeAt(LETTER.test(told[start]!) ? start - 1 : start) === HYPHEN) continue;
      out.push({ start, end, tense });
    }
  }
  return out;
}

/** The matches of `re` (`g` flag) as [start, end] pairs. */
function matches(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
    if (!m[0].length) re.lastIndex++;
  }
  return out;
}

/** The sentence with quotes blanked (same length), except a quote that holds position `at`: its words are the date's own. */
export function toldAround(sentence: string, at: number): string {
  return sentence.replace(QUOTED, (q, offset: number) => (at > offset && at < offset + q.length ? q : ' '.repeat(q.length)));
}

/**
 * The tense of the marker that ends nearest before `at` within `REACH` characters (a longer marker
 * wins over a shorter one at the same start: "agreed to meet" over "agreed"); without one, of the
 * marker that starts nearest after it ("On May 14 the leaders met"); null when there is none.
 */
export function tenseBefore(sentence: string, at: number, lang: Language): Tense | null {
  const found = markers(toldAround(sentence, at), lang);
  const [from, to] = clauseAround(sentence, at);
  let before: Marker | null = null;
  let after: Marker | null = null;
  for (const m of found) {
    if (m.start < from || m.end > to) continue;
    if (m.end <= at && m.end >= at - REACH && (!before || m.end > before.end)) before = m;
    if (m.start >= at && m.start <= at + REACH && (!after || m.start < after.start)) after = m;
  }
  // «напомнил о декларации, подписанной в 2000 году, и сообщил, что в апреле ожидается визит»: the told content opens
  // after «сообщил, что», and a verb before the telling does not date it.
  if (before && CONTENT_OPENS[lang].test(sentence.slice(before.end, at)) && TELLING[lang].test(sentence.slice(before.end, at))) before = null;
  if (before) return before.tense;
  // "Peskov said in December that …", «заявил в декабре»: a date right after a verb of telling dates the telling, told as past.
  if (toldRightBefore(sentence, at, lang, from)) return 'past';
  // «В понедельник премьер заявил, что кредит будет выделен …»: a date before a verb of telling
  // dates the telling, whatever tense the told words have; not a date inside a quote («"…в июне…", — сказал он»),
  // which is the speaker's, the clause ending with the quote.
  const window = sentence.slice(at, Math.min(to, at + REACH));
  const told = TELLING[lang].exec(window);
  if (told && (!after || at + edgeStart(window, told.index) < after.start)) return 'past';
  return after?.tense ?? null;
}


/** «, что», "that": the content of a telling opens. */
const CONTENT_OPENS = { ru: /,\s*что\s/u, en: /\sthat\s/u };

/** An infinitive: "to prepare", «подготовить», «провести». */
const INFINITIVE = {
  en: rx(/(?:^|\s)to\s+\p{Ll}{3,}(?![\p{L}])/u),
  ru: rx(/(?<![\p{L}])\p{Ll}{2,}(?:ть|ти)(?:ся)?(?![\p{L}])/u),
};

/**
 * True when an infinitive stands between `at` and the tense marker nearest before it (or the clause's
 * start): "The sides agreed to prepare an agreement by February", «договорились подготовить
 * соглашение к февралю». The date is the infinitive's, a step still to come when it was told.
 */
export function infinitiveBefore(sentence: string, at: number, lang: Language): boolean {
  const [from] = clauseAround(sentence, at);
  let last = from;
  for (const m of markers(toldAround(sentence, at), lang)) if (m.start >= from && m.end <= at && m.end > last) last = m.end;
  return INFINITIVE[lang].test(sentence.slice(Math.max(last, at - REACH), at));
}

/**
 * A verb or noun of agreeing, deciding or proposing: "agreed", "decided", "proposed", "suggested", «договорились»,
 * «условились», «решили», «предложил», «с предложением». What follows it as an infinitive is a step still to come.
 */
const AGREED_VERB = {
  en: rx(/(?<![\p{L}])(?:agreed|decided|proposed|suggested|proposal)(?![\p{L}])/iu),
  ru: rx(/(?<![\p{L}])(?:договорил|условил|решил|предлож|предлага)\p{L}*/iu),
};
const AGREED_CUES = {
  en: ['agreed', 'decided', 'propos', 'suggested'],
  ru: ['договорил', 'условил', 'решил', 'предлож', 'предлага'],
};

/**
 * True when a verb of agreeing, deciding or proposing stands within reach before `at`: "agreed to … hold its first meeting in
 * December", «договорились провести первое заседание в декабре», «направил письмо с предложением провести в ноябре
 * инспекцию», "proposed to hold talks in November". With an infinitive after it (`infinitiveBefore`) the month is the
 * agreed or proposed step's, still to come when it was agreed or proposed.
 */
export function agreedBefore(sentence: string, at: number, lang: Language): boolean {
  const window = sentence.slice(Math.max(0, at - REACH), at);
  return AGREED_CUES[lang].some((c) => window.includes(c)) && AGREED_VERB[lang].test(window);
}

/** "agreed on a joint inspection of exporters in", "agreed upon talks in": the agreed object, no clause mark before the month. */
const AGREED_ON = rx(/(?<![\p{L}])agreed\s+(?:on|upon)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+(?:day|eve))(?![\p{L}]))[^,;:.!?"“”]*$/u);

/**
 * True when the month at `at` closes the object agreed on ("the two sides had agreed on a joint audit of exporters in
 * August"): the month is the agreed step's, not that of the agreement, so a month after the article's is not moved to the
 * year before. (Russian tells it «договорились о проведении … в августе», a future marker of the lexicon.)
 */
export function agreedOnBefore(sentence: string, at: number, lang: Language): boolean {
  if (lang !== 'en') return false;
  const window = sentence.slice(Math.max(0, at - REACH), at);
  return window.includes('agreed') && AGREED_ON.test(window);
}

/**
 * «обсудили проведение Дней культуры в июне», "discussed holding a forum in June": a holding or preparing discussed, with no
 * clause mark before the month; the month is the discussed event's, still to come (not «обсудили итоги проведения»).
 */
const DISCUSSED_HOLDING = {
  ru: rx(/(?<![\p{L}])(?:обсуди|обсужда)\p{L}*\s+(?:вопрос\p{L}*\s+)?(?:проведени|подготовк|организаци)\p{L}*\s[^,;:.!?«»"]*$/iu),
  en: rx(/(?<![\p{L}])discuss(?:ed|es|ing)?\s+(?:the\s+)?(?:holding|hosting|staging|organi[sz]ing|preparations?\s+for|organi[sz]ation\s+of)\s[^,;:!?"“”]*$/iu),
};
const DISCUSSED_CUE = { ru: /обсу[дж]/iu, en: /discuss/i };

/** True when a discussion of holding an event («обсудили проведение …», "discussed holding …") governs the month at `at`. */
export function discussedHoldingBefore(sentence: string, at: number, lang: Language): boolean {
  const window = sentence.slice(Math.max(0, at - REACH), at);
  return DISCUSSED_CUE[lang].test(window) && DISCUSSED_HOLDING[lang].test(window);
}

/** An invitation to something («пригласил делегацию на саммит», "invited him to the games"); its cue is the verb's stem. */
const INVITED_TO = {
  en: rx(/(?<![\p{L}])invit(?:ed|es|ing)\s+(?:[\p{L}'’-]+\s+){0,3}?to\s/iu),
  ru: rx(/(?<![\p{L}])приглас\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?на\s/iu),
};
const INVITED_CUE = { en: /invit/i, ru: /приглас/i };

/**
 * True when an invitation to something («пригласил делегацию на саммит», "invited him to the games") stands in the clause
 * of `at` before it, after any tense marker: the date is the day of what the guest is invited to.
 */
export function invitedBefore(sentence: string, at: number, lang: Language): boolean {
  // The verb's stem within reach before `at` first: most months have none, and the clause need not be found for them.
  if (!INVITED_CUE[lang].test(sentence.slice(Math.max(0, at - REACH), at))) return false;
  const [from] = clauseAround(sentence, at);
  const start = Math.max(from, at - REACH);
  const window = sentence.slice(start, at);
  if (!INVITED_CUE[lang].test(window)) return false;
  const invited = INVITED_TO[lang].exec(window);
  if (!invited) return false;
  const after = start + invited.index + invited[0].length;
  return !markers(toldAround(sentence, at), lang).some((m) => m.start >= after && m.end <= at);
}

/** A past verb of telling, maybe with its audience ("told parliament", "told a briefing"), ending right before a date ("said that in May" opens the content). */
const TOLD_BEFORE = {
  en: rx(/(?:^|[^\p{L}])(?:said|told|stated|announced)(?:\s+(?!that\s)(?:a\s+|the\s+)?\p{Ll}+)?(?:\s+(?:in|on))?\s+$/u),
  ru: rx(/(?:^|[^\p{L}])(?:заявил|сообщил|сказал|отметил|рассказал|говорил)(?:а|и)?(?:\s+в)?\s+$/iu),
};
/** Cheap test before `TOLD_BEFORE`: one of its verbs' letters in the window. */
const TOLD_GATE = { en: /said|told|stated|announced/, ru: /заявил|сообщил|сказал|отметил|рассказал|говорил/i };
/** How far before a date a verb of telling (with its audience) may end. */
const TOLD_REACH = 32;

function toldRightBefore(sentence: string, at: number, lang: Language, from = 0): boolean {
  const window = sentence.slice(Math.max(from, at - TOLD_REACH), at);
  return TOLD_GATE[lang].test(window) && TOLD_BEFORE[lang].test(window);
}

/** True when the sentence tells something past besides the telling itself («сообщил, что …»). */
export function tellsPast(sentence: string, at: number, lang: Language): boolean {
  const [from, to] = clauseAround(sentence, at);
  return markers(toldAround(sentence, at), lang).some((m) => m.tense === 'past' && m.start >= from && m.end <= to);
}

/** A character that opens or closes a quote (`QUOTED`): a sentence without one has no quote to look for. */
const QUOTE_MARK = /[«"“]/;

/**
 * The inside of the quote that holds position `at`, or null: «"Ждём вас на форуме в мае", — сказал он» tells the
 * month in the speaker's words, whose tense is theirs, not that of the reporter's «сказал» after the quote.
 */
function quoteAround(sentence: string, at: number): [number, number] | null {
  if (!QUOTE_MARK.test(sentence)) return null;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(sentence); m; m = QUOTED.exec(sentence)) {
    if (m.index >= at) return null;
    if (at < m.index + m[0].length) return [m.index + 1, m.index + m[0].length - 1];
  }
  return null;
}

/**
 * What ends one clause and opens the next: a semicolon, or «и что» / "and that" joining two told
 * statements («напоминают, что 16 июня выборы и что документы остались на бумаге»).
 */
const CLAUSE_BREAKS = [';', ' и что ', ', и что ', ' and that ', ', and that '];

/**
 * The stretch between the clause breaks around `at`: "The council approved the terms on October 14;
 * membership takes effect on December 20" tells two clauses, and the first one's verb does not
 * date the second one's day.
 */
function clauseAround(sentence: string, at: number): [number, number] {
  // A quote that holds `at` bounds its clause («"…в мае…", — сказал он»).
  const quote = quoteAround(sentence, at);
  let from = quote ? quote[0] : 0;
  let to = quote ? quote[1] : sentence.length;
  for (const b of CLAUSE_BREAKS) {
    const before = sentence.lastIndexOf(b, at - 1);
    if (before >= 0 && before + b.length <= at) from = Math.max(from, before + b.length);
    const after = sentence.indexOf(b, at);
    if (after >= 0) to = Math.min(to, after);
  }
  // «Днём министры подписали план, а в пятницу премьер посетит завод»: a date right after a contrastive «, а» opens a clause of its own.
  if (at >= 4 && sentence.charCodeAt(at - 2) === 0x430 && CONTRAST_BEFORE.test(sentence.slice(Math.max(0, at - 6), at))) from = Math.max(from, at);
  return [from, to];
}

/** «, а » right before a date: the contrastive conjunction opening a new clause with that date. */
const CONTRAST_BEFORE = /,\s+а\s$/u;
