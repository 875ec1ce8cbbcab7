/** Word runs next to white space, read by character code instead of a regex per position. */
import { isSpaceCode } from '../../read';

/**
 * The run of non-space characters right before the white space ending `text[from, to)`,
 * lower-cased; null when that span does not end with white space.
 */
export function lastRunBeforeSpace(text: string, from: number, to: number): string | null {
  let end = to;
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end === to) return null;
  let start = end;
  while (start > from && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}
