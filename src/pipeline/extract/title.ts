/** The article's title: the header's, else the first line that reads like a headline. */
import type { ArticleDoc } from '../types';
import { rx } from './regex';

/** Lines that are page furniture, not a headline. */
const NOISE = [
  /^(posted|published|modified|updated|опубликовано|обновлено|источник|фото|photo)\b/i,
  /^[\d\s.,:/—–-]+$/,
  rx(/^\d{1,2}\s+\p{L}+\s+\d{4}/u),
];

/** Dateline at the start of a lead: «БИШКЕК, 11 ноя – РИА Новости.», "MOSCOW, May 24. /TASS/". */
const DATELINE = rx(/^[\p{Lu}][\p{L}-]+(?:[ -][\p{Lu}][\p{L}-]+)?[,.]\s+\d{1,2}\s+\p{L}+\.?\s*(?:\d{4}\s*)?(?:[–—-]\s*[^.]{1,40}?\.|\.\s*\/?[^.]{1,30}\/?\.?)?\s*/u);

/** Longest title kept before cutting at a word boundary. */
const MAX = 140;

/** Picks a title: header `title`, else the first non-noise line, without a leading dateline. */
export function extractTitle(doc: ArticleDoc): string {
  if (doc.header.title?.trim()) return doc.header.title.trim();
  for (const raw of doc.text.split('\n')) {
    const line = raw.trim();
    if (line.length < 12 || NOISE.some((re) => re.test(line))) continue;
    const body = line.replace(DATELINE, '');
    const first = body.length > MAX ? (body.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? body) : body;
    return cut(first.trim());
  }
  return doc.file;
}

function cut(s: string): string {
  if (s.length <= MAX) return s;
  const at = s.lastIndexOf(' ', MAX - 1);
  return `${s.slice(0, at > 40 ? at : MAX - 1)}…`;
}
