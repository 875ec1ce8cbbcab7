/**
 * Events told as not real: counterfactual («Если бы годовщина пришлась на обычное время, приехал
 * бы министр», "Had the summit gone ahead, …"), conditional with a modal ("If he wins, he might
 * sign …"), the author's speculation («Не исключено, что …», "It is possible that …") and the
 * answer to a rhetorical question («Скорее всего, …», "Hardly."); and events that are no particular
 * one: a document under "no" / "any" («никаких соглашений»), a habit told without a date ("These
 * days the minister flies in …", «Первый визит всегда …»). Opinion pieces argue with such events; a
 * timeline keeps only what happened or is planned. Phrasings are data
 * (`knowledge/event-phrasing.json`, `irrealis` and `genericReference`).
 */
import type { Language } from '../../../schema/dataset';
import type { Sentence, Span } from '../../types';
import raw from '../../knowledge/event-phrasing.json';
import { CueFamily } from './cue-family';
import { matchersByLang as both, type TriggerHit, type WordMatcher } from './lexicon';
import type { LanguageLexicon } from './language';
import { rx } from '../regex';

type ByLang<T> = Record<Language, T>;

const FRAME = both(raw.irrealis.frame);
const AFTER = both(raw.irrealis.after);
const AFTER_OWN = both(raw.irrealis.afterOwn);
const NEAR = both(raw.irrealis.near);
const ANSWER = both(raw.irrealis.answer);
const QUANTIFIED = both(raw.genericReference.quantified);
const NEGATED = both(raw.genericReference.negated);
const HABITUAL = both(raw.genericReference.habitual);
/** The seven lists' cues in one scan: most sentences hold none of them. */
const LIST_CUES: ByLang<CueFamily> = {
  ru: new CueFamily([FRAME, AFTER, AFTER_OWN, NEAR, QUANTIFIED, NEGATED, HABITUAL].map((m) => m.ru)),
  en: new CueFamily([FRAME, AFTER, AFTER_OWN, NEAR, QUANTIFIED, NEGATED, HABITUAL].map((m) => m.en)),
};

/**
 * Where an irreal stretch ends: a contrast («…, но …», "…, but …", "instead") or a semicolon
 * turns back to what is real ("Had Moscow insisted, X might have left; instead it signed …").
 */
const BREAK: ByLang<RegExp> = {
  ru: rx(/,\s*(?:но|однако|зато)\s|;/giu),
  en: rx(/,\s*(?:but|yet|instead)\s|;|(?:^|\s)instead,?\s/giu),
};

/** How far (characters) an event word may stand from a subjunctive («бы», "would have") to be its verb's. */
/** One language's irrealis and generic-reference phrasings (`LanguageLexicon.irrealis`), read as fixed properties. */
export interface IrrealisWords {
  readonly answer: WordMatcher;
  readonly listCues: CueFamily;
  readonly frame: WordMatcher;
  readonly after: WordMatcher;
  readonly afterOwn: WordMatcher;
  readonly near: WordMatcher;
  readonly quantified: WordMatcher;
  readonly negated: WordMatcher;
  readonly habitual: WordMatcher;
  readonly breaks: RegExp;
}

/** The irrealis phrasings of `lang`: the tables' entries. */
export const irrealisWords = (lang: Language): IrrealisWords => ({
  answer: ANSWER[lang],
  listCues: LIST_CUES[lang],
  frame: FRAME[lang],
  after: AFTER[lang],
  afterOwn: AFTER_OWN[lang],
  near: NEAR[lang],
  quantified: QUANTIFIED[lang],
  negated: NEGATED[lang],
  habitual: HABITUAL[lang],
  breaks: BREAK[lang],
});

export const NEAR_REACH = 30;

/** A span of a sentence, in its own offsets. */
interface Stretch {
  start: number;
  end: number;
}

/** Where the clause around offset `from` of `text` ends: its next comma or semicolon, else the text's end. */
function clauseEnd(text: string, from: number): number {
  const m = /[,;]/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** The stretches of `text` between contrastive breaks. */
function parts(text: string, re: RegExp): Stretch[] {
  const out: Stretch[] = [];
  let from = 0;
  re.lastIndex = 0;
  for (let x = re.exec(text); x; x = re.exec(text)) {
    out.push({ start: from, end: x.index });
    from = x.index + x[0].length;
  }
  out.push({ start: from, end: text.length });
  return out;
}

/**
 * The stretches of sentence `s` told as not real or as no particular event, in article offsets;
 * `lower` is its lower case, `afterQuestion` true when the sentence before it is a question (then
 * an opening «Скорее всего», "Hardly" answers it, and the whole sentence is as irreal as the
 * question), `dates` its date mentions (a habit word in a stretch with a date is the background
 * of a dated event, not a habit told instead of one), `inAnswer` whether it stands in an interview's answer (asked only
 * of a speaker's own «не исключаю, что», "I don't rule out": there the official's word on a plan). Empty for most sentences.
 */
export function irrealStretches(s: Sentence, lex: LanguageLexicon, lower: string, afterQuestion: boolean, dates: readonly Span[], inAnswer: () => boolean = () => false): Stretch[] {
  const text = s.text;
  const w = lex.irrealis;
  if (afterQuestion && w.answer.atStart(text, lower)) return [{ start: s.start, end: s.end }];
  if (!w.listCues.mayMatch(lower)) return [];
  const frames = w.frame.all(text, lower);
  const after = w.after.all(text, lower);
  const own = w.afterOwn.all(text, lower);
  if (own.length && !inAnswer()) for (let i = 0; i < own.length; i++) after.push(own[i]!);
  const near = w.near.all(text, lower);
  const quantified = w.quantified.all(text, lower);
  const negated = w.negated.all(text, lower);
  const habits = w.habitual.all(text, lower);
  if (!frames.length && !after.length && !near.length && !quantified.length && !negated.length && !habits.length) return [];
  const out: Stretch[] = quantified.map((m) => ({ start: s.start + m.start, end: s.start + m.end }));
  // «Никаких соглашений подписано не было»: the verb after the negated document is negated too.
  for (const m of negated) out.push({ start: s.start + m.start, end: s.start + clauseEnd(text, m.end) });
  const pieces = parts(text, w.breaks);
  const pieceOf = (at: number) => pieces.find((p) => p.start <= at && at <= p.end) ?? { start: 0, end: text.length };
  for (const m of frames) {
    const p = pieceOf(m.start);
    out.push({ start: s.start + p.start, end: s.start + p.end });
  }
  for (const m of habits) {
    const p = pieceOf(m.start);
    if (!dates.some((d) => s.start + p.start <= d.start && d.end <= s.start + p.end)) out.push({ start: s.start + p.start, end: s.start + p.end });
  }
  for (const m of after) out.push({ start: s.start + m.start, end: s.start + pieceOf(m.start).end });
  for (const m of near) out.push({ start: s.start + Math.max(0, m.start - NEAR_REACH), end: s.start + Math.min(text.length, m.end + NEAR_REACH) });
  return out;
}

/** True when trigger `hit` stands in one of `stretches`. */
export function inIrrealis(hit: TriggerHit, stretches: readonly Stretch[]): boolean {
  for (const x of stretches) if (x.start <= hit.start && hit.end <= x.end) return true;
  return false;
}
