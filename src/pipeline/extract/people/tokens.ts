/** Word tokens of an article with offsets, sentence index and the shape facts the matchers need. */
import type { ArticleDoc } from '../../types';

/** One word of the text (letters, inner hyphens kept: «Верхне-Нарынского», «вице-премьер»). */
export interface Token {
  text: string;
  /** Lower case, ё folded to е. */
  key: string;
  start: number;
  end: number;
  /** Index into `doc.sentences`, or -1 outside every sentence. */
  sent: number;
  /** First letter upper case and at least one lower-case letter (not an acronym such as «РФ»). */
  cap: boolean;
  /** First token of its sentence. */
  first: boolean;
}

const WORD = /\p{L}+(?:[-‐]\p{L}+)*/gu;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

/** Normalised lookup key of a word: lower case, ё → е. */
export function wordKey(w: string): string {
  return w.toLowerCase().replace(/ё/g, 'е');
}

/** Splits the text into word tokens in one pass, tagging each with its sentence. */
export function tokenize(doc: ArticleDoc): Token[] {
  const out: Token[] = [];
  const sents = doc.sentences;
  let s = 0;
  let lastSent = -2;
  for (const m of doc.text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    while (s < sents.length && sents[s]!.end <= start) s++;
    const sent = s < sents.length && sents[s]!.start <= start ? s : -1;
    const text = m[0];
    out.push({
      text,
      key: wordKey(text),
      start,
      end,
      sent,
      cap: UPPER.test(text) && HAS_LOWER.test(text),
      first: sent !== lastSent,
    });
    lastSent = sent;
  }
  return out;
}

/** True when only spaces or tabs separate two tokens (no punctuation, no line break). */
export function adjacent(text: string, a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b || b.start < a.end) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return b.start - a.end <= 3;
}
