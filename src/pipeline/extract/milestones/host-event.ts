/**
 * Events told beside a clause's own: the multilateral gathering a meeting is held on the
 * sidelines of («на полях саммита ШОС»), and the stay a visitor is on while doing something else
 * («находящийся в Москве с рабочим визитом»).
 */
import type { Language } from '../../../schema/dataset';
import type { ArticleDate, ArticleDoc, MilestoneDraft, PersonDraft, Span } from '../../types';
import { makeTitles } from './describe';
import { placeIn } from './knowledge';
import { MARKERS, TRIGGERS, type TriggerHit } from './lexicon';

const span = (doc: ArticleDoc, start: number, end: number): Span => ({ start, end, text: doc.text.slice(start, end) });
const VISIT = TRIGGERS.find((t) => t.key === 'visit')!;

/**
 * The multilateral gathering a meeting is held on the sidelines of: a trigger after «на полях» /
 * "on the sidelines of" in the clause, other than the meeting's own, in a stretch naming an
 * organisation of several states (СНГ, ЕАЭС, "CIS", "SCO" …); with the stretch to the clause's end.
 */
export function hostEvent(doc: ArticleDoc, text: string, from: number, hits: TriggerHit[], chosen: TriggerHit, lang: Language): { hit: TriggerHit; start: number; end: number; text: string } | null {
  const side = MARKERS.sidelines[lang].all(text)[0];
  if (!side) return null;
  const start = from + side.start;
  const hit = hits.find((h) => h !== chosen && h.start >= from + side.end);
  if (!hit) return null;
  // «На полях саммита ШОС в Ташкенте состоялась встреча»: the host's stretch stops before the meeting.
  const end = chosen.start > hit.start ? start + doc.text.slice(start, chosen.start).trimEnd().length : from + text.length;
  const stretch = doc.text.slice(start, end);
  return MARKERS.multilateral[lang].test(stretch) ? { hit, start, end, text: stretch } : null;
}

/** The stay told beside another event («находящийся в Москве с визитом»): a visit under way on the article's day. */
export function stayDraft(doc: ArticleDoc, m: MilestoneDraft, at: { start: number; end: number }, date: ArticleDate, who: PersonDraft[], lang: 'ru' | 'en'): MilestoneDraft {
  const text = doc.text.slice(at.start, at.end);
  const place = placeIn(text, lang)?.name ?? m.place;
  return {
    ...m,
    date: date.date,
    dateEvidence: `A stay under way on the article's day («${text.slice(0, 60)}»); ${date.evidence.replace(/\.$/, '')}`,
    type: 'visit',
    status: 'ongoing',
    ...makeTitles({ type: 'visit', labelEn: VISIT.labelEn, labelRu: VISIT.labelRu, people: who, place, organisation: null }),
    place,
    quote: span(doc, at.start, at.end),
  };
}
