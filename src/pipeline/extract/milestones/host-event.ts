/**
 * Events told beside a clause's own: the multilateral gathering a meeting is held on the
 * sidelines of («на полях саммита ШОС»), and the stay a visitor is on while doing something else
 * («находящийся в Москве с рабочим визитом»).
 */
import type { Language, MilestoneType } from '../../../schema/dataset';
import type { ArticleDate, ArticleDoc, MilestoneDraft, PersonDraft, Span } from '../../types';
import { makeTitles } from './describe';
import { organisationIn, placeIn } from './knowledge';
import { MARKERS, TRIGGERS, type TriggerHit } from './lexicon';
import { rx } from '../regex';

const span = (doc: ArticleDoc, start: number, end: number): Span => ({ start, end, text: doc.text.slice(start, end) });
const VISIT = TRIGGERS.find((t) => t.key === 'visit')!;

/**
 * The multilateral gathering a meeting is held on the sidelines of: a trigger after «на полях» /
 * "on the sidelines of" in the clause, other than the meeting's own, in a stretch naming an
 * organisation of several states (СНГ, ЕАЭС, "CIS", "SCO" …); with the stretch to the clause's end.
 * With `forums` (a signing told with its day: the news, not a document recalled in passing), a
 * forum named by its own name hosts it too (`forumOfSigning`). A named forum on whose sidelines a
 * meeting is held hosts it as well, and is dated by the meeting's month (`month`): it lasts days.
 */
export function hostEvent(doc: ArticleDoc, text: string, from: number, hits: TriggerHit[], chosen: TriggerHit, lang: Language, forums = false): Host | null {
  const side = MARKERS.sidelines[lang].all(text)[0] ?? (chosen.trigger.type === 'agreement' ? signedAt(text, lang) : undefined);
  if (!side) return forums && chosen.trigger.type === 'agreement' ? forumOfSigning(doc, text, from, hits, chosen) : null;
  // «встретился … на полях Петербургского международного экономического форума»: a forum of several days, dated by its month.
  if (chosen.trigger.type === 'meeting') {
    const forum = forumOfSigning(doc, text, from, hits, chosen);
    // The forum's words when the meeting is told after them («на полях … форума провел переговоры»), else up to the
    // clause's end (the name and a relative clause of the forum's own: «выставки «Иннопром», которая проходит …»).
    if (forum) {
      const end = chosen.start > forum.hit.start ? forum.hit.end : from + text.trimEnd().length;
      return { ...forum, end, text: doc.text.slice(forum.start, end), month: true };
    }
  }
  const start = from + side.start;
  const hit = hits.find((h) => h !== chosen && h.start >= from + side.end);
  if (!hit) return null;
  // «На полях саммита ШОС в Ташкенте состоялась встреча»: the host's stretch stops before the meeting.
  const end = chosen.start > hit.start ? start + doc.text.slice(start, chosen.start).trimEnd().length : from + text.length;
  const stretch = doc.text.slice(start, end);
  if (MARKERS.multilateral[lang].test(stretch)) return { hit, start, end, text: stretch };
  return forums && chosen.trigger.type === 'agreement' ? forumOfSigning(doc, text, from, hits, chosen) : null;
}

/**
 * «Протокол подписан на заседании Межправсовета», "the treaty was signed at the summit": the session a document is
 * signed at hosts the signing as a sidelines gathering hosts a meeting (an event of its own, even when the signing is
 * told again). The span of «на » / "at " before the gathering's word, or undefined.
 */
function signedAt(text: string, lang: Language): { start: number; end: number } | undefined {
  if (!text.includes(lang === 'ru' ? 'подпис' : 'signed')) return undefined;
  const m = SIGNED_AT[lang].exec(text);
  // The host's words open at «на» / "at" (three characters with the space before the gathering's word).
  return m ? { start: m.index + m[0].length - 3, end: m.index + m[0].length } : undefined;
}

/** A verb of signing right before «на заседании / саммите / сессии», "at the summit / session / meeting". */
const SIGNED_AT = {
  ru: rx(/(?<![\p{L}])(?:подписан[аоы]?|подписали|подписал[аи]?)\s+на\s+(?=(?:заседании|саммите|сессии)\s)/u),
  en: rx(/(?<![\p{L}])signed\s+at\s+(?=(?:a|the)\s+(?:summit|session|meeting)\s)/u),
};

/** A gathering that hosts the clause's event; `month` when it lasts several days and is dated by the month of that event. */
export interface Host {
  hit: TriggerHit;
  start: number;
  end: number;
  text: string;
  month?: true;
}

/**
 * «Соглашение подписано на полях ПМЭФ», «в рамках Петербургского международного экономического
 * форума», "signed on the sidelines of the St. Petersburg International Economic Forum": a forum
 * named by its own name (a capitalised word or an acronym right before, in or after its word) that
 * hosts a signing is an event of its own, as a summit is; a forum only named as "the forum" is not.
 */
function forumOfSigning(doc: ArticleDoc, text: string, from: number, hits: TriggerHit[], chosen: TriggerHit): Host | null {
  const frame = FORUM_FRAME.exec(text);
  if (!frame) return null;
  const start = from + frame.index + frame[0].indexOf(frame.groups!.w!);
  const hit = hits.find((h) => h !== chosen && h.trigger.type === 'forum' && h.start >= start && h.start - start <= FORUM_REACH);
  if (!hit) return null;
  const before = doc.text.slice(start + frame.groups!.w!.length, hit.end);
  const after = doc.text.slice(hit.end, Math.min(from + text.length, hit.end + FORUM_NAME_AFTER));
  if (!NAMED.test(before) && !NAMED_AFTER.test(after)) return null;
  const end = chosen.start > hit.start ? start + doc.text.slice(start, chosen.start).trimEnd().length : hit.end;
  return { hit, start, end, text: doc.text.slice(start, end) };
}

/** «на полях», «в рамках», "on the sidelines of", "on the margins of", "within the framework of" and the words that follow. */
const FORUM_FRAME = rx(/(?<![\p{L}])(?<w>на полях|в рамках|в ходе|on the (?:sidelines|margins) of|within the framework of|during)\s/iu);
/** How far (characters) after its frame a forum's word may stand («на полях Петербургского международного экономического форума»). */
const FORUM_REACH = 70;
/** How far after a forum's word its own name may go on («форума «Россия — Исламский мир»»). */
const FORUM_NAME_AFTER = 30;
/** A capitalised word or an acronym up to the forum's word («Петербургского … форума», "SPIEF"). */
const NAMED = rx(/(?<![\p{L}])\p{Lu}/u);
/** A name right after the forum's word: quoted, in brackets or an acronym («форума «Россия — Исламский мир»», "forum Innoprom"). */
const NAMED_AFTER = rx(/^\s*(?:[«"“(]\s*\p{Lu}|\p{Lu}{2,}|\p{Lu}\p{Ll}+[A-ZА-ЯЁ])/u);

/** How a host's draft's date evidence starts (`hostDraft` in clause-event.ts). */
export const HOST_EVIDENCE = 'Hosts the meeting told with it';

/** An acronym of three capitals or more («ПМЭФ», "SPIEF", "SCO"): the short name a gathering is told by again. */
const ACRONYM = rx(/(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])/gu);

/**
 * «На полях ПМЭФ министр встретился с … ПМЭФ-2018 проходит 24–26 мая», "met on the sidelines of SPIEF … SPIEF 2018 is being
 * held on May 24-26": a host gathering that the article tells in a sentence of its own, by the same acronym and in the
 * same month, is that milestone; the host's draft is dropped from `out`. A headline (`headlines`) only names the occasion.
 */
export function withoutHostsToldApart(out: MilestoneDraft[], headlines: ReadonlySet<MilestoneDraft>): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const h = out[i]!;
    if (!h.dateEvidence.startsWith(HOST_EVIDENCE) || !h.date) continue;
    // «на полях саммита Организации Договора о коллективной безопасности» … «Сам саммит ОДКБ прошел …»: a host named in full is
    // told again by the organisation's short name (knowledge/organisations.json).
    const names = h.quote.text.match(ACRONYM) ?? shortNames(h.quote.text);
    if (!names) continue;
    const month = h.date;
    const told = out.some(
      (o) => o !== h && HOSTS.has(o.type) && !headlines.has(o) && o.date !== null && o.date.startsWith(month) && (o.quote.end <= h.quote.start || o.quote.start >= h.quote.end) && names.some((n) => o.quote.text.includes(n)),
    );
    if (told) out.splice(i, 1);
  }
}

/** The short names («ОДКБ», "CSTO") of the organisation named in full in `text`, or null. */
function shortNames(text: string): string[] | null {
  const o = organisationIn(text);
  return o ? [o.ru, o.en] : null;
}

/** The kinds of gathering a meeting is held on the sidelines of. */
const HOSTS: ReadonlySet<MilestoneType> = new Set<MilestoneType>(['forum', 'summit']);

/** The stay told beside another event («находящийся в Москве с визитом»): a visit under way on the article's day. */
export function stayDraft(doc: ArticleDoc, m: MilestoneDraft, at: { start: number; end: number }, date: ArticleDate, who: PersonDraft[], lang: 'ru' | 'en'): MilestoneDraft {
  const text = doc.text.slice(at.start, at.end);
  const place = placeIn(text, lang)?.name ?? m.place;
  const titles = makeTitles({ type: 'visit', labelEn: VISIT.labelEn, labelRu: VISIT.labelRu, people: who, place, organisation: null });
  // Every field in the drafts' one order, not `{ ...m, … }`: V8 gives a spread copy a hidden class of its own.
  return {
    date: date.date,
    dateEvidence: `A stay under way on the article's day («${text.slice(0, 60)}»); ${date.evidence.replace(/\.$/, '')}`,
    type: 'visit',
    status: 'ongoing',
    titleEn: titles.titleEn,
    titleRu: titles.titleRu,
    peopleIds: m.peopleIds,
    place,
    bilateral: m.bilateral,
    derived: m.derived,
    quote: span(doc, at.start, at.end),
    documentAct: m.documentAct,
  };
}
