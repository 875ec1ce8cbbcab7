/**
 * Events told as not real: counterfactual («Если бы годовщина пришлась на обычное время, приехал
 * бы министр», "Had the summit gone ahead, …"), conditional with a modal ("If he wins, he might
 * sign …"), the author's speculation («Не исключено, что …», "It is possible that …") and the
 * answer to a rhetorical question («Скорее всего, …», "Hardly."). Opinion pieces argue with such
 * events; a timeline keeps only what happened or is planned. Phrasings are data
 * (`knowledge/event-phrasing.json`, `irrealis`).
 */
import type { Language } from '../../../schema/dataset';
import type { Sentence } from '../../types';
import raw from '../../knowledge/event-phrasing.json';
import { WordMatcher, type TriggerHit } from './lexicon';
import { rx } from '../regex';

type ByLang<T> = Record<Language, T>;
const both = (l: { ru: string[]; en: string[] }): ByLang<WordMatcher> => ({ ru: new WordMatcher(l.ru), en: new WordMatcher(l.en) });

const FRAME = both(raw.irrealis.frame);
const AFTER = both(raw.irrealis.after);
const NEAR = both(raw.irrealis.near);
const ANSWER = both(raw.irrealis.answer);

/**
 * Where an irreal stretch ends: a contrast («…, но …», "…, but …", "instead") or a semicolon
 * turns back to what is real ("Had Moscow insisted, X might have left; instead it signed …").
 */
const BREAK: ByLang<RegExp> = {
  ru: rx(/,\s*(?:но|однако|зато)\s|;/giu),
  en: rx(/,\s*(?:but|yet|instead)\s|;|(?:^|\s)instead,?\s/giu),
};

/** How far (characters) an event word may stand from a subjunctive («бы», "would have") to be its verb's. */
export const NEAR_REACH = 30;

/** A span of a sentence, in its own offsets. */
interface Stretch {
  start: number;
  end: number;
}

/** The stretches of `text` between contrastive breaks. */
function parts(text: string, lang: Language): Stretch[] {
  const out: Stretch[] = [];
  let from = 0;
  const re = BREAK[lang];
  re.lastIndex = 0;
  for (let x = re.exec(text); x; x = re.exec(text)) {
    out.push({ start: from, end: x.index });
    from = x.index + x[0].length;
  }
  out.push({ start: from, end: text.length });
  return out;
}

/**
 * The stretches of sentence `s` told as not real, in article offsets; `lower` is its lower case,
 * `afterQuestion` true when the sentence before it is a question (then an opening «Скорее всего»,
 * "Hardly" answers it, and the whole sentence is as irreal as the question). Empty for most sentences.
 */
export function irrealStretches(s: Sentence, lang: Language, lower: string, afterQuestion: boolean): Stretch[] {
  const text = s.text;
  if (afterQuestion && ANSWER[lang].atStart(text, lower)) return [{ start: s.start, end: s.end }];
  const frames = FRAME[lang].all(text, lower);
  const after = AFTER[lang].all(text, lower);
  const near = NEAR[lang].all(text, lower);
  if (!frames.length && !after.length && !near.length) return [];
  const out: Stretch[] = [];
  const pieces = parts(text, lang);
  const pieceOf = (at: number) => pieces.find((p) => p.start <= at && at <= p.end) ?? { start: 0, end: text.length };
  for (const m of frames) {
    const p = pieceOf(m.start);
    out.push({ start: s.start + p.start, end: s.start + p.end });
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
