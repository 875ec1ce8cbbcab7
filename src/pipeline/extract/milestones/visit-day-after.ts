/**
 * A planned visit told with its month only, then its day in the next sentence by the visit itself: "The protocol is
 * expected to be signed during the state visit of the Russian president scheduled for later this month. The visit
 * will take place on March 28", «…во время визита, намеченного на конец месяца. Визит состоится 28 марта»: the
 * first telling takes the day the second gives.
 */
import type { MilestoneDraft } from '../../types';
import { rx } from '../regex';

/** The visit named as the subject opening its sentence: "The visit", "The state visit", «Визит», «Государственный визит». */
const VISIT_OPENS = rx(/^(?:The\s+(?:[\p{L}-]+\s+)?visit|(?:\p{Lu}\p{Ll}+\s+)?[Вв]изит)(?![\p{L}])/u);

/** Gives each planned visit dated by its month the day of the same month that the next sentence's visit is told for. */
export function visitDayToldAfter(out: readonly MilestoneDraft[], sentenceOf: ReadonlyMap<MilestoneDraft, number>): void {
  for (const m of out) {
    if (m.type !== 'visit' || m.status !== 'planned' || m.date?.length !== 7) continue;
    const at = sentenceOf.get(m);
    if (at === undefined) continue;
    const day = out.find((o) => o !== m && sentenceOf.get(o) === at + 1 && o.type === 'visit' && o.status === 'planned' && o.date?.length === 10 && o.date.startsWith(m.date!) && VISIT_OPENS.test(o.quote.text));
    if (!day) continue;
    m.date = day.date;
    m.dateEvidence = `The day the visit is told for in the next sentence («${day.quote.text.slice(0, 60)}»)`;
  }
}

/**
 * A gathering named with its day as the subject opening its sentence: "The March 3 meeting", "The 3 March talks", «Встреча
 * 3 марта», «Переговоры 3 марта».
 */
const DAY_GATHERING_OPENS = rx(/^(?:The\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]{2,8})\s+(?:meeting|talks|summit|session)|(?:Встреча|Переговоры|Беседа)\s+\d{1,2}\s+\p{L}+)(?![\p{L}])/u);
/** How far into a quote a speaker's label may end («A: », "Marat Kazakbaev: "). */
const LABEL_REACH = 40;

/** `quote` without a speaker's label before a colon at its start ("A: The March 3 meeting …"). */
function afterLabel(quote: string): string {
  const c = quote.indexOf(': ');
  return c > 0 && c < LABEL_REACH ? quote.slice(c + 2) : quote;
}

/** How many sentences after a gathering its day may be told: the next, or the one after an interviewer's question. */
const DAY_REACH = 2;

/**
 * Gives each past gathering dated by its month only the day of that month told by the gathering named with its day
 * opening one of the next two sentences: "Q: The ministers met in Osh in March. Any results? — A: The March 3
 * meeting was short", «Президенты встречались в мае. Встреча 14 мая была короткой».
 */
export function gatheringDayToldAfter(out: readonly MilestoneDraft[], sentenceOf: ReadonlyMap<MilestoneDraft, number>): void {
  for (const m of out) {
    if (m.type !== 'meeting' || m.status !== 'past' || m.date?.length !== 7) continue;
    const at = sentenceOf.get(m);
    if (at === undefined) continue;
    const day = out.find((o) => {
      const k = sentenceOf.get(o);
      return k !== undefined && k > at && k <= at + DAY_REACH && o.status === 'past' && o.date?.length === 10 && o.date.startsWith(m.date!) && DAY_GATHERING_OPENS.test(afterLabel(o.quote.text));
    });
    if (!day) continue;
    m.date = day.date;
    m.dateEvidence = `The day the gathering is told for after it («${day.quote.text.slice(0, 60)}»)`;
  }
}

/** Gatherings known by a name of their own (a summit of a bloc, a named forum), told once by their month and once by their day. */
const NAMED_GATHERINGS: ReadonlySet<string> = new Set(['summit', 'forum', 'conference']);

/**
 * Gives each past named gathering dated by its month only the day of that month told for the same gathering (the same
 * title: the bloc or name and the place) anywhere after it in the article: «форум ОДКБ в Чолпон-Ате в июле запомнился
 * … Тогда, 22 июля, в кулуарах форума ОДКБ …», 'the bloc's summit held in Minsk in May … on May 14, on the
 * sidelines of the summit …'. A title without a place (a bare "Summit") names no gathering of its own; one with the bloc
 * left out ("Summit, Minsk") names the one with it ("CSTO summit, Minsk").
 */
export function namedGatheringDayToldAfter(out: readonly MilestoneDraft[]): void {
  for (const m of out) {
    if (!NAMED_GATHERINGS.has(m.type) || m.status !== 'past' || m.date?.length !== 7 || !m.titleEn.includes(',')) continue;
    const title = m.titleEn.toLowerCase();
    const day = out.find((o) => o !== m && o.status === 'past' && o.date?.length === 10 && o.date.startsWith(m.date!) && o.quote.start > m.quote.end && sameName(o.titleEn.toLowerCase(), title));
    if (!day) continue;
    m.date = day.date;
    m.dateEvidence = `The day the same gathering is told for after it («${day.quote.text.slice(0, 60)}»)`;
  }
}

/** True when two lower-cased titles name one gathering: the same, or one the other with its bloc or name left out. */
function sameName(a: string, b: string): boolean {
  return a.endsWith(b) || b.endsWith(a);
}
