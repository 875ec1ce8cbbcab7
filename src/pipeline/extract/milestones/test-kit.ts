/** Shared by the milestone test tables: what the whole pass list finds in a short article. */
import { toDoc } from '../../read';
import { extractArticle } from '../index';

/** `date status type «first two words»` of every milestone the whole pass list finds in `text`. */
export function milestoneLines(text: string): string[] {
  return extractArticle(toDoc('t.txt', text).doc).milestones.map(
    (m) => `${m.date} ${m.status} ${m.type} «${m.quote.text.split(' ').slice(0, 2).join(' ')}»`,
  );
}
