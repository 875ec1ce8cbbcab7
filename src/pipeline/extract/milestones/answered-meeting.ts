/**
 * An interviewer's question naming a meeting («В мае вы встречались с губернатором. Что решили?»,
 * "You met the minister in May. What came of it?") and the answer that tells it again in the first person («Да, в
 * четверг мы встречались в Оше …», "Yes, we met in Osh …"): one meeting, told twice. The answer keeps it when it
 * gives a date of its own (the speaker knows the day better than the question); otherwise the question, which dated it.
 */
import type { ArticleDoc, DateMention, MilestoneDraft } from '../../types';
import { rx } from '../regex';

/** The second person of the interviewer («вы», "you"). */
const SECOND_PERSON = rx(/(?:^|[^\p{L}])(?:вы|Вы|you|You)(?![\p{L}])/u);
/** The first person of the answer («я», «мы», "I", "we"). */
const FIRST_PERSON = rx(/(?:^|[^\p{L}])(?:я|Я|мы|Мы|I|we|We)(?![\p{L}])/u);

/** What may stand before the answer's first sentence: its dash, or the speaker's label («Петров:», «А.Петров:», "A:"). */
const ANSWER_OPENING = rx(/^(?:[—–-]\s*|[^\s:]{1,30}:\s*)?$/u);

/** The paragraph `[start, end)` of `text` around offset `at`. */
function paragraphAt(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return { start, end: end < 0 ? text.length : end };
}

/** The next paragraph with words after offset `end`, or null. */
function nextParagraph(text: string, end: number): { start: number; end: number } | null {
  let at = end;
  while (at < text.length && (text[at] === '\n' || text[at] === ' ' || text[at] === '\r')) at++;
  return at < text.length ? paragraphAt(text, at) : null;
}

/** `milestones` without the second telling of a meeting asked about and answered; the same array when there is none. */
export function withoutAnsweredMeetings(doc: ArticleDoc, mentions: readonly DateMention[], milestones: MilestoneDraft[]): MilestoneDraft[] {
  const text = doc.text;
  // Only an interview has a question mark: most articles end here.
  if (!text.includes('?')) return milestones;
  let dropped: Set<MilestoneDraft> | null = null;
  for (let i = 0; i < milestones.length; i++) {
    const q = milestones[i]!;
    if (q.type !== 'meeting' || q.status !== 'past' || !SECOND_PERSON.test(q.quote.text)) continue;
    const para = paragraphAt(text, q.quote.start);
    if (!text.slice(para.start, para.end).includes('?')) continue;
    const next = nextParagraph(text, para.end);
    if (!next) continue;
    // The answer's opening sentence, after its dash or the speaker's label: a meeting told later in it may be another.
    const a = milestones.find((m) => m !== q && m.type === 'meeting' && m.status === 'past' && m.quote.start >= next.start && m.quote.start < next.end && FIRST_PERSON.test(m.quote.text));
    if (!a || !ANSWER_OPENING.test(text.slice(next.start, a.quote.start))) continue;
    const ownDate = mentions.some((d) => d.start >= a.quote.start && d.end <= a.quote.end);
    (dropped ??= new Set()).add(ownDate ? q : a);
  }
  return dropped ? milestones.filter((m) => !dropped!.has(m)) : milestones;
}
