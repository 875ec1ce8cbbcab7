import { rx } from '../regex';
/**
 * Direct speech: the parts of an article that quote someone. Events told inside a quote are
 * the speaker's references ("we have lifted all restrictions"), not the reporter's narrative,
 * so they do not inherit the article date.
 */

/** `[start, end)` ranges of direct speech in `text`. */
export type Ranges = [number, number][];

/** A quoted span this long, or holding a full stop, is speech; shorter ones are names («Газпром»). */
const MIN_SPEECH = 60;
/** "Akylbek Japarov: …", «В.Путин: …» — a transcript speaker label at the start of a paragraph. */
const SPEAKER = rx(/^(?:(?:[\p{Lu}][\p{L}’'.-]+\s){1,3}|(?:\p{Lu}\.\s?){1,2})[\p{Lu}][\p{L}’'-]+:\s/u);
const OPEN = new Set(['«', '“', '„']);
const CLOSE: Record<string, string> = { '«': '»', '“': '”', '„': '“' };

const isSpeechLike = (inner: string) => inner.length >= MIN_SPEECH || /[.!?…]\s/.test(inner);

/** Finds direct-speech ranges: quotes in «», “”, "" and transcript paragraphs after a speaker label. */
export function findSpeech(text: string): Ranges {
  const out: Ranges = [];
  const paras = text.split('\n');
  // A label ends with a colon: a paragraph without one is not searched.
  const labels = paras.map((p) => (p.includes(':') ? SPEAKER.exec(p) : null));
  // A transcript has several speaker turns; a single «Name: words» line is a headline.
  const transcriptTurns = labels.filter((l) => l !== null).length >= 2;
  let transcript = false;
  let pos = 0;
  for (let k = 0; k < paras.length; k++) {
    const para = paras[k]!;
    const start = pos;
    pos += para.length + 1;
    const label = labels[k] ?? null;
    if (label && transcriptTurns) transcript = true;
    if (transcript) {
      if (para.trim()) out.push([start, start + para.length]);
      continue;
    }
    if (label) out.push([start + label[0].length, start + para.length]);
    else out.push(...quotedRanges(para, start));
  }
  return merge(out);
}

/** The next character that can open a quote (a regex search skips plain text fastest). */
const QUOTE_OPEN = /[«“„"]/g;

/** Quoted ranges of one paragraph; an unclosed quote runs to the paragraph's end. */
function quotedRanges(para: string, offset: number): Ranges {
  const out: Ranges = [];
  let i = 0;
  while (i < para.length) {
    QUOTE_OPEN.lastIndex = i;
    const open = QUOTE_OPEN.exec(para);
    if (!open) break;
    i = open.index;
    const ch = para[i]!;
    let close = -1;
    if (OPEN.has(ch)) close = findClose(para, i, ch, CLOSE[ch]!);
    else close = para.indexOf('"', i + 1);
    const end = close < 0 ? para.length : close + 1;
    if (isSpeechLike(para.slice(i + 1, close < 0 ? para.length : close))) out.push([offset + i, offset + end]);
    i = end;
  }
  return out;
}

/** Index of the quote that closes the one at `at`, allowing nested «…«…»…». */
function findClose(s: string, at: number, open: string, close: string): number {
  let depth = 0;
  // By character code: indexing a Cyrillic string makes a new one-character string each time.
  const o = open === close ? -1 : open.charCodeAt(0);
  const c = close.charCodeAt(0);
  for (let j = at; j < s.length; j++) {
    const code = s.charCodeAt(j);
    if (code === o) depth++;
    else if (code === c) {
      depth--;
      if (depth <= 0) return j;
    }
  }
  return -1;
}

function merge(r: Ranges): Ranges {
  const s = [...r].sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (const x of s) {
    const last = out[out.length - 1];
    if (last && x[0] <= last[1]) last[1] = Math.max(last[1], x[1]);
    else out.push([x[0], x[1]]);
  }
  return out;
}

/** True when offset `pos` lies inside direct speech. */
export function inSpeech(ranges: Ranges, pos: number): boolean {
  for (const [a, b] of ranges) {
    if (pos < a) return false;
    if (pos < b) return true;
  }
  return false;
}
