/**
 * A year clue from the copyright line at a page's foot: «2015 © Кабар», "© 2008 Kyrgyzinfo. All rights reserved.",
 * «© Пресс-служба Президента, 2001». A single year there is the year the page came out; a span of years
 * («© 2014–2018 …») is the site's, and says nothing of the page.
 */
import type { ArticleDoc } from '../../types';
import type { YearClue } from './year-clues';
import { lastLines } from './lines';

/** A copyright line is short page furniture. */
const MAX_LINE = 120;
const YEAR = '(?:199\\d|20[0-4]\\d)';
/** The year right before or after the sign, or ending the line after it; no second year joined by a dash. */
const COPYRIGHT_YEAR = new RegExp(
  `(?:(?<![\\d–—-])(?<y1>${YEAR})\\s*©|©\\s*(?<y2>${YEAR})(?!\\s*[–—-]\\s*\\d)|©[^\\d\\n]{2,80}?,?\\s(?<y3>${YEAR})\\.?\\s*$)`,
  'u',
);
/** A year span anywhere in the line: the site's years. */
const SPAN = new RegExp(`${YEAR}\\s*[–—-]\\s*${YEAR}`, 'u');

/** The year of a copyright line among the page's last lines, as a clue of weight 2, or none. */
export function copyrightYearClues(doc: ArticleDoc, maxLines = 6): YearClue[] {
  if (!doc.text.includes('©')) return [];
  for (const line of lastLines(doc, maxLines)) {
    if (line.text.length > MAX_LINE || !line.text.includes('©') || SPAN.test(line.text)) continue;
    const m = COPYRIGHT_YEAR.exec(line.text);
    const y = m?.groups ? (m.groups.y1 ?? m.groups.y2 ?? m.groups.y3) : undefined;
    if (!y) continue;
    return [{ year: Number(y), weight: 2, evidence: `year ${y} of the copyright line «${line.text.trim()}»` }];
  }
  return [];
}
