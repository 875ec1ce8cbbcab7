/**
 * Text measurement without a DOM: widths estimated from per-character advances close to Inter's,
 * so layout is the same in the page, the embed, an export and a unit test. Slightly generous, so
 * a label that fits here fits on screen.
 */

const NARROW = new Set([...'il.,:;!|\'’ ()[]ітїj1']);
const WIDE = new Set([...'mwMWШЩЖМЮФшщжмюф—%@']);

/** Estimated advance of one character, in em. */
function advance(ch: string): number {
  if (ch === ' ' || ch === '\u00a0') return 0.28;
  if (NARROW.has(ch)) return 0.3;
  if (WIDE.has(ch)) return 0.86;
  if (/[0-9$€₽]/.test(ch)) return 0.62;
  if (/[A-ZА-ЯЁ]/.test(ch)) return 0.68;
  return 0.57;
}

/** Estimated width of a single line of text at a font size, in px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += advance(ch);
  return em * fontSize * (bold ? 1.06 : 1);
}

/** Breaks text into lines no wider than `maxWidth`; a word longer than a line gets a line of its own. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = text.split(/ +/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && textWidth(next, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
