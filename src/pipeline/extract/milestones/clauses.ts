/**
 * Splitting a sentence into event clauses: at clause connectors («, а также», «, где», ";"), at
 * the edges of direct speech, and between two dated events of one list («визиты 13 июня … и
 * 28 ноября …»), so that each clause carries at most one event and one date.
 */
import type { DateMention, Sentence } from '../../types';
import { matchAll, type TriggerHit } from './lexicon';
import type { LanguageLexicon } from './language';
import type { Ranges } from './speech';
import { tellsOccurrence, type Stretch } from './background';
import { isSpaceCode } from '../../read';
import { rx } from '../regex';
import { OBSERVATION_KEY, VERDICT_KEY } from './observed-vote';
import { REACTION_KEYS } from './reported-reaction';
import { tenseBefore } from '../dates/tense';

/** A clause of a sentence, with offsets into the article text. */
export interface Clause {
  start: number;
  end: number;
  /** True when the clause was cut from the previous one between two dates of one list. */
  dateSplit: boolean;
  /**
   * The subject before a relative clause that was cut out («Вчера министр, | назначенный в марте, |
   * провел переговоры»): the predicate after it is dated there when it has no date of its own.
   */
  subject?: { start: number; end: number };
}

/** Separators between the items of a dated list: the last one in the gap between two dates wins. */
// "won the July 10 election following the March uprising": a preposition of sequence between two
// dated events parts them as a list's separator does.
const LIST_SEPARATOR = /,\s+|\s+(?:и|а|and|following|after)\s+|\s+[—–]\s+|;\s+/giu;
/** A coordinated object that is the preparation of another event («и подготовку к …», "and preparations for …"). */
const PREPARATION = /^(?:the\s+)?(?:preparation|подготовк)/iu;
/** The verb of proposing a cut may open («предложила провести», "proposed holding"). */
const PROPOSAL = /^(?:предлож|propos|sugges)/iu;
/** Cheap test before the coordinated-verb regex: the conjunction, comma or verb of proposing it needs. */
export const COORDINATION_GATE = { ru: /\sи\s|,\s|\sпредложил/u, en: /\sand\s|,\s|\s(?:proposed|suggested)\s/u };
/** Separators trimmed from a clause's end (`[\s,;:—–-]`); its start also loses full stops. */
const EDGE_MARKS = new Set([0x2c, 0x3b, 0x3a, 0x2014, 0x2013, 0x2d]);
const FULL_STOP = 0x2e;
const isEdgeEnd = (c: number) => isSpaceCode(c) || EDGE_MARKS.has(c);

/**
 * Splits `s` into clauses; offsets are absolute, edges trimmed of separators. With the sentence's
 * trigger `hits`, a second predicate of the same subject («… и обсудили …», "… and discussed …")
 * starts a clause when triggers lie on both sides of it.
 */
/** «, а » right before a date: a contrastive conjunction opening the date's clause. */
const CONTRAST_BEFORE = /,\s+а\s$/u;

/**
 * Cuts sentence `s` before «а» when mention `m` follows a contrastive «, а» with event words on both sides and the clause
 * before is told in another tense than the date's own («…приняли участие в открытии форума, а в пятницу президент
 * посетит базу»); the same tense («обсудили …, а в понедельник министр заявил») keeps one clause, as an elided subject
 * with one tense («встретится с министром, а в пятницу вылетит в Ош») does.
 */
function cutContrast(s: Sentence, m: DateMention, hits: readonly TriggerHit[], cuts: Set<number>, lang: 'ru' | 'en'): void {
  const at = m.start - s.start;
  if (lang !== 'ru' || at < 4 || s.text.charCodeAt(at - 2) !== 0x430 || !CONTRAST_BEFORE.test(s.text.slice(Math.max(0, at - 6), at))) return;
  const comma = s.text.lastIndexOf(',', at);
  if (!hits.some((h) => h.end <= s.start + comma) || !hits.some((h) => h.start >= m.end)) return;
  const after = tenseBefore(s.text, at, lang);
  const before = tenseBefore(s.text, comma, lang);
  if (after !== null && before !== null && after !== before) cuts.add(s.start + comma + 2);
}

export function splitClauses(
  s: Sentence,
  lex: LanguageLexicon,
  speech: Ranges,
  mentions: DateMention[],
  hits: readonly TriggerHit[] = [],
  stretches: readonly Stretch[] = [],
): Clause[] {
  const cuts = new Set<number>();
  /** End of a cut-out stretch → its start: the predicate after it continues the subject before it. */
  const cutOut = new Map<number, number>();
  const breaks = matchAll(lex.clauseBreaks, s.text);
  for (let i = 0; i < breaks.length; i++) cuts.add(s.start + breaks[i]!.end);
  for (let i = 0; i < stretches.length; i++) {
    const x = stretches[i]!;
    if (!x.since) cutStretch(s, x, mentions, hits, cuts, cutOut, tellsOccurrence(s.text, x.start - s.start, x.end - s.start, lex.lang));
    else if (hits.length > 1) cutSince(s, x, mentions, hits, cuts);
  }
  if (hits.length > 1 && lex.coordinationGate.test(s.text)) {
    for (const b of matchAll(lex.coordinatedVerb, s.text)) {
      const at = s.start + b.end;
      // "discussed energy and preparations for the summit": the preparation of another event is cut off only from an
      // event of its own told before it (a visit recalled), not from the bare verb of discussing, which it is the topic of.
      const prepared = PREPARATION.test(s.text.slice(b.end, b.end + 14));
      // «в ходе сессии в апреле предложила провести …»: a proposal is cut from the gathering it was made at only when that
      // gathering has a date of its own before it («выступая на пленарном заседании, предложил провести …» retells the day's).
      if (PROPOSAL.test(s.text.slice(b.end, b.end + 12)) && !mentions.some((m) => m.start >= s.start && m.end <= at)) continue;
      if (hits.some((h) => h.end <= s.start + b.start && (!prepared || h.trigger.key !== 'discussed')) && hits.some((h) => h.start >= at)) cuts.add(at);
    }
  }
  // «Вечером министры открыли выставку, | а в субботу премьер посетит завод»: a day of its own after a contrastive «, а», told in
  // another tense than the clause before, opens another event.
  if (hits.length > 1) for (let i = 0; i < mentions.length; i++) cutContrast(s, mentions[i]!, hits, cuts, lex.lang);
  // "The observer mission said on Monday | that the elections held on October 4 were fair": the verdict and the vote it judges.
  for (let i = 0; i < hits.length; i++) if (hits[i]!.trigger.key === VERDICT_KEY) cutVerdict(s, hits[i]!, hits, cuts);
  // "passed on a note of protest in connection with checks at a market on May 12": the reaction and the incident it answers.
  if (hits.length > 1) for (let i = 0; i < hits.length; i++) if (REACTION_KEYS.has(hits[i]!.trigger.key)) cutCause(s, hits[i]!, hits, cuts);
  // The ranges are in order (findSpeech merges them): none after the sentence's end can cut it.
  // (Bounds and ranges read once: in baseline code each property or element read is an inline-cache call.)
  const { start, end } = s;
  for (let k = 0, n = speech.length; k < n; k++) {
    const range = speech[k]!;
    const a = range[0];
    if (a >= end) break;
    const b = range[1];
    if (a > start) cuts.add(a);
    if (b > start && b < end) cuts.add(b);
  }
  const rough = cutAt(s.start, s.end, cuts);
  const out: Clause[] = [];
  for (let p = 0; p < rough.length; p++) {
    const piece = rough[p]!;
    const pieces = cutAt(piece.start, piece.end, listCuts(s, piece, mentions, hits));
    for (let i = 0; i < pieces.length; i++) out.push(clause(pieces[i]!.start, pieces[i]!.end, i > 0, undefined));
  }
  // Helpers and plain loops rather than one body of chained array builtins: that body was costly
  // for V8 to optimise (its builtins and closures inlined), and it was optimised anew after each
  // deoptimisation.
  const clauses: Clause[] = [];
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    const from = cutOut.get(c.start);
    const subject = from === undefined ? afterRelative(s, out, i) : out.find((o) => o.end === from && !o.dateSplit);
    const trimmed = trim(s, subject ? clause(c.start, c.end, c.dateSplit, { start: subject.start, end: subject.end }) : c);
    if (trimmed.end - trimmed.start >= 3) clauses.push(trimmed);
  }
  return clauses;
}

/** What opens the content of a verdict: «, что», "that". */
const VERDICT_CONTENT = rx(/(?:,\s*что|\sthat)\s/u);

/** Cuts before the content of an observer mission's verdict (hit `h`) when another event word stands in it (added to `cuts`). */
function cutVerdict(s: Sentence, h: TriggerHit, hits: readonly TriggerHit[], cuts: Set<number>): void {
  const m = VERDICT_CONTENT.exec(s.text.slice(h.end - s.start));
  if (!m) return;
  const at = h.end + m.index;
  if (hits.some((o) => o !== h && o.start > at)) cuts.add(at);
}

/** «в связи с», «по поводу», "in connection with", "over the": what opens the cause a reaction answers. */
const CAUSE = rx(/(?<![\p{L}])(?:в связи с|по поводу|in connection with|in protest (?:at|against)|over the)(?![\p{L}])/iu);
/** How far after a reaction's word its cause may open. */
const CAUSE_REACH = 40;

/**
 * Cuts before the cause a reaction (hit `h`: a note, regret, explanations asked for) answers when another event word
 * stands in it («вручил ноту в связи с проверками на овощном рынке 12 мая», "passed on a note of protest in connection
 * with checks at a market on May 12"): the incident is an event of its own, of its own date (added to `cuts`).
 */
function cutCause(s: Sentence, h: TriggerHit, hits: readonly TriggerHit[], cuts: Set<number>): void {
  const m = CAUSE.exec(s.text.slice(h.end - s.start, h.end - s.start + CAUSE_REACH));
  if (!m) return;
  const at = h.end + m.index;
  if (hits.some((o) => o !== h && o.start > at)) cuts.add(at);
}

/** ", which runs … from July 5 to 8, and", «, которая проходит с 5 по 8 июля, и»: a relative clause closed by «и» / "and". */
const RELATIVE_THEN_AND = rx(/^[\s,]*(?:which|who|котор\p{L}*)(?![\p{L}])[^;:]*[,\s](?:and|и)[\s,]*$/iu);

/**
 * "The minister on Tuesday visited the fair, which runs from July 5 to 8, and held talks …": a second predicate right
 * after a relative clause goes on with the subject before that clause (its subject clause, for dating).
 */
function afterRelative(s: Sentence, out: readonly Clause[], i: number): Clause['subject'] {
  if (i < 2) return undefined;
  const relative = out[i - 1]!;
  const main = out[i - 2]!;
  if (main.dateSplit || !RELATIVE_THEN_AND.test(s.text.slice(relative.start - s.start, relative.end - s.start))) return undefined;
  return { start: main.start, end: main.end };
}

/**
 * "X and Y, who arrived on Thursday on a visit, held talks on Friday": a relative clause with an
 * event and a date of its own, beside another dated event, is a clause of its own (added to `cuts`).
 */
function cutStretch(s: Sentence, x: Stretch, mentions: DateMention[], hits: readonly TriggerHit[], cuts: Set<number>, cutOut: Map<number, number>, occurrence: boolean): void {
  const within = (p: { start: number }) => p.start >= x.start && p.start < x.end;
  // Without a date outside, only a trip or an event told in passing ("Lut, who arrived on Tuesday
  // evening, was received by …") is cut out: a document's own clause stays with its signing.
  const own = hits.filter(within);
  // "visited the Kant air base, which opened on October 23, 2003", "met the ambassador, who signed the
  // lease in 2003": an event of another kind than the ones outside is told in passing too — unless
  // the stretch tells when its antecedent took place («встречи, которая состоялась 28 августа»).
  const outside = hits.filter((h) => !within(h));
  // «утвердили план мероприятий по реализации соглашения, подписанного в 2019 году»: beside a programme of
  // its own, the clause's document the stretch hangs on is the stretch's event, not another of its kind.
  const antecedent = own.length && outside.length > 1 && outside.some((o) => o.trigger.key === PROGRAMME_KEY) ? nearestBefore(outside, x.start) : undefined;
  // «подписана дорожная карта по реализации соглашения, заключённого в 2014 году»: a signing told before the programme
  // is the programme's own; the stretch's signing is of the document the programme implements.
  const programmes = antecedent ? outside.filter((o) => o.trigger.key === PROGRAMME_KEY && o.end <= x.start) : [];
  const signsProgramme = (o: TriggerHit) => o.trigger.key === SIGNING_KEY && programmes.some((p) => p.start >= o.end);
  const otherKind = (h: TriggerHit) => !occurrence && outside.every((o) => (o === antecedent && o.trigger.key !== PROGRAMME_KEY) || o.trigger.type !== h.trigger.type || signsProgramme(o));
  const apart = mentions.some((m) => !within(m)) || own.some((h) => h.trigger.dated || h.trigger.type === 'visit' || otherKind(h));
  // «Премьер, принявший вице-премьера, подтвердил, что президент посетит Москву 9 мая», "X, who received Y, said …":
  // the host's reception, told in passing beside a dated plan outside, is the occasion of the telling, a meeting of its own.
  const reception = !occurrence && own.some((h) => h.trigger.key === RECEPTION_KEY) && mentions.some((m) => !within(m));
  // "Kalashnikov, who led a group of deputies observing the vote, said …": the observation told in passing is a step of its own.
  const observed = own.some((h) => h.trigger.key === OBSERVATION_KEY);
  // "congratulated the Kyrgyz leader on her inauguration, which was held the previous day, and …": a stretch that only
  // tells when the dated event right before it took place gives that event its own clause (from the event's word to the
  // stretch's end), apart from the clause's other events.
  if (!own.length && occurrence && outside.length > 1) {
    const antecedent = nearestBefore(outside, x.start);
    // «приехать ещё раз — после выборов, которые пройдут осенью», 'after the vote, which takes place in May': an event named
    // as the time of another is that other event's date, not an event told apart.
    if (antecedent?.trigger.dated && x.start - antecedent.end <= ANTECEDENT_GAP && mentions.some(within) && !TIME_OF_ANOTHER.test(s.text.slice(Math.max(0, antecedent.start - s.start - TIME_REACH), antecedent.start - s.start))) {
      const end = Math.max(x.end, ...mentions.filter(within).map((m) => m.end));
      cuts.add(antecedent.start);
      cuts.add(end);
      cutOut.set(end, antecedent.start);
    }
    return;
  }
  if (own.length && (apart || observed) && (reception || observed || mentions.some(within)) && hits.some((h) => !within(h))) {
    // A stretch stops at a comma, which may lie inside its date ("on June 10, 1992").
    const end = Math.max(x.end, ...mentions.filter(within).map((m) => m.end));
    cuts.add(x.start);
    cuts.add(end);
    cutOut.set(end, x.start);
  }
}

/** A preposition of time before an event's words («после президентских», 'after the'): the event dates another. */
const TIME_OF_ANOTHER = rx(/(?:^|[^\p{L}])(?:после|до|перед|накануне|after|before|since|until|ahead\s+of)\s+(?:\p{L}+\s+)?$/iu);
/** How far before an event's word its preposition of time may stand. */
const TIME_REACH = 30;

/** How far a relative stretch telling when its event took place may open after that event's word (", " and a quote mark). */
const ANTECEDENT_GAP = 3;

/** The trigger key of a reception of a guest («принял министра», "received the minister"). */
const RECEPTION_KEY = 'reception';

/** The trigger key of a cooperation programme, plan or road map adopted («план мероприятий», "road map"). */
const PROGRAMME_KEY = 'programme';
/** The trigger key of a document signed («подписали», "signed"). */
const SIGNING_KEY = 'signing';

/** The hit that ends nearest before offset `at`, or undefined when none ends before it. */
function nearestBefore(hits: readonly TriggerHit[], at: number): TriggerHit | undefined {
  let best: TriggerHit | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.end <= at && (!best || h.end > best.end)) best = h;
  }
  return best;
}

/** The trigger of domestic political events (elections, attacks, inaugurations): the starting points a "since" clause tells. */
const DOMESTIC = 'domestic';
/** What opens a "since" stretch when the date right after it is the starting point ("since 2019", «с тех пор как в 2010 году»). */
const SINCE_ONLY = rx(/^(?:since|с\s+тех\s+пор\s+как)\s+(?:(?:in|on|в)\s+)?$/iu);

/**
 * "on his first visit since his inauguration in December", "workers who face tougher checks since the
 * March 22 attack on …": a "since" stretch that names a domestic political event (an election, an
 * attack, an inauguration) with its date beside another event is a clause of its own, the starting
 * point told in passing. A bare starting date ("since 2019") and a term's start ("since taking office
 * in March", which the golds leave as a description of the trip) stay.
 */
function cutSince(s: Sentence, x: Stretch, mentions: DateMention[], hits: readonly TriggerHit[], cuts: Set<number>): void {
  const within = (p: { start: number }) => p.start >= x.start && p.start < x.end;
  if (!hits.some((h) => within(h) && h.trigger.key === DOMESTIC) || !hits.some((h) => !within(h))) return;
  const dated = mentions.filter((m) => within(m) && !SINCE_ONLY.test(s.text.slice(x.start - s.start, m.start - s.start)));
  if (!dated.length) return;
  cuts.add(x.start);
  cuts.add(Math.max(x.end, ...dated.map((m) => m.end)));
}

/** "since", «с тех пор как» right before a date: the starting point of a state, not a dated event. */
const SINCE_BEFORE = rx(/(?:^|[^\p{L}])(?:since|с\s+тех\s+пор\s+как)\s+(?:(?:in|on|в)\s+)?$/iu);

/** "that was", "which had been": an English relative clause in the passive or the perfect, opening before a second date. */
const RELATIVE_PASSIVE = /\s(?:that|which)\s+(?:was|were|had|has|have)\s/u;

/** A second reported clause of one verb of saying: "and that", «и что». */
const NEXT_REPORTED = /\s(?:and|but) that\s|\s(?:и|а|но) что\s/u;

/** «до 2030 года», «к 2025 году», "until 2030", "by 2025" right before a date: the end of a term or a deadline, not an event's day. */
const TERM_END_BEFORE = rx(/(?:^|[^\p{L}])(?:до|к|ко|by|until|till|through)\s+(?:(?:конца|the\s+end\s+of)\s+)?$/iu);

/**
 * Cuts between two dated events of one list inside `piece` («визиты 13 июня … и 28 ноября …»): at the last separator
 * between two dates. Not before a term's end when no event word stands before the cut («в прошлом году X и Y на
 * встрече договорились продлить программу до 2030 года»): the first date is then the event's, the second its term's.
 */
function listCuts(s: Sentence, piece: { start: number; end: number }, mentions: DateMention[], hits: readonly TriggerHit[]): ReadonlySet<number> {
  const inside = mentions.filter((m) => m.start >= piece.start && m.end <= piece.end);
  // Most pieces hold one date or none: nothing to sort or cut.
  if (inside.length < 2) return NO_CUTS;
  inside.sort((a, b) => a.start - b.start);
  const cuts = new Set<number>();
  for (let i = 1; i < inside.length; i++) {
    const from = inside[i - 1]!.end;
    const gap = s.text.slice(from - s.start, inside[i]!.start - s.start);
    const seps = matchAll(LIST_SEPARATOR, gap);
    const m = inside[i]!;
    const first = inside[i - 1]!;
    // «…, а в ноябре — саммит ОДКБ: в этом году Кыргызстан председательствует в организации», "a summit in October: Kyrgyzstan
    // chairs the CIS in 2023": after a colon, a date that only holds the one before it (its year) tells why, in a clause of
    // its own; the item before keeps its date. (A finer date after a colon is an item the head sums up: «встречались в этом
    // году трижды: в мае …» stays as it was.)
    const last = seps.length > 0 ? seps[seps.length - 1] : undefined;
    const colon = gap.lastIndexOf(': ');
    if (colon >= 0 && (!last || last.start < colon) && m.date.length < first.date.length && first.date.startsWith(m.date)) {
      cuts.add(from + colon + 2);
      continue;
    }
    if (!last) continue;
    // "said the section had issued 25,000 documents since January and that consular days would be held in
    // Naryn and Talas in October": a second reported clause opens the second item, not the last "and".
    const next = gap.includes(' that ') || gap.includes(' что ') ? NEXT_REPORTED.exec(gap) : null;
    const at = from + (next ? next.index : last.start);
    // "who has ruled since 1990, is due to attend a summit … on July 3": a state's starting point, with no event told
    // before it, is no item of a list ("the summit, the first hosted here since 2013, …" tells an event of that year).
    if (SINCE_BEFORE.test(s.text.slice(Math.max(0, first.start - s.start - 24), first.start - s.start)) && !hits.some((h) => h.start >= piece.start && h.end <= first.start)) continue;
    if (TERM_END_BEFORE.test(s.text.slice(Math.max(0, m.start - s.start - 16), m.start - s.start)) && !hits.some((h) => h.start >= piece.start && h.end <= at)) continue;
    // "took control of the company on Tuesday, completing a deal that was first floated five years ago": a date inside a
    // relative clause that describes a noun of the second part, with no event word of its own there, dates that noun's
    // past, not a second item of a list.
    if (RELATIVE_PASSIVE.test(s.text.slice(at - s.start, m.start - s.start)) && !hits.some((h) => h.start >= at && h.end <= m.start)) continue;
    cuts.add(at);
  }
  return cuts;
}

/**
 * A clause object, always of one shape (a `subject` field even when there is none): the code
 * reading clauses then sees one object layout, and V8 does not throw away its optimised code
 * for a second one.
 */
function clause(start: number, end: number, dateSplit: boolean, subject: Clause['subject']): Clause {
  return { start, end, dateSplit, subject };
}

const NO_CUTS: ReadonlySet<number> = new Set();

function cutAt(start: number, end: number, cuts: ReadonlySet<number>): { start: number; end: number }[] {
  const points: number[] = [];
  for (const p of cuts) if (p > start && p < end) points.push(p);
  if (points.length > 1) points.sort((a, b) => a - b);
  const out: { start: number; end: number }[] = [];
  let from = start;
  for (let i = 0; i < points.length; i++) {
    out.push({ start: from, end: points[i]! });
    from = points[i]!;
  }
  out.push({ start: from, end });
  return out;
}

/**
 * The clause without separators at its edges. By code unit, with no slice: the two regexes it
 * replaced (`^[\s,;:—–.-]+`, and `[\s,;:—–-]` per character from the end) ran ≈12 times per article.
 */
function trim(s: Sentence, c: Clause): Clause {
  const text = s.text;
  let from = c.start - s.start;
  let to = c.end - s.start;
  while (from < to && (isEdgeEnd(text.charCodeAt(from)) || text.charCodeAt(from) === FULL_STOP)) from++;
  while (to > from && isEdgeEnd(text.charCodeAt(to - 1))) to--;
  return clause(s.start + from, s.start + to, c.dateSplit, c.subject);
}
