/**
 * "the Japarov-Putin summit", «встреча Путина-Жапарова»: two officials' surnames joined by a hyphen as a
 * compound modifier. The tokenizer keeps a hyphenated word whole («Ала-Арча», «вице-премьер»), so such a
 * pair is split here, with the lexicon at hand, into one token per surname.
 */
import type { Language } from '../../../schema/dataset';
import { latinKey, type PeopleLexicon } from './lexicon';
import { type Token, wordKey } from './tokens';
import { rx } from '../regex';

/** Hyphen-minus or hyphen, as the tokenizer joins a word's parts with. */
const HYPHEN = /[-‐]/;

/** True when a word of the text is the surname of an official of the lexicon, in any case form. */
function knownSurname(word: string, lex: PeopleLexicon, lang: Language): boolean {
  return lang === 'en' ? lex.enSurname.has(latinKey(word)) : lex.ruSurname.has(wordKey(word));
}

/** A capital followed by lower-case letters: a name's shape, not «ЕАЭС» nor a lower-case word. */
const NAME_SHAPE = rx(/^\p{Lu}\p{Ll}+$/u);

/**
 * The parts of a hyphenated token when every part is a capitalised surname of a known official and the
 * whole word is no official's (double) surname; else null. «Иссык-Куль», «Ала-Арча» and an unknown
 * person's double surname stay one word.
 */
function officialParts(t: Token, lex: PeopleLexicon, lang: Language): Token[] | null {
  if (knownSurname(t.text, lex, lang)) return null;
  const out: Token[] = [];
  let at = 0;
  for (const part of t.text.split(HYPHEN)) {
    if (!NAME_SHAPE.test(part) || !knownSurname(part, lex, lang)) return null;
    out.push({ text: part, key: wordKey(part), start: t.start + at, end: t.start + at + part.length, sent: t.sent, cap: true });
    at += part.length + 1;
  }
  return out.length > 1 ? out : null;
}

/** The tokens with each hyphenated pair of known officials' surnames split into its surnames (the same array when none is). */
export function splitOfficialPairs(toks: Token[], lex: PeopleLexicon, lang: Language): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // Most tokens have no hyphen: only those are looked up.
    const parts = t.cap && t.text.length > 4 && (t.text.includes('-') || t.text.includes('‐')) ? officialParts(t, lex, lang) : null;
    if (parts) {
      out ??= toks.slice(0, i);
      out.push(...parts);
    } else if (out) out.push(t);
  }
  return out ?? toks;
}
