/**
 * The article's main event: the first event of the body told as happened, with the people of
 * the lead and the dateline place; and the lead's own recent day, which dates the narrative after it.
 */
import type { PartialDate } from '../../../schema/dataset';
import type { ArticleDate, ArticleDoc, DateMention, MilestoneDraft, PersonDraft, Sentence } from '../../types';
import { makeTitles, namesVisitor, participants } from './describe';
import type { OrganisationHit } from './knowledge';
import { inSpeech, type Ranges } from './speech';
import { daysBetween } from '../dates/days';

/** Sentences at the top of the article whose people also took part in the main event. */
export const LEAD_SENTENCES = 3;
/** How many days before the article date a lead event's own day may lie and still set the occasion. */
export const LEAD_DAYS = 7;

/** The occasion the reporter's narrative continues: a lead event dated by its own recent day. */
export interface LeadDate {
  date: PartialDate;
  quote: string;
  /** Where the lead is told (its quote's or sentence's start): a brief's later item is another story. */
  at?: number;
}

/** The lead event's date when a day mention in its clause puts it shortly before the article date. */
export function leadDate(m: MilestoneDraft, mention: DateMention | null, article: ArticleDate): LeadDate | null {
  const a = article.date;
  if (!mention || !m.date || !a || m.date.length !== 10 || a.length !== 10 || m.date >= a) return null;
  const days = daysBetween(m.date, a);
  return days <= LEAD_DAYS ? { date: m.date, quote: m.quote.text.slice(0, 60), at: m.quote.start } : null;
}

/**
 * The recent day a lead sentence tells without an event of its own ("Putin yesterday turned the
 * pact into an alliance", «Вчера в Москве завершились переговоры»): a relative day mention outside
 * quotes, shortly before the article date. The reporter's narrative after it belongs to that day.
 */
export function leadDay(mentions: readonly DateMention[], sentence: Sentence, article: ArticleDate, speech: Ranges): LeadDate | null {
  const a = article.date;
  if (!a || a.length !== 10) return null;
  for (const m of mentions) {
    if (!m.relative || m.anchor || m.date.length !== 10 || m.date >= a || inSpeech(speech, m.start)) continue;
    if (daysBetween(m.date, a) <= LEAD_DAYS) return { date: m.date, quote: sentence.text.slice(0, 60), at: sentence.start };
  }
  return null;
}

/** How many sentences back the subject of a main event whose clause names too few people is looked for. */
export const CARRY_SENTENCES = 2;

/** Types of event with two sides: their clause names both, or the missing side is carried. */
const TWO_SIDED = new Set<MilestoneDraft['type']>(['meeting', 'igc_session', 'agreement']);

/** People mentioned in `[start, end)` outside quotes, in the order of their first mention there. */
function mentionedIn(people: readonly PersonDraft[], start: number, end: number, speech: Ranges): PersonDraft[] {
  const found: { p: PersonDraft; at: number }[] = [];
  for (const p of people) {
    let at = end;
    for (const x of p.mentions) if (x.start >= start && x.end <= end && x.start < at && !inSpeech(speech, x.start)) at = x.start;
    if (at < end) found.push({ p, at });
  }
  found.sort((u, v) => u.at - v.at);
  return found.map((f) => f.p);
}

/**
 * Who took part in the main event: the people of its own clause, and when the clause names fewer
 * than the event needs («его встретил Минниханов», "he held talks with X", «находящийся с визитом»,
 * a visit whose clause names only its host) the subject carried from before it, first: the people
 * named earlier in its sentence, else the first person of each of the `CARRY_SENTENCES` sentences
 * before, nearest first, until the sides are named. Only when no one is found that way
 * («Премьер-министры провели переговоры») are the people of the lead (outside quotes) taken.
 * A document's signatories are not carried from other sentences.
 */
export function mainEventPeople(m: MilestoneDraft, s: Sentence, doc: ArticleDoc, people: PersonDraft[], speech: Ranges): { who: PersonDraft[]; extra: PersonDraft[] } {
  const { start, end } = m.quote;
  const own = participants(people, doc.text, start, end);
  const need = TWO_SIDED.has(m.type) ? 2 : 1;
  const sides = m.type === 'visit' ? own.filter((p) => namesVisitor(p, doc.text, start, end)).length : own.length;
  if (sides >= need) return { who: own, extra: [] };
  const carried = start > s.start ? mentionedIn(people, s.start, start, speech).filter((p) => !own.includes(p)) : [];
  for (let k = 1; carried.length + sides < need && m.type !== 'agreement' && k <= CARRY_SENTENCES && s.index - k >= 0; k++) {
    const before = doc.sentences[s.index - k]!;
    const first = mentionedIn(people, before.start, before.end, speech).find((p) => !own.includes(p) && !carried.includes(p));
    if (first) carried.push(first);
  }
  if (carried.length) return { who: [...carried, ...own], extra: carried };
  if (own.length || m.type === 'agreement') return { who: own, extra: [] };
  const leadEnd = doc.sentences[LEAD_SENTENCES - 1]?.end ?? s.end;
  const lead = people.filter((p) => p.mentions.some((x) => x.end <= leadEnd && !inSpeech(speech, x.start)));
  return { who: lead, extra: lead };
}

/**
 * The main event's people (`mainEventPeople`) and, when its clause names no place, the dateline
 * place; its titles are made again with them.
 */
export function asMainEvent(
  m: MilestoneDraft,
  s: Sentence,
  doc: ArticleDoc,
  date: ArticleDate,
  people: PersonDraft[],
  speech: Ranges,
  label: { labelEn: string; labelRu: string; organisation: OrganisationHit | null } | null,
): MilestoneDraft {
  const { who, extra } = mainEventPeople(m, s, doc, people, speech);
  // A set filled by a loop, not spread from two spread arrays: the id arrays come in several
  // internal layouts, and each new one threw away the optimised code of a spread.
  const ids = new Set(m.peopleIds);
  for (let i = 0; i < extra.length; i++) ids.add(extra[i]!.id);
  const peopleIds = [...ids];
  const place = m.place ?? date.place;
  const titles = label ? makeTitles({ type: m.type, labelEn: label.labelEn, labelRu: label.labelRu, people: who, place, organisation: label.organisation }) : m;
  // Field by field, in the order every draft has, not spread from the draft: a spread of drafts of
  // several layouts took most of this function's samples (≈1% of the milestone pass).
  return {
    date: m.date,
    dateEvidence: m.dateEvidence,
    type: m.type,
    status: m.status,
    titleEn: titles.titleEn,
    titleRu: titles.titleRu,
    peopleIds,
    place,
    bilateral: m.bilateral,
    derived: m.derived,
    quote: m.quote,
    documentAct: m.documentAct,
  };
}
