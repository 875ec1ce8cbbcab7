/**
 * Double given names joined by a hyphen («Анна-Мария», "Gulnara-Klara"): the tokenizer keeps such a word whole,
 * so the lexicon, which lists single given names, does not know it. It is a given name when every part is one.
 */
import type { Case } from './forms';
import { latinKey, type GivenHit } from './lexicon';

/** Hyphen-minus or hyphen, as the tokenizer joins a word's parts with. */
const HYPHEN = /[-‐]/;

/**
 * The readings of a hyphenated word whose every part is a given name in `map` (keys made by `key`): the parts'
 * nominatives joined by a hyphen, in the cases all parts share, of the last part's gender. Null otherwise.
 */
function doubleGiven(word: string, map: Map<string, GivenHit[]>, key: (part: string) => string): GivenHit[] | null {
  if (!HYPHEN.test(word)) return null;
  const parts = word.split(HYPHEN);
  if (parts.length !== 2) return null;
  const a = map.get(key(parts[0]!))?.[0];
  const b = map.get(key(parts[1]!))?.[0];
  if (!a || !b) return null;
  const cases = new Set<Case>([...a.cases].filter((c) => b.cases.has(c)));
  if (!cases.size) return null;
  const en = a.en && b.en ? `${a.en}-${b.en}` : null;
  return [{ nom: `${a.nom}-${b.nom}`, cases, gender: b.gender, en }];
}

/** "Gulnara-Klara": a double given name of an English text. */
export const doubleGivenEn = (word: string, map: Map<string, GivenHit[]>): GivenHit[] | null => doubleGiven(word, map, latinKey);

/** «Гульнары-Клары»: a double given name of a Russian text (`key` is the lower-case token key). */
export const doubleGivenRu = (key: string, map: Map<string, GivenHit[]>): GivenHit[] | null => doubleGiven(key, map, (p) => p);
