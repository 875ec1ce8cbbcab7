/**
 * The year a span of years counted from a written "since" year reaches: «"Газпром" работает в республике с 2014
 * года … За десять лет работы компания вложила …», "The fund has operated since 2015. Over its ten years it has
 * financed …": the text is written that many years after the year it counts from.
 */
import type { ArticleDoc } from '../../types';
import { COUNT_EN, COUNT_RU, FUTURE, countAlternation } from './lexicon';
import type { YearClue } from './year-clues';
import { rx } from '../regex';

const YR = '(?:199\\d|20[0-4]\\d)';
const COUNT = new Map([...COUNT_RU, ...COUNT_EN].filter(([, n]) => n > 1));
const WORDS = countAlternation(COUNT.keys());

/** «с 2014 года», "since 2014": the start of an open period (not «с 2014 по 2020 год», "from 2014 to 2020"). */
const SINCE = rx(`(?<![\\p{L}])(?:с|со|since)\\s+(${YR})(?!\\d)(?:\\s*(?:года|г\\.))?(?!\\s*(?:[-–—]|по|до|to|until|through)\\s)`, 'iu');
/**
 * «за десять лет работы», «за эти 10 лет», "over its ten years", "in the past ten years": the span told as elapsed.
 * Not an approximate count («более десяти лет» has no «за» right before the number).
 */
const SPAN = rx(
  `(?<![\\p{L}])(?:за|over|in)\\s+(?:(?:the|its|these|эти|последние|past|last|first)\\s+){0,2}(\\d{1,2}|${WORDS})\\s+(?:лет|years)(?![\\p{L}])`,
  'iu',
);
/** A past verb after the span («вложила», «построено», "has financed"): the span is elapsed, not ahead («построит»). */
const PAST_SHAPE = {
  ru: rx(/(?<![\p{L}])\p{L}{2,}(?:л|ла|ли|ло|лся|лась|лись|но|ны|ен|ена|рос|влек|влёк)(?![\p{L}])/u),
  en: rx(/(?<![\p{L}])(?:has|have|had|was|were|\p{L}{2,}ed)(?![\p{L}])/iu),
};
/** A cheap test before `SINCE`. */
const SINCE_GATE = rx(/(?:^|[^\p{L}])(?:с|со|since)\s+\d{4}/iu);
/** What `SINCE_GATE` needs, without its left edge: found once in the whole text. */
const SINCE_LOOSE = /(?:с|со|since)\s+\d{4}/giu;

/**
 * Where `SINCE_LOOSE` matches in `text`, in order. A match of `SINCE_GATE` inside a slice of `text`
 * holds a match of `SINCE_LOOSE` starting inside that slice (no two of its matches overlap: one
 * ends in digits and starts at «с» or "s").
 */
export function looseSinceStarts(text: string): number[] {
  const starts: number[] = [];
  SINCE_LOOSE.lastIndex = 0;
  for (let m = SINCE_LOOSE.exec(text); m; m = SINCE_LOOSE.exec(text)) starts.push(m.index);
  return starts;
}

/** Year clues from a span counted from a "since" year in the same sentence or the next one. */
export function sinceSpanClues(doc: ArticleDoc): YearClue[] {
  const out: YearClue[] = [];
  const starts = looseSinceStarts(doc.text);
  if (!starts.length) return out;
  const future = FUTURE[doc.language];
  let next = 0;
  doc.sentences.forEach((s, i) => {
    while (next < starts.length && starts[next]! < s.start) next++;
    if (next === starts.length || starts[next]! >= s.end) return;
    if (!SINCE_GATE.test(s.text)) return;
    const since = SINCE.exec(s.text);
    if (!since) return;
    for (const t of [s.text.slice(since.index + since[0].length), doc.sentences[i + 1]?.text ?? '']) {
      const span = SPAN.exec(t);
      if (!span) continue;
      // «За пять лет компания построит …»: a span ahead, not elapsed.
      if (future.test(t) || !PAST_SHAPE[doc.language].test(t.slice(span.index))) return;
      const n = /^\d+$/.test(span[1]!) ? Number(span[1]) : (COUNT.get(span[1]!.toLowerCase()) ?? 0);
      const year = Number(since[1]) + n;
      if (n < 2 || year > 2040) return;
      out.push({ year, weight: 2, evidence: `year ${year} from «${since[0].trim()}» and «${span[0]}» (${since[1]} + ${n})` });
      return;
    }
  });
  return out;
}
