/**
 * The article's main event: the first event of the body told as happened, with the people of
 * the lead and the dateline place; and the lead's own recent day, which dates the narrative after it.
 */
import type { PartialDate } from '../../../schema/dataset';
import type { ArticleDate, ArticleDoc, DateMention, MilestoneDraft, PersonDraft, Sentence, Span } from '../../types';
import { makeTitles } from './describe';
import type { OrganisationHit } from './knowledge';
import { inSpeech, type Ranges } from './speech';

/** Sentences at the top of the article whose people also took part in the main event. */
export const LEAD_SENTENCES = 3;
/** How many days before the article date a lead event's own day may lie and still set the occasion. */
export const LEAD_DAYS = 7;

/** The occasion the reporter's narrative continues: a lead event dated by its own recent day. */
export interface LeadDate {
  date: PartialDate;
  quote: string;
}

/** The lead event's date when a day mention in its clause puts it shortly before the article date. */
export function leadDate(m: MilestoneDraft, mention: DateMention | null, article: ArticleDate): LeadDate | null {
  const a = article.date;
  if (!mention || !m.date || !a || m.date.length !== 10 || a.length !== 10 || m.date >= a) return null;
  const days = (Date.parse(a) - Date.parse(m.date)) / 86_400_000;
  return days <= LEAD_DAYS ? { date: m.date, quote: m.quote.text.slice(0, 60) } : null;
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
    if ((Date.parse(a) - Date.parse(m.date)) / 86_400_000 <= LEAD_DAYS) return { date: m.date, quote: sentence.text.slice(0, 60) };
  }
  return null;
}

/**
 * The main event also involves the people of the lead (outside quotes) and, when its clause
 * names no place, happens at the dateline place; its titles are made again with them.
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
  const leadEnd = doc.sentences[Math.max(s.index, LEAD_SENTENCES - 1)]?.end ?? s.end;
  const inLead = (x: Span) => x.end <= leadEnd && !inSpeech(speech, x.start);
  const lead = people.filter((p) => p.mentions.some(inLead)).map((p) => p.id);
  // A set filled by a loop, not spread from two spread arrays: the id arrays come in several
  // internal layouts, and each new one threw away the optimised code of a spread.
  const ids = new Set(m.peopleIds);
  for (let i = 0; i < lead.length; i++) ids.add(lead[i]!);
  const peopleIds = [...ids];
  const place = m.place ?? date.place;
  const who = people.filter((p) => peopleIds.includes(p.id));
  const titles = label ? makeTitles({ type: m.type, labelEn: label.labelEn, labelRu: label.labelRu, organisation: label.organisation, people: who, place }) : m;
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
  };
}
