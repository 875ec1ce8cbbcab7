/**
 * «Луис Инасиу Лула да Силва», "Andres Manuel Lopez Obrador": a name of more words than a given name and a surname.
 * Its first two words read as an unknown person's given name and surname, and a later one as the known official's
 * surname; an unknown name followed in its sentence, with only words between, by a known official whose name of three
 * words or more opens with that given name, is the start of that name.
 */
import type { NameHit } from './hit';
import type { PeopleLexicon } from './lexicon';
import { rx } from '../regex';

/** Up to three words and the spaces around them, no punctuation: the rest of one long name. */
const NAME_REST = rx(/^(?:\s+[\p{L}'’-]+){0,3}\s+$/u);

function opensName(lex: PeopleLexicon, official: number | null, given: string): boolean {
  if (official === null) return false;
  const o = lex.officials[official]!;
  return [o.nameRu, o.nameEn].some((n) => {
    const words = n.split(/\s+/);
    return words.length >= 3 && words[0]!.toLowerCase() === given;
  });
}

/** `hits` without an unknown name that is the start of a known official's longer name; the same array when none is. */
export function withoutNamePrefixes(text: string, hits: NameHit[], lex: PeopleLexicon): NameHit[] {
  let out: NameHit[] | null = null;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const next = hits[i + 1];
    const prefix =
      h.unknown !== null &&
      next !== undefined &&
      next.sent === h.sent &&
      next.start - h.end < 40 &&
      NAME_REST.test(text.slice(h.end, next.start)) &&
      [h.unknown.givenRu, h.unknown.givenEn].some((g) => g !== null && opensName(lex, next.official, g.toLowerCase()));
    if (prefix) out ??= hits.slice(0, i);
    else if (out) out.push(h);
  }
  return out ?? hits;
}
