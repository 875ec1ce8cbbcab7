/**
 * A rank between a title and a name: "the base commander, Colonel Ivan Petrov", «командующий, генерал-майор Иван Петров»,
 * «посол, Чрезвычайный и Полномочный Посол России Иван Петров». The rank (from `knowledge/roles.json`, `ranks`) and the
 * comma before it are no part of the title's gap: the title before them is the person's role.
 */
import lexicon from '../../knowledge/roles.json';
import { phraseSource, rx } from '../regex';

/** A rank, with an optional country after it («Посол России»), ending right before the name; a comma or dash may open it. */
const RANK_TAIL = rx(
  `(?:^|[\\s,—–])\\s*(?:${[...lexicon.ranks.ru, ...lexicon.ranks.en].map(phraseSource).join('|')})(?:\\s+\\p{Lu}\\p{Ll}+)?\\s+$`,
  'iu',
);
/** Cheap test before the rank pattern: the gap has a comma or dash, or a capitalised word, or a lower-case Russian rank stem. */
const MAY_HOLD_RANK = rx(/[,—–\p{Lu}]|генерал|полковник|майор|капитан|адмирал|маршал/u);
/** A comma or dash left at the end of the title's part of the gap. */
const TRAILING_MARK = /\s*[,—–]\s*$/;

/**
 * The gap between a title and a name without a rank at its end ("of the base, Colonel " → " of the base"), or null when
 * it ends in no rank.
 */
export function gapWithoutRank(gap: string): string | null {
  if (!MAY_HOLD_RANK.test(gap)) return null;
  const m = RANK_TAIL.exec(gap);
  if (!m) return null;
  return gap.slice(0, m.index).replace(TRAILING_MARK, ' ');
}
