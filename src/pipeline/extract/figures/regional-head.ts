/**
 * Heads of regions and cities (governors, republic heads, mayors) among the article's people: "our trade" in the mouth
 * of a governor is the region's trade, not the two countries'. The people stage has found who the article names and
 * where; this rule only asks which of them headed a region or city when the article was written.
 */
import { officials, rolesAt, type Official } from '../../knowledge';
import type { PersonDraft, Span } from '../../types';
import { rx } from '../regex';

/** A role title of a region's or a city's head («губернатор Алтайского края», «мэр Новосибирска», "Rais of Tatarstan"). */
const REGIONAL_TITLE = rx(
  /^(?:губернатор|мэр|глава\s+(?:администрации|города|республики|региона)|президент\s+республики\s+(?!кыргыз|киргиз)|раис|полномочн\p{L}*\s+представител\p{L}*\s+правительства\s+в\s+\p{L}+\s+области)/iu,
);

/** The officials of the knowledge base by id. */
const officialById = new Map<string, Official>(officials.map((o) => [o.id, o]));

/** Whether an official headed a region or city on `date` (at any time when the article's date is not known). */
function headOn(o: Official, date: string | null): boolean {
  return (date === null ? o.roles : rolesAt(o, date)).some((r) => REGIONAL_TITLE.test(r.titleRu.trim()));
}

/**
 * The mentions of the article's `people` (the people stage's) who headed a region or city on `date`, the article's
 * date (ISO, any precision; at any time when null).
 */
export function regionalHeadMentions(people: readonly PersonDraft[], date: string | null): Span[] {
  const out: Span[] = [];
  for (const p of people) {
    const o = p.known ? officialById.get(p.id) : undefined;
    if (o && headOn(o, date)) out.push(...p.mentions);
  }
  return out;
}

/** How far after a quotation's closing mark its attribution («— заявил глава республики …») is looked for. */
const ATTRIBUTION_REACH = 160;

/**
 * Whether one of `mentions` starts in the sentence `[start, end)`, or, when `body` is given and the sentence stands inside a
 * quotation of several sentences («… 38 млн долларов. Но этого мало», — заявил глава республики), in the attribution right
 * after the quotation closes on the same paragraph.
 */
export function namesRegionalHead(mentions: readonly Span[], sentence: { start: number; end: number }, body?: string): boolean {
  for (const m of mentions) if (sentence.start <= m.start && m.start < sentence.end) return true;
  if (body === undefined || mentions.length === 0) return false;
  const lineEnd = body.indexOf('\n', sentence.end);
  const paragraphEnd = lineEnd < 0 ? body.length : lineEnd;
  const lineStart = body.lastIndexOf('\n', sentence.start) + 1;
  // Inside a quotation: more opening marks than closing ones from the paragraph's start to the sentence's end.
  let open = 0;
  for (let i = lineStart; i < sentence.end; i++) {
    const ch = body[i];
    if (ch === '«') open++;
    else if (ch === '»') open--;
  }
  if (open <= 0) return false;
  const close = body.indexOf('»', sentence.end);
  if (close < 0 || close >= paragraphEnd) return false;
  const stop = body.indexOf('.', close);
  const until = Math.min(paragraphEnd, close + ATTRIBUTION_REACH, stop < 0 ? body.length : stop);
  for (const m of mentions) if (close < m.start && m.start < until) return true;
  return false;
}
