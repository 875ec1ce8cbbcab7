/**
 * A name the speaker takes back in the next words («с губернатором Петровым... простите, с мэром Ивановым», "with
 * Governor Petrov — sorry, Mayor Ivanov"): a slip of the tongue, corrected at once, names no one of the article.
 */
import type { NameHit } from './hit';
import { rx } from '../regex';

/** How far after a name its taking back may start: the dots, comma or dash of a pause, then the apology. */
const REACH = 24;
/** The apology that takes back the name just said, after a pause («... извините,», "— sorry,", ", I beg your pardon"). */
const TAKEN_BACK = rx(/^\s*(?:\.{2,3}|…)?\s*[,—–-]?\s*(?:извините|простите|прошу прощения|оговорился|оговорилась|sorry|pardon|I beg your pardon|excuse me)(?![\p{L}])/iu);

/** `hits` without the names taken back right after they were said; the same array when none is. */
export function withoutMisspoken(text: string, hits: NameHit[]): NameHit[] {
  let out: NameHit[] | null = null;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (TAKEN_BACK.test(text.slice(h.end, h.end + REACH))) out ??= hits.slice(0, i);
    else if (out) out.push(h);
  }
  return out ?? hits;
}
