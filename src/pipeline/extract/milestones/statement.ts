/**
 * The fallback milestone of an article that reports no past event (nothing, or only plans): the
 * first key statement of an official told in the reporter's narrative («…, заявил премьер», "…,
 * Putin said").
 */
import type { Language } from '../../../schema/dataset';
import type { ArticleDate, ArticleDoc, DateMention, MilestoneDraft, PersonDraft, Sentence } from '../../types';
import { dateClause } from './dating';
import { makeTitles, peopleInSentence } from './describe';
import { MARKERS } from './lexicon';
import { inSpeech, type Ranges } from './speech';
import { rx } from '../regex';
import { daysBetween } from '../dates/days';
import raw from '../../knowledge/event-lexicon.json';

/** An attribution shorter than this many words («сказал Олег Пахомов») is not a statement by itself. */
const BARE_WORDS = 6;

/** A sentence opening on what it is about («О графике …», «Об этом …»): it names the source of news told before it. */
const TOPIC_OPENING = /^(?:О|Об|Обо)\s/u;

/** At most one statement per article, and only from a sentence that names a person. */
export function findStatement(
  doc: ArticleDoc,
  lang: Language,
  speech: Ranges,
  mentions: DateMention[],
  date: ArticleDate,
  people: PersonDraft[],
  told: readonly MilestoneDraft[] = [],
): MilestoneDraft | null {
  for (const s of doc.sentences) {
    // «Страны намерены подписать протокол …, сообщил министр»: the speaker of a plan already told is its source.
    if (told.some((o) => o.quote.start < s.end && s.start < o.quote.end)) continue;
    // «О графике Путина рассказал его помощник», «Об этом сообщил министр»: the source of what was told before, not a statement.
    if (TOPIC_OPENING.test(s.text)) continue;
    const verb = MARKERS.statement[lang].all(s.text).find((v) => !inSpeech(speech, s.start + v.start));
    if (!verb) continue;
    const ids = peopleInSentence(people, s);
    if (!ids.length) continue;
    // The narrative part of the sentence: from the end of the last quote before the verb.
    const at = s.start + verb.start;
    const quoteEnd = speech.filter(([a, b]) => a < at && b <= at && b > s.start).map(([, b]) => b).pop() ?? s.start;
    const narrative = quoteEnd + (doc.text.slice(quoteEnd, s.end).match(/^[\s,;:—–\-.]*/)?.[0].length ?? 0);
    // «…», — сказал Олег Пахомов.: a bare attribution says nothing; the statement is the quote with it.
    const bare = doc.text.slice(narrative, s.end).trim().split(/\s+/).length < BARE_WORDS;
    const start = bare ? s.start : narrative;
    const text = doc.text.slice(start, s.end);
    const mention = mentions.find((m) => m.start >= start && m.end <= s.end) ?? null;
    const d = dateClause({ lang, text, mention, anniversaryDate: null, speech: false, article: date, previous: () => [] });
    const who = people.filter((p) => ids.includes(p.id));
    return statement(d.date, d.dateEvidence, who, ids, { start, end: s.end, text });
  }
  return null;
}

/** What opens the content of a statement, or a new clause, between a speech verb and a word. */
const OPENS_CONTENT = rx(/[,;:«»"“”]|(?:^|[^\p{L}])(?:что|that)(?![\p{L}])/u);
/** The comma after a date that opens its sentence or clause ("On Thursday, …", «В четверг, …»). */
const FRONTED_DATE_COMMA = /^\s*,/u;
/** How far a statement's own date may stand from its speech verb («5 мая министр … заявил», "said last week"). */
const DATED_STATEMENT_REACH = 45;
/** A day-precise statement date must lie at least this many days before the article's: the day before is usually the news itself. */
const STATEMENT_DAYS_BEFORE = 2;
/** …unless the article's news is an event of its own day or after it: then the day before is a statement of its own. */
const STATEMENT_DAYS_BEFORE_OTHER_NEWS = 1;

/**
 * A statement told in passing with a past date of its own, in a sentence that tells no other
 * event: "Defence Minister X said earlier this month that …", «5 мая министр обороны заявил, что …»,
 * "…, Cabinet Chairman Y said last week". The article's own news (said today, yesterday) is not one,
 * except when the events told before it (`told`) hold one of the article's day or after it: "Putin
 * arrives today … The minister said on Monday", «Путин прибыл сегодня … Накануне помощник рассказал».
 * `s` may be a clause of a sentence: a second conjunct (`conjunct`) tells no lead either.
 */
export function datedStatement(
  doc: ArticleDoc,
  s: Sentence,
  lang: Language,
  speech: Ranges,
  mentions: DateMention[],
  date: ArticleDate,
  people: PersonDraft[],
  lower?: string,
  told: readonly MilestoneDraft[] = [],
  toAudience = false,
  conjunct = false,
): MilestoneDraft | null {
  const a = date.date;
  if (!a || a.length !== 10) return null;
  // Cheap gates first (most sentences fail one): a month or day in the sentence, and someone named in it.
  if (!mentions.some((m) => m.start >= s.start && m.end <= s.end && m.date.length >= 7)) return null;
  const named = people.some((p) => p.mentions.some((m) => m.start >= s.start && m.end <= s.end));
  if (!named && !bodyCue(lower ?? s.text.toLowerCase())) return null;
  const verb = MARKERS.statement[lang].all(s.text, lower).find((v) => !inSpeech(speech, s.start + v.start));
  if (!verb) return null;
  const at = { start: s.start + verb.start, end: s.start + verb.end };
  // "The Russian embassy said on March 3 that …": a body of the sides opening the sentence speaks in its own name.
  const body = named ? false : speakingBody(s, verb.start, mentions, lang);
  if (!named && !body) return null;
  // A quote attributed is told by its words, not as a dated statement; one told to a gathering (`toAudience`: "…," X told
  // a business forum last week) is a speech on an occasion of its own.
  if (!toAudience && attributesQuote(doc.text, speech, s.start, at.start)) return null;
  const text = withoutOpeningDateComma(withoutAsideCommas(doc.text, s.start, s.end, lang), s, mentions);
  const gap = (x: { start: number; end: number }) => Math.max(0, x.start - at.end, at.start - x.end);
  // "On October 8, Putin said …": the comma closing a date put first opens nothing.
  const opensContent = (x: { start: number; end: number }, dated: boolean) => {
    const between = text.slice(Math.min(x.end, at.end) - s.start, Math.max(x.start, at.start) - s.start);
    return OPENS_CONTENT.test(dated && x.end <= at.start ? between.replace(FRONTED_DATE_COMMA, '') : between);
  };
  // Nothing between the verb and its date or speaker but words: a comma, a quote or «что» / "that" opens what was said.
  const close = (x: { start: number; end: number }, dated = false) => gap(x) <= DATED_STATEMENT_REACH && !opensContent(x, dated);
  // "Vladimir Petrov, the deputy who led the mission, told reporters …": the speaker's apposition is no distance.
  const apposed = (m: { start: number; end: number }) => m.end <= at.start && at.start - m.end <= APPOSITION_REACH && SPEAKER_APPOSITION.test(doc.text.slice(m.end, at.start));
  const near = people.filter((p) => p.mentions.some((m) => m.start >= s.start && m.end <= s.end && close(m)));
  const who = near.length ? near : people.filter((p) => p.mentions.some((m) => m.start >= s.start && m.end <= s.end && apposed(m)));
  // «12 июня глава временного правительства Роза Отунбаева обратилась …»: the speaker's title and name between a date and its verb are no distance.
  const spoken = (x: { start: number; end: number }) =>
    close(x, true) ||
    (!opensContent(x, true) &&
      gap(x) - speakerLength(who, x, at, doc.text, lang) - dashAsideLength(text, Math.min(x.end, at.end) - s.start, Math.max(x.start, at.start) - s.start) <= DATED_STATEMENT_REACH);
  // "Uzbek Minister X said this week that Uzbekistan's trade rose …": a third country's officials speak of their own affairs.
  if (!body && (!who.length || who.every(isThirdCountry))) return null;
  // A year alone after a speech verb is what was said about («said 2009 brought …»), not when.
  // The closest such date (the first of equals), found in one pass: `[0]` of an empty sorted list was a
  // read out of bounds, which threw away the optimised code of this function.
  let own: DateMention | undefined;
  let ownGap = Infinity;
  for (const m of mentions) {
    if (m.start < s.start || m.end > s.end || m.date.length < 7 || inSpeech(speech, m.start) || !spoken(m)) continue;
    const g = gap(m);
    if (g < ownGap) {
      own = m;
      ownGap = g;
    }
  }
  // A speaker known only through an apposition speaks on a day the sentence gives, not in a month a figure may name.
  if (!own || (!near.length && !body && own.date.length !== 10)) return null;
  const ownDate = own.date;
  // The day before is a statement of its own when other news of the article's day was told, or when nothing told so far
  // is a gathering or of the statement's day or after (the observers' verdict of the day before, after the vote it
  // judges) — not the interview the article itself reports ("Mr. X said in an interview on Friday").
  const news =
    told.some((o) => o.date !== null && o.date.length === 10 && o.date >= a) ||
    (told.length > 0 && !INTERVIEW.test(s.text) && !told.some((o) => GATHERINGS.has(o.type) || (o.date !== null && o.date >= ownDate.slice(0, o.date.length))));
  // "The ambassador said at a briefing the same day that …", «В тот же день посол заявил …»: a day told by anaphora from a
  // step told before (a protest note sent, a ban imposed) is a statement of its own beside it, not the news itself; after a
  // gathering of that day, or from someone who took that step ("X signed the law … X told journalists the same day"),
  // it stays that event's news.
  const ids = who.map((p) => p.id);
  const sameDay = own.anchor !== undefined ? told.filter((o) => o.date === ownDate && o.quote.end <= s.start) : [];
  const sameDayAsTold = sameDay.length > 0 && !sameDay.some((o) => GATHERINGS.has(o.type) || o.peopleIds.some((id) => ids.includes(id)));
  // A second conjunct after another event of its sentence (`conjunct`: "…, and on Monday the minister said") is no lead.
  if (!before(ownDate, a, sameDayAsTold ? 0 : news || conjunct ? STATEMENT_DAYS_BEFORE_OTHER_NEWS : STATEMENT_DAYS_BEFORE)) return null;
  return statement(own.date, `A statement dated «${own.text}» (${own.date})`, who, ids, { start: s.start, end: s.end, text: s.text });
}

const BODIES = raw.speakingBodies;
/** A body of the sides that speaks in its own name ("The ministry", «МИД республики»), opening the text before its verb. */
const SPEAKING_BODY: Record<Language, RegExp> = {
  ru: rx(`^[\\s,]*(?:[Вв]о?\\s+)?[\\s,]*${BODIES.ru}(?:\\s+во?)?[\\s,]*$`, 'u'),
  en: rx(`^[\\s,]*(?:(?:[Oo]n|[Ii]n)\\s+)?[\\s,]*${BODIES.en}(?:\\s+(?:on|in))?[\\s,]*$`, 'u'),
};
/** True when the sentence's lower case holds a word of a speaking body (the cheap test before `SPEAKING_BODY`). */
function bodyCue(lower: string): boolean {
  for (let i = 0; i < BODIES.cues.length; i++) if (lower.includes(BODIES.cues[i]!)) return true;
  return false;
}
/**
 * True when the words of sentence `s` before its speech verb (at `verb`, relative to the sentence) are a body of the sides
 * and the dates told with it only ("On Monday, the ministry said", «МИД республики 3 марта заявил»): the body is the speaker.
 */
function speakingBody(s: Sentence, verb: number, mentions: readonly DateMention[], lang: Language): boolean {
  if (verb > BODY_REACH) return false;
  let before = s.text.slice(0, verb);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start >= s.start && m.end <= s.start + verb) before = `${before.slice(0, m.start - s.start)}${' '.repeat(m.end - m.start)}${before.slice(m.end - s.start)}`;
  }
  return SPEAKING_BODY[lang].test(before);
}
/** How far into its sentence a speaking body's verb may stand. */
const BODY_REACH = 90;

/** Gatherings: a statement of the day before after one of them told is that gathering's news, not a statement of its own. */
const GATHERINGS = new Set(['meeting', 'visit', 'summit', 'forum', 'conference', 'igc_session']);

/** The interview an article is built on: the speaker's words to its own reporter. */
const INTERVIEW = /interview|интервью/iu;

/** How long an apposition between a speaker's name and the speech verb may be. */
const APPOSITION_REACH = 110;
/** ", the CIS executive secretary who led the mission, ", «, возглавлявший миссию наблюдателей, »: one aside between commas, then the verb. */
const SPEAKER_APPOSITION = rx(/^,\s[^,;:«»"“”.!?]{3,105},\s*$/u);

/** The characters of the speakers' names that stand between a date `x` and its speech verb `at`. */
function speakerLength(who: PersonDraft[], x: { start: number; end: number }, at: { start: number; end: number }, text = '', lang: Language = 'ru'): number {
  const from = Math.min(x.end, at.end);
  const to = Math.max(x.start, at.start);
  let n = 0;
  let first = to;
  for (const p of who)
    for (const m of p.mentions)
      if (m.start >= from && m.end <= to) {
        n += m.end - m.start;
        if (m.start < first) first = m.start;
      }
  // "In March, Deputy Head of the Presidential Administration Ivan Petrov told": the speaker's capitalised title right
  // before the name, after the date put first, is part of the speaker too.
  if (lang === 'en' && text && first < to && x.end <= from && TITLE_BEFORE_NAME.test(text.slice(from, first))) n += first - from;
  return n;
}
/** ", First Deputy Chair of the National Energy Holding ": a run of capitalised words (with of, the, and) right before a name. */
const TITLE_BEFORE_NAME = rx(/^[\s,]*(?:(?:\p{Lu}[\p{L}-]*|of|the|and|for)\s+)+$/u);

/**
 * An aside of speaking between commas ("Medvedev, speaking in Washington on April 13, warned …»,
 * «Медведев, выступая в Вашингтоне 13 апреля, предупредил …»): its commas open no content, so its
 * date and the speaker before it stay close to the verb after it.
 */
const SPEAKING_ASIDE = {
  en: rx(/,(\s*(?:speaking|addressing|talking|writing)\s[^,;:«»"“”]{1,80}),/gu),
  ru: rx(/,(\s*(?:выступая|обращаясь|говоря)\s[^,;:«»"“”]{1,80}),/giu),
};

/**
 * `text` (sentence `s`) with the comma after a date that opens it blanked (same length): "In October, Prime Minister X
 * said …", «В октябре, как напомнил министр, …»: the comma sets off the fronted date, it opens nothing said.
 */
function withoutOpeningDateComma(text: string, s: Sentence, mentions: readonly DateMention[]): string {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start < s.start || m.end > s.end || text.slice(0, m.start - s.start).trim() !== '') continue;
    const at = m.end - s.start;
    return text.charCodeAt(at) === COMMA ? `${text.slice(0, at)} ${text.slice(at + 1)}` : text;
  }
  return text;
}
const COMMA = 0x2c;

/** An aside set between dashes ("Prime Minister — formally Chairman of the Cabinet — X"): it tells who, not what was said. */
const DASH_ASIDE = rx(/\s[—–]\s[^—–,;:«»"“”]{1,60}\s[—–]\s/gu);

/** The characters of the dash-set asides within `[from, to)` of `text`: no distance between a date and its verb. */
function dashAsideLength(text: string, from: number, to: number): number {
  const stretch = text.slice(from, to);
  if (!stretch.includes('—') && !stretch.includes('–')) return 0;
  let n = 0;
  for (const m of stretch.matchAll(DASH_ASIDE)) n += m[0].length;
  return n;
}

/** The sentence `[start, end)` of `text` with the commas of a speaking aside blanked (same length). */
function withoutAsideCommas(text: string, start: number, end: number, lang: Language): string {
  return text.slice(start, end).replace(SPEAKING_ASIDE[lang], (_all, inner: string) => ` ${inner} `);
}

/** The two sides' country codes. */
const SIDES = new Set(['KG', 'RU']);
/** True when `p` is known to be an official of neither side. */
export const isThirdCountry = (p: PersonDraft) => p.country !== null && !SIDES.has(p.country);

/** How far a speaker may stand after the close of the quote it attributes ("…," Foreign Minister Ivan Petrov told). */
const ATTRIBUTION_REACH = 60;
/** Between a quote's end and its speech verb: the closing mark, a comma or dash, and the speaker's words only. */
const ATTRIBUTION_GAP = /^["”»]?\s*[,—–-]?\s*[^,;:.!?«»"“”]*$/u;

/**
 * True when the speech verb at `verb` only attributes the direct quote it follows ("We asked for trade,"
 * the minister told reporters on Saturday): the quote is colour for the news told around it, not a
 * statement of its own.
 */
function attributesQuote(text: string, speech: Ranges, from: number, verb: number): boolean {
  const quote = speech.filter(([, b]) => b <= verb && b >= from).pop();
  return quote !== undefined && verb - quote[1] <= ATTRIBUTION_REACH && ATTRIBUTION_GAP.test(text.slice(quote[1], verb));
}

/** A past bilateral statement by `who` (ids in `ids`' order), quoted from `quote`. */
export function statement(date: string | null, dateEvidence: string, who: PersonDraft[], ids: string[], quote: MilestoneDraft['quote']): MilestoneDraft {
  const titles = makeTitles({ type: 'statement', labelEn: 'statement', labelRu: 'Заявление', people: who, place: null, organisation: null });
  return {
    date,
    dateEvidence,
    type: 'statement',
    status: 'past',
    titleEn: titles.titleEn,
    titleRu: titles.titleRu,
    peopleIds: ids,
    place: null,
    bilateral: true,
    derived: null,
    quote,
    documentAct: false,
  };
}

/** True when `d` lies before the article day: a coarser date of the same month or year, or a day at least `days` back. */
function before(d: string, article: string, days: number): boolean {
  if (d.length < 10) return article.startsWith(d) || d < article.slice(0, d.length);
  return daysBetween(d, article) >= days;
}
