/**
 * The date mentions of each sentence, sorted out once per article. Asking every sentence which of
 * the article's mentions lie inside it tests sentences × mentions pairs; one binary search per
 * mention finds the only sentence it can lie in (sentences follow one another without overlap).
 */
import { bisector } from 'd3-array';
import type { DateMention, Sentence } from '../../types';

const bySentenceStart = bisector((s: Sentence) => s.start);
/** Index of the last sentence starting at or before `at`, or -1. */
const lastStartingBy = (sentences: readonly Sentence[], at: number): number => bySentenceStart.right(sentences, at) - 1;

/** True when each sentence ends before the next starts. */
function inOrder(sentences: readonly Sentence[]): boolean {
  for (let i = 1; i < sentences.length; i++) if (sentences[i - 1]!.end > sentences[i]!.start) return false;
  return true;
}

/**
 * For each sentence (by position in `sentences`), the mentions lying wholly inside it, in the
 * order of `mentions`: what `mentions.filter((m) => m.start >= s.start && m.end <= s.end)` gives.
 */
export function mentionsBySentence(mentions: readonly DateMention[], sentences: readonly Sentence[]): DateMention[][] {
  const within = (s: Sentence) => (m: DateMention) => m.start >= s.start && m.end <= s.end;
  if (!inOrder(sentences)) {
    const each: DateMention[][] = [];
    for (const s of sentences) each.push(mentions.filter(within(s)));
    return each;
  }
  // Built by pushes, like the fallback's result: one array layout reaches the caller either way.
  const out: DateMention[][] = [];
  for (let i = 0; i < sentences.length; i++) out.push([]);
  for (const m of mentions) {
    const i = lastStartingBy(sentences, m.start);
    if (i >= 0 && m.end <= sentences[i]!.end) out[i]!.push(m);
  }
  return out;
}
