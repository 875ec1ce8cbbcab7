/**
 * An agreement told only as reached («стороны договорились о списании долга», "agreed to set up a
 * working group") is a milestone of its own, unless its paragraph tells a document signed: then the
 * accord is what the document holds («Стороны договорились создать комиссию. …
 * Соответствующее соглашение они подписали по итогам встречи»), told once more.
 */
import type { Language } from '../../../schema/dataset';
import type { MilestoneDraft } from '../../types';
import { MARKERS } from './lexicon';

/** Closing marks of a sentence; a line without one is a headline or a standfirst. */
const STOP = /[.!?…»"”)]\s*$/u;

/** True when `text` ends with a stop, as a sentence of the body does. */
export function closesSentence(text: string): boolean {
  return STOP.test(text);
}

/** «Договорились о …», "Agreed to …": a clause opened by the verb itself, with no subject of its own. */
const VERB_FIRST = /^\s*(?:договорил|agreed\b)/iu;

/** True when the clause `text` starts with the verb of agreeing. */
export function opensWithAccord(text: string): boolean {
  return VERB_FIRST.test(text);
}

/**
 * Removes from `out` each accord whose paragraph also tells a document signed (past, not a headline):
 * the document is what was agreed, told with its signing.
 */
export function dropSignedAccords(text: string, out: MilestoneDraft[], accords: ReadonlySet<MilestoneDraft>, headlines: ReadonlySet<MilestoneDraft>, lang: Language): void {
  const signed = out.filter((o) => o.type === 'agreement' && o.status === 'past' && !accords.has(o) && !headlines.has(o));
  if (!signed.length) return;
  for (let i = out.length - 1; i >= 0; i--) {
    const o = out[i]!;
    // «Кроме того, компания и кыргызская сторона договорились о …», "In addition, …": one more agreement, not the document's.
    if (accords.has(o) && signed.some((d) => sameParagraph(text, o.quote, d.quote) && sameTime(o.date, d.date)) && !MARKERS.additiveOpener[lang].atStart(o.quote.text)) out.splice(i, 1);
  }
}

/**
 * True when two dates may be of one occasion: either unknown, or one holds the other («2031-09» and «2031-09-14»). An accord
 * told with a time of its own («Ранее, в сентябре, … договорились …», "agreed in March to …") beside a document handed over
 * on another day is an earlier step, not what that document holds.
 */
function sameTime(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.startsWith(b) || b.startsWith(a);
}

/** True when no line break lies between spans `a` and `b`. */
function sameParagraph(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  return from >= to || text.indexOf('\n', from) === -1 || text.indexOf('\n', from) >= to;
}
