/**
 * A statement told as the second conjunct of a sentence after another event: «Вопрос обсудили на
 * прошлой неделе, а в понедельник министр заявил, что …», "The ministers met last week, and on Monday
 * the minister said that …". The piece is cut off at its date and would inherit the event word of the
 * first conjunct (a second meeting); it tells a statement of its own day instead.
 */
import type { Language } from '../../../schema/dataset';
import type { DateMention, MilestoneDraft } from '../../types';
import type { ArticleView, Found } from './clause-state';
import type { Clause } from './clauses';
import { datedStatement } from './statement';
import { rx } from '../regex';

/** The conjunction that opens a second conjunct («а», «и», «но», "and", "but", "while"). */
const CONJUNCT_OPENING = { ru: rx(/^(?:а|и|но)\s/u), en: rx(/^(?:and|but|while)\s/u) };

/**
 * The statement clause `c` (cut off at its date, `text` its words, `ownMentions` its dates) tells as a second
 * conjunct, or null when it opens with no conjunction or tells no dated statement of someone named.
 */
export function conjunctStatement(a: ArticleView, f: Found, c: Clause, text: string, ownMentions: readonly DateMention[], sentence: number): MilestoneDraft | null {
  const lang: Language = a.lang;
  if (!ownMentions.length || !CONJUNCT_OPENING[lang].test(text)) return null;
  const piece = { index: sentence, start: c.start, end: c.end, text };
  return datedStatement(a.doc, piece, lang, a.speech, ownMentions as DateMention[], a.date, a.people, a.lowerDoc.of(c.start, c.end), f.out, false, true);
}

/** «что», "that" opening a piece: the content of what was said. */
const SAID_CONTENT = { ru: rx(/^что\s/u), en: rx(/^that\s/u) };
/** How many characters (a comma, a space) may part a statement's quote from the content after it. */
const CONTENT_GAP = 3;

/**
 * True when clause `c` (`text`) opens with «что» / "that" right after a statement just recorded (the last of `out`):
 * the content of what was said, cut off at a date of its own, is no event of the first conjunct.
 */
export function saidByStatement(out: readonly MilestoneDraft[], c: Clause, text: string, lang: Language): boolean {
  const last = out.length ? out[out.length - 1]! : null;
  return last !== null && last.type === 'statement' && last.quote.end <= c.start && c.start - last.quote.end <= CONTENT_GAP && SAID_CONTENT[lang].test(text);
}
