/**
 * Reading the words around a quantity: what it is about (its subject), whether it is a change
 * and in which direction, whether it is an actual value, a target or a forecast, how it is
 * hedged («почти», "more than"), and the clause it belongs to. The words of a sentence are
 * found once (`readWords`); the questions below look at the part before or after a number.
 */
import type { Qualifier } from '../../../schema/dataset';
import { AFTER_DOWN, AFTER_NUMBER_LINK, NUMBER_WORD_DOUBT, AFTER_UP, BARE_TURNOVER, BARE_TURNOVER_NOT_AFTER, BARE_TURNOVER_NOT_BEFORE, COMING_OUT, FUTURE_ONLY, RECKON_THAT, SOURCE_PHRASE, MEDIA_TITLE, INTENT_ASIDE, INTENT_CLAUSE, SENTENCE_WORDS, SUBJECT_WORDS, type Subject } from './lexicon';
import type { WordHit } from './words';
import { execAll, rx } from '../regex';
import { mapPacked } from '../packed';
import lexicon from '../../knowledge/figures-lexicon.json';
import { wordsSource } from './lexicon';

/** A month or a run of months («январе–сентябре», "January-March"), as a period that may open a clause. */
const MONTHS = wordsSource([...lexicon.months.ru, ...lexicon.months.en]);
const MONTH_SPAN = String.raw`${MONTHS}(?:\s*[–—-]\s*${MONTHS})?(?![\p{L}])`;

/** A subject word, and whether it follows «в»/"in" (where something goes, not what it is). */
export interface Cue extends WordHit<Subject> {
  /** Only asked of general nouns (`other`), so only looked up for them; false for every other tag. */
  afterIn: boolean;
}

/** The cue words of one sentence and its clause breaks. */
export interface Words {
  cues: Cue[];
  growth: WordHit<'up' | 'down'>[];
  kinds: WordHit<'target' | 'forecast' | 'actual'>[];
  qualifiers: WordHit<Qualifier>[];
  breaks: { start: number; end: number }[];
  /** Whether a number word («три», "two") may stand in the sentence: its quantities are looked for with them. */
  numberWords: boolean;
}

/**
 * «, в этом году рассчитываем …», «, по итогам 2021 года …», ", this year they expect …", «, в январе–сентябре — 2,8 млрд»:
 * after a comma, a period that opens a clause with a number of its own (asyndetic clauses, each with its own period).
 */
const CLAUSE_PERIOD = String.raw`(?:(?:в|во|по\s+итогам|за)\s+(?:(?:этом|текущем|нынешнем|следующем|будущем|прошлом)\s+году|\d{4}\s*(?:-?м\s+)?(?:год\p{L}*|г\.)|${MONTH_SPAN})|(?:this|next)\s+year\s+(?:we|they|it|officials|the)\s|(?:in|for)\s+${MONTH_SPAN})`;
/**
 * Where a clause ends inside a sentence: «;», « — », ", а", ", что", ", which", ", but", ", when", quotes, and
 * ", and in 2025 …" / «, и за январь …» (a coordinated clause with a period of its own),
 * and «, в этом году …» with a number of its own (`CLAUSE_PERIOD`).
 */
const CLAUSE_BREAK = rx(
  String.raw`;|:\s|\s[—–-]\s|,\s+(?=(?:а|но|однако|что|который|которая|которое|которые|которого|тогда\s+как|при\s+этом|когда|while|when|but|whereas|which|although|however|though)(?![\p{L}]))|,\s+(?=(?:and|и)\s+(?:in|for|during|over|в|во|за)\s)|,\s+(?=${CLAUSE_PERIOD}[^.;:]*?\d)|[«»“”]`,
  'giu',
);
/**
 * «заявлял о «почти 4 млрд долларов» по итогам года», "spoke of “nearly $4 billion” last year": a sum quoted alone,
 * with at most a hedge word before it, is a word of the clause, not a clause of its own, so its quote marks break nothing.
 */
const QUOTED_AMOUNT = rx(/[«“](?=[^«»“”]{1,40}[»”])\s*(?:[\p{L}-]+\s+){0,2}(?:US\s*)?[$€]?\d[\d\s.,]*\s*(?:[\p{L}.$]+\s*){0,3}[»”]/giu);
const INFINITIVE_TO = /(?:^|\s)to\s+$/iu;
/** The month May, capitalised as a month is (the modal "may" is not, but for a rare question opening a sentence). */
const MONTH_MAY = /^May$/u;
const AFTER_IN = rx(/(?:^|[\s(])(?:в|во|in|into)\s+(?:[\p{L}’'-]+\s+)?$/iu);

/** Finds the cue words and clause breaks of a sentence. */
export function readWords(text: string): Words {
  const hits = SENTENCE_WORDS.find(text);
  return {
    cues: cuesOf(text, hits.subjects),
    growth: hits.growth,
    // "to hit", "to reach": an infinitive tells no actual value; the word before it («want», «expected») decides.
    // "January–May", "in May": the month, written with a capital, is no modal "may".
    kinds: outermost(hits.kinds.filter((h) => !(h.tag === 'actual' && INFINITIVE_TO.test(text.slice(Math.max(0, h.start - 4), h.start))) && !MONTH_MAY.test(text.slice(h.start, h.end)))),
    qualifiers: hits.qualifiers,
    breaks: withoutQuotedAmounts(text, mapPacked(execAll(CLAUSE_BREAK, text), (m) => ({ start: m.index, end: m.index + m[0].length }))),
    numberWords: hits.numbers.length > 0 || NUMBER_WORD_DOUBT.test(text),
  };
}

/** The breaks less the quote marks around a quoted sum (`QUOTED_AMOUNT`). */
function withoutQuotedAmounts(text: string, breaks: { start: number; end: number }[]): { start: number; end: number }[] {
  if (!/[«“]/u.test(text)) return breaks;
  const marks = new Set<number>();
  for (const m of execAll(QUOTED_AMOUNT, text)) marks.add(m.index).add(m.index + m[0].length - 1);
  return marks.size ? breaks.filter((b) => !(b.end - b.start === 1 && marks.has(b.start))) : breaks;
}

/**
 * The hits not inside a longer one: "should reach" (a target) hides "should" (a forecast) at the same word, and
 * "must hit" hides "hit" (an actual) inside it.
 */
function outermost<H extends { start: number; end: number }>(hits: H[]): H[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: H[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const h = sorted[i]!;
    // Not `out[out.length - 1]` of an empty list: a read at −1 makes V8's read site megamorphic (p57).
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    if (prev && h.end <= prev.end) continue;
    out.push(h);
  }
  return out;
}

/**
 * A relative clause set off by commas («…, которые учитывают реэкспорт иначе, …», "…, which count transit goods
 * differently, …"): an aside about the subject, whose nouns are not what the number after it measures.
 */
const ASIDE = rx(
  /,\s+(?:which|who|whose|где|которы\p{L}*|котор(?:ая|ое|ой|ую|ом))(?![\p{L}])[^,;:«»"]{1,120},/giu,
);
const ASIDE_GATE = /which|who|где|котор/iu;
/** A cheap test before the source phrases are looked for. */
const SOURCE_GATE = /по\s|according|согласно|data|figures|estimates/iu;

/** Every subject word of `text`, left to right, leaving out those of an aside set off by commas. */
export function subjectCues(text: string): Cue[] {
  return cuesOf(text, SUBJECT_WORDS.find(text));
}

/** The subject words of `text` among `hits` (its subject-word hits), as `subjectCues`; nor those of a source set off by a comma or a medium's title. */
function cuesOf(text: string, hits: WordHit<Subject>[]): Cue[] {
  const asides = hits.length && ASIDE_GATE.test(text) ? execAll(ASIDE, text).map((m) => [m.index, m.index + m[0].length] as const) : [];
  if (hits.length && SOURCE_GATE.test(text)) for (const m of execAll(SOURCE_PHRASE, text)) asides.push([m.index, m.index + m[0].length]);
  // «Канал «Экономика КР» заметил …»: the words of a medium's title are not what a figure measures.
  if (hits.length && text.includes('«')) for (const m of execAll(MEDIA_TITLE, text)) asides.push([m.index, m.index + m[0].length]);
  return mapPacked(
    hits.filter((h) => !asides.some(([a, b]) => h.start > a && h.end < b)),
    (h) => ({ tag: h.tag, start: h.start, end: h.end, afterIn: h.tag === 'other' && AFTER_IN.test(text.slice(Math.max(0, h.start - 30), h.start)) }),
  );
}

/**
 * The cues of a sentence in a text about trade, with «оборот» alone read as trade turnover («Абылгазиев напомнил, что
 * по итогам прошлого года оборот составил …»): not inside another subject word («торговый оборот») and not after a
 * word naming another turnover («денежный оборот») or before an owner that is no country («оборот компании»): then a
 * subject of its own.
 */
export function withBareTurnover(text: string, cues: Cue[]): Cue[] {
  const added: Cue[] = [];
  for (const m of execAll(BARE_TURNOVER, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (cues.some((c) => c.start < end && start < c.end)) continue;
    // «денежный оборот» names a subject of its own, which no earlier trade topic carries over.
    const other = BARE_TURNOVER_NOT_AFTER.test(text.slice(Math.max(0, start - 30), start)) || BARE_TURNOVER_NOT_BEFORE.test(text.slice(end, end + 30));
    added.push({ tag: other ? 'other' : 'trade_turnover', start, end, afterIn: false });
  }
  return added.length ? [...cues, ...added].sort((a, b) => a.start - b.start) : cues;
}

const within = <H extends { start: number; end: number }>(hits: H[], from: number, to: number) => hits.filter((h) => h.start >= from && h.end <= to);

/** `[start, end)` of the clause of `text` that contains position `at`. */
export function clauseAt(text: string, words: Words, at: number): [number, number] {
  let start = 0;
  let end = text.length;
  const breaks = words.breaks;
  for (let i = 0; i < breaks.length; i++) {
    const b = breaks[i]!;
    if (b.end <= at) start = b.end;
    else if (b.start >= at) {
      end = b.start;
      break;
    }
  }
  while (start < end && /[\s,]/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:]/.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * The subject a number is about, from the cues before it: the nearest one; a share word wins
 * for percentages («доля России в товарообороте — 25%»); a write-off is about a debt.
 */
export function subjectBefore(cues: Cue[], allowShare: boolean): Subject | null {
  if (allowShare && cues.some((c) => c.tag === 'share')) return 'share';
  const main = cues.filter((c) => c.tag !== 'writeoff' && c.tag !== 'share');
  // A general noun after «в»/"in" is where something goes («инвестиции в экономику»), not the subject.
  const heads = main.filter((c) => !(c.afterIn && c.tag === 'other'));
  // Not read at −1 of an empty list (no array index: V8 makes such a read site megamorphic, p57).
  const last = heads.length > 0 ? heads[heads.length - 1] : main.length > 0 ? main[main.length - 1] : undefined;
  if (last) return last.tag;
  return cues.some((c) => c.tag === 'writeoff') ? 'debt' : null;
}

/** "a year", "per year", «в год» right after a sum: a rate, before the noun the sum is of. */
const RATE_FIRST = rx(/^\s*(?:a\s+year|per\s+(?:year|annum)|annually|в\s+год)(?![\p{L}])/iu);

/** A capitalised word: part of a name. */
const NAME_WORD = /^\p{Lu}/u;

/** The subject named right after a number ("$3 billion in bilateral trade", «3 млрд долларов товарооборота»). */
export function subjectAfter(after: string): Subject | null {
  const head = after.slice(0, 60);
  const stop = head.search(/[,.;:!?—–]/);
  const part = stop >= 0 ? head.slice(0, stop) : head;
  const first = SUBJECT_WORDS.find(part)[0];
  if (!first || first.tag === 'share') return null;
  // Only linking words may stand between the number and the noun («на развитие торговли» is a purpose); a rate
  // ("$2 billion a year in trade", «5 млрд долларов в год товарооборота») may come first, and the capitalised words of a
  // name the sum stands before ("the $1 billion Russian-Kyrgyz Development Fund", "a $2 billion Russian loan").
  const between = part.slice(0, first.start).replace(RATE_FIRST, '').trim().split(/\s+/).filter(Boolean);
  return between.every((w) => AFTER_NUMBER_LINK.test(w) || NAME_WORD.test(w)) ? first.tag : null;
}

/** +1 for a rise, −1 for a fall, 0 when no change is described (the nearest direction word wins). */
export function directionOf(words: Words, from: number, to: number, after: string): -1 | 0 | 1 {
  const last = within(words.growth, from, to).pop();
  if (last) return last.tag === 'up' ? 1 : -1;
  if (AFTER_UP.test(after)) return 1;
  if (AFTER_DOWN.test(after)) return -1;
  return 0;
}

/** «на 47%», "by 40 percent", "by another 28 percent", "by at least 10%": a preposition of change right before the number. */
const CHANGE_PREPOSITION =
  /(?:^|[\s(])(?:на|by)(?:\s+(?:another|a\s+further|further))?(?:\s+(?:почти|около|более(?:\s+чем)?|менее(?:\s+чем)?|свыше|примерно|порядка|almost|nearly|at\s+least|about|around|more\s+than|less\s+than|over|some|roughly))?\s*$/iu;

/** True when the words right before a number make it an amount of change. */
export function hasChangePreposition(window: string): boolean {
  return CHANGE_PREPOSITION.test(window.slice(-30));
}

/**
 * Whether the figure is actual, a target or a forecast: the last cue in `[from, to)` decides, unless it is only a
 * future or a modal («превысит», "could") inside a clause opened by a verb of intent or hope after `clauseFrom`
 * («Мы рассчитываем, что в этом году он превысит …», "Economists hope the base could help push trade towards …"):
 * then the verb of intent decides, and the figure is a target.
 */
export function kindOf(words: Words, from: number, to: number, text?: string, clauseFrom = from): 'actual' | 'target' | 'forecast' | null {
  const last = within(words.kinds, from, to).pop();
  if (!last) return null;
  if (last.tag === 'forecast' && text !== undefined && intentGoverns(text, words, Math.min(clauseFrom, from), last)) return 'target';
  return last.tag;
}

/** A verb of intent before the future word `hit`, not in an aside («как рассчитывают»), with only future words between. */
function intentGoverns(text: string, words: Words, from: number, hit: { start: number; end: number }): boolean {
  if (!FUTURE_ONLY.test(text.slice(hit.start, hit.end))) return false;
  INTENT_CLAUSE.lastIndex = 0;
  let intent: RegExpExecArray | null = null;
  for (const m of execAll(INTENT_CLAUSE, text.slice(from, hit.start))) intent = m;
  if (!intent) return false;
  const at = from + intent.index;
  if (INTENT_ASIDE.test(text.slice(Math.max(0, at - 40), at))) return false;
  const end = at + intent[0].length;
  if (COORDINATION.test(text.slice(end, hit.start))) return false;
  return within(words.kinds, end, hit.start).every((h) => h.tag === 'forecast' && FUTURE_ONLY.test(text.slice(h.start, h.end)));
}

/**
 * Whether the target read in `[from, to)` rests only on the plain future of coming out at a level («по итогам года мы выйдем
 * на …»): its last kind word is that future, and no other word of aim (but «рассчитываем, что», an expectation) or verb of
 * intent or hope stands before it.
 */
export function onlyComingOut(words: Words, from: number, to: number, text: string): boolean {
  const hits = within(words.kinds, from, to);
  const last = hits[hits.length - 1];
  if (!last || last.tag !== 'target' || !COMING_OUT.test(text.slice(last.start, last.end))) return false;
  if (hits.some((h) => h !== last && h.tag === 'target' && !RECKON_THAT.test(text.slice(h.start, h.end + 12)))) return false;
  INTENT_CLAUSE.lastIndex = 0;
  return !INTENT_CLAUSE.test(text.slice(from, last.start));
}

/** «…, а …», ", and analysts say …", «;»: a coordinated clause of its own, which the verb of intent before it does not govern. */
const COORDINATION = rx(/;|,\s+(?:and|but|while|whereas|а|но|однако|и|тогда\s+как)\s/iu);

/** The hedge right before position `to`: «почти», «более чем на», "to exceed", «приблизился к». */
export function qualifierOf(text: string, words: Words, from: number, to: number): Qualifier | null {
  let best: WordHit<Qualifier> | null = null;
  for (const h of within(words.qualifiers, from, to)) {
    const gap = text.slice(h.end, to);
    if (gap.length > 22 || /[\d,.;:!?]/.test(gap)) continue;
    if (!best || h.end > best.end) best = h;
  }
  return best?.tag ?? null;
}
