/**
 * White space by code unit: what `\s` matches (white space and line terminators, the characters
 * `String.prototype.trim` strips), for scans that would otherwise run a regex per character.
 */
const SPACES = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
for (let c = 0x2000; c <= 0x200a; c++) SPACES.add(c);

/** True when UTF-16 code unit `code` is one that `\s` matches. */
export function isSpace(code: number): boolean {
  return SPACES.has(code);
}

/**
 * The run of non-space characters right before the white space ending `text[from, to)`,
 * lower-cased; null when that span does not end with white space.
 */
export function lastRunBeforeSpace(text: string, from: number, to: number): string | null {
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === to) return null;
  let start = end;
  while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}
