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

/** True when the known official's name, in Russian or English, has three words or more and opens with `given` (lower case). */
function opensName(lex: PeopleLexicon, official: number | null, given: string | null): boolean {
  if (official === null || given === null) return false;
  const o = lex.officials[official]!;
  return longNameOpens(o.nameRu, given) || longNameOpens(o.nameEn, given);
}

function longNameOpens(name: string, given: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 3 && words[0]!.toLowerCase() === given;
}

/** True when the unknown name `h` runs, with only words between in its sentence, into `next`, a known official's longer name. */
function isPrefix(text: string, h: NameHit, next: NameHit, lex: PeopleLexicon): boolean {
  const u = h.unknown!;
  return (
    next.sent === h.sent &&
    next.official !== null &&
    next.start - h.end < 40 &&
    NAME_REST.test(text.slice(h.end, next.start)) &&
    (opensName(lex, next.official, u.givenRu.toLowerCase()) || opensName(lex, next.official, u.givenEn?.toLowerCase() ?? null))
  );
}

/** `hits` without an unknown name that is the start of a known official's longer name; the same array when none is. */
export function withoutNamePrefixes(text: string, hits: NameHit[], lex: PeopleLexicon): NameHit[] {
  let out: NameHit[] | null = null;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.unknown !== null && i + 1 < hits.length && isPrefix(text, h, hits[i + 1]!, lex)) out ??= hits.slice(0, i);
    else if (out) out.push(h);
  }
  return out ?? hits;
}
