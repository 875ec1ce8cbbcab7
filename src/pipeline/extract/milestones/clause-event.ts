/**
 * One event-bearing clause read into a milestone: which of its triggers names the event, how it
 * is dated, and whether it tells something new. The article-level bookkeeping of what was found
 * so far lives in `Found`, shared by all clauses of an article.
 *
 * Three steps, each its own function: V8 optimises (and recompiles after a deoptimisation) each
 * function on its own, and the time it takes grows faster than a function's size — one 260-line
 * loop body cost ≈0.9 s of compiling at 10,000 articles.
 */
import type { Language } from '../../../schema/dataset';
import type { DateMention, MilestoneDraft, PersonDraft } from '../../types';
import { retellsDocument } from './document-retelling';
import { actedOnDocumentDraft, amendedDocumentDraft, isAmendedDocument } from './amended-document';
import { fundsSummedOver, fundsSummedSince, isTally } from './tallies';
import { documentGivenDay, pointsBackToDocument } from './document-anaphor';
import { givenInPerfect, sumLevel, toldSum } from './told-sums';
import { agreedByYearEnd, dueYear, startsTerm, termUntil } from './deadline';
import { privateDeparture } from './departure';
import { denied } from './denied';
import { authorTrip } from './author-trip';
import { namedByDayBefore } from './day-possessive';
import { isAudience, isCeremonyVenue, isFigurePeriodAfter, isReportedPeriod, reportsFigure } from './reported-figure';
import { isPerformative, tellsGatheringDetail, tellsGatheringEnd, tellsTalksVenue } from './gathering-detail';
import { judgesEvent } from './judged-event';
import { EXHIBITION_KEY, exhibitionToldAgain } from './exhibition-again';
import { anniversaryLabel, founding, impliesFounding, readAnniversary, withFoundingClause } from './anniversary';
import { agoAnniversary, sinceAnniversary } from './ago-anniversary';
import { foregroundHits, foregroundMentions, type Stretch } from './background';
import { aidByThirdCountry, isForeignEvent, mayBeForeign, messageAtHome, messageByThirdCountry } from './foreign';
import { condolenceOccasion } from './condolence-occasion';
import { isAlsoVisitStop, isOnwardStop, isProgrammePart, retellsByAcceptance, retellsByInvitation, meetsOnProgrammeStop, talksOnOnwardStop, visitDay } from './visit-parts';
import type { Clause } from './clauses';
import { dateClause, isAfter, type Dating, type LinkCandidate } from './dating';
import { HOSTED, isBilateral, makeTitles, NOBODY, participants, peopleInSentence, talksLabel, titledPeople } from './describe';
import { documentLabel } from './document-title';
import { HOST_EVIDENCE, hostEvent, stayDraft } from './host-event';
import { organisationIn, placeIn, type OrganisationHit } from './knowledge';
import { MARKERS, rememberLower, type TriggerHit, type WordMatcher } from './lexicon';
import { leadDate } from './main-event';
import { inBrackets } from './page';
import { inSpans } from '../page';
import { postponedTo } from './postponed';
import { decidedAtBefore } from '../dates/loose';
import { dayMonthsIn } from '../dates/dateline';
import { foundingOfNoun } from '../dates/anchored';
import { asDomesticAct, DOCUMENT_TERM, hedged, PROMISED_BEFORE, isAttribution, isTopic, isTopicBefore, lentByThirdParty, listedTopic, OPINION_KEYS, mayThank, reportedFrom, signsDomesticAct, signsNamedAct, SPOKEN_TO, thankedFor } from './passing';
import { COUNTERPART, GATHERING_TYPES, headlineTwin, isHeadline, knownPeople, namedAsTarget, namedAsTime, once, retells, retoldWithCalendarDay, sameEvent, toldWithDay, tripOfTalks, tellsRelativeDay } from './retelling';
import { chooseHit, namesSittingBody, refersBack } from './triggers';
import { askedFor, asPromise, promisedFunds } from './promised';
import { announcedToday, pledgeReported } from './announced-plan';
import { eventMentions, lastTimeBefore } from './subordinate';
import type { ArticleView, Dated, Found, Picked, SentenceView } from './clause-state';
import { countAnniversary, isDaySpan, isHorizon, spanHoldsDay, leadIsDaySpan, redate } from './clause-dating';
import { closesSentence, opensWithAccord } from './accords';
import { rx } from '../regex';
import dateLexicon from '../../knowledge/date-lexicon.json';
import { welcomedStep } from './welcomed-step';
import { conjunctStatement, saidByStatement } from './conjunct-statement';
import { dateToldMessage, quotesToldMessage } from './message-attribution';
import { firstVisitDraft, visitFirstAfter } from './first-visit-after';
import { OBSERVATION_KEY, namesVote, observedVote } from './observed-vote';
import { AND_BEFORE, lastWithin, linkableOrTold, nearest, onToldSidelines, PAST_VERB_FIRST, span, TIME_CLAUSE_FIRST, WHERE_WHEN, within } from './clause-links';
import { addDays, daysBetween } from '../dates/days';


/** The noun of a ratification («ратификация», 'ratification'), a step named as a view's subject. */
const RATIFICATION_NOUN: Record<'ru' | 'en', RegExp> = { ru: /^ратификаци/iu, en: /^ratification$/iu };

/** True when `hit` is the noun of a ratification (`RATIFICATION_NOUN`): its first letter, «р» or "r" in either case, asked first. */
function ratificationNoun(body: string, hit: TriggerHit, lang: 'ru' | 'en'): boolean {
  const c = body.charCodeAt(hit.start);
  return (c === 0x440 || c === 0x420 || c === 0x72 || c === 0x52) && RATIFICATION_NOUN[lang].test(body.slice(hit.start, hit.end));
}
/** The trigger of a commemorative coin or stamp issue (event-lexicon.json `memorialIssue`): undated unless told with a date. */
const MEMORIAL_ISSUE_KEY = 'memorialIssue';

export type { ArticleView, Found, Recent, SentenceView } from './clause-state';

/** Reads clause `c` of sentence `v`: adds the milestones it tells to `f`. */
export function readClause(a: ArticleView, f: Found, v: SentenceView, c: Clause): void {
  const text = a.doc.text.slice(c.start, c.end);
  // Every marker question below asks the clause's lower case: a slice of the article's, not a
  // new lower-casing of each clause (≈5% of readClause's samples at 3,000 articles).
  rememberLower(text, a.lowerDoc.of(c.start, c.end));
  // «…в декабре посетит Петербург, где пройдет саммит»: a «где» / "where" clause happens
  // at the time of the clause it hangs on.
  // "X on Tuesday visited the fair, which runs from July 5 to 8, and held talks": a predicate going on with its
  // subject past a relative clause looks back to the subject's dates, not to the relative clause's.
  const subject = c.subject;
  const before = v.before;
  const lastBefore = subject && before && before.start >= subject.end ? lastWithin(v.inSentence, subject.start, subject.end) : before;
  const ownMentions = within(v.inSentence, c.start, c.end);
  if (ownMentions.length) v.before = ownMentions[ownMentions.length - 1]!;
  const picked = pickHits(a, f, v, c, text, ownMentions);
  if (!picked) return;
  const dated = dateEvent(a, f, v, c, text, picked, lastBefore);
  // "congratulated the Kyrgyz leader on her inauguration, which was held the previous day, and the pair settled …": a
  // predicate going on with its subject past a cut-out stretch, with no date of its own or of its subject's words, takes
  // the day of the event its subject's clause told.
  if (dated && subject && !ownMentions.length && dated.d.narrativeArticleDate) carrySubjectDay(f, subject, dated);
  if (dated) record(a, f, v, c, text, picked, dated);
}

/** Gives `dated` the day of the past event told in the subject clause `subject`, when that clause told one with a day. */
function carrySubjectDay(f: Found, subject: { start: number; end: number }, dated: Dated): void {
  for (let i = f.out.length - 1; i >= 0; i--) {
    const o = f.out[i]!;
    if (o.quote.start < subject.start || o.quote.end > subject.end) continue;
    if (o.status !== 'past' || o.date?.length !== 10 || dated.d.status !== 'past') return;
    dated.d.date = o.date;
    dated.d.dateEvidence = `Goes on with the subject of «${o.quote.text.slice(0, 60)}» (${o.date})`;
    dated.d.narrativeArticleDate = false;
    return;
  }
}

/** A mention that is the day of speaking itself («сегодня», "today"). */
const TODAY = { ru: /^сегодня$/iu, en: /^today$/iu };

/** The first of `ms` told after `hit` whose date is after the article's `day` (a plan's own period), or null. */
function laterAfter(ms: readonly DateMention[], hit: TriggerHit, day: string): DateMention | null {
  for (const m of ms) if (m.start >= hit.end && isAfter(m.date, day)) return m;
  return null;
}

/** «а затем – с Жапаровым», "and then with Japarov": a clause that is only a further counterpart of the meeting before it. */
const ELLIPTIC_COUNTERPART = {
  ru: rx(/^(?:а\s+)?(?:затем|потом|после этого)\s*[–—-]?\s*(?:с|со)\s+\p{Lu}/u),
  en: rx(/^(?:and\s+)?then\s*[–—-]?\s*with\s+\p{Lu}/u),
};

/**
 * «а следующие пройдут в мае», "and more are planned for the end of May": a clause that names
 * further events of the kind before it only by a word for more of them.
 */
const ELLIPTIC_MORE = {
  ru: rx(/^(?:а|и|но)\s+(?:(?:ещё|еще)\s+(?:несколько|два|две|три|один|одна|одно)|следующ\p{L}*|очередн\p{L}*|остальн\p{L}*)\s/u),
  en: rx(/^(?:and|but|while)\s+(?:more|the next(?:\s+one)?|another(?:\s+one)?|others|further ones)\s/iu),
};

/**
 * «…с 20 апреля начинает выполнять рейсы Ош – Красноярск, а с 1 мая – Бишкек – Казань»: a conjunct of a date and a dash
 * standing for the verb left out, then a name; it tells one more event of the kind before it, on its own date.
 */
const ELLIPTIC_DASH = {
  ru: rx(/^(?:а|и)\s+(?:[\p{L}\d]+\s+){1,3}?[–—-]\s+\p{Lu}/u),
  en: rx(/^(?:and|while)\s+(?:[\p{L}\d,]+\s+){1,3}?[–—-]\s+\p{Lu}/u),
};

/** «к уровню 2013 года», "the 2013 level": a date that is only the base of a comparison. */
const LEVEL = {
  ru: rx(/(?:^|[^\p{L}])уровн(?:ю|я|ем|е|ь)\s+(?:\p{L}+\s+)?(?:(?:19|20)\d\d|прошл\p{L}*|минувш\p{L}*)/iu),
  en: rx(/\b(?:(?:19|20)\d\d|last year's|pre-\p{L}+)\s+levels?\b|\blevels?\s+of\s+(?:(?:19|20)\d\d|last year)\b/iu),
};

/** «до», «после», "since" right before an accession word: the accession names a time. */
const ACCESSION_AS_TIME = {
  ru: rx(/(?:^|[^\p{L}])(?:до|после|с момента|со времени)\s+$/iu),
  en: rx(/\b(?:before|after|since)\s+$/iu),
};

/** A comma alone between a date and «после» / "after" before an accession word: the date is put beside the accession. */
const ACCESSION_DATE_APPOSED = {
  ru: /^,\s*(?:после|с момента)\s+$/u,
  en: /^,\s*(?:after|following)\s+(?:[\p{L}'’-]+\s+){0,2}$/u,
};

/** A bloc an accession is into («в Таможенный союз», "to the EAEU"). */
const BLOC = {
  ru: rx(/(?<![\p{L}])(?:ЕАЭС|ЕврАзЭС|ВТО|ОДКБ|ШОС|СНГ|Таможенн|Евразийск|союз)/u),
  en: rx(/\b(?:EAEU|EEU|WTO|CSTO|SCO|CIS|Customs|Eurasian|Union|bloc)\b/u),
};
/** How far after an accession word its bloc may be named. */
const BLOC_REACH = 40;

/** True when the accession at `hit` is named after «до», «после», "since" and names its bloc. */
function accessionAsTime(body: string, hit: TriggerHit, from: number, lang: Language): boolean {
  return ACCESSION_AS_TIME[lang].test(body.slice(Math.max(from, hit.start - 16), hit.start)) && BLOC[lang].test(body.slice(hit.start, hit.end + BLOC_REACH));
}

/** ", the presidential press service said.", «, сообщила пресс-служба.»: a comma, then nothing but the attribution. */
const ATTRIBUTION_AFTER = /^,\s+[^,;]+$/u;

/** «от» / "of" right before a date: the date in a document's name («Соглашение … от 20 сентября 2012 года»). */
const NAME_DATE_BEFORE = /\s(?:of|от)\s+$/u;

/**
 * True when the last date of clause `c` is the date in a document's name («… от 20 сентября 2012 года», "… of September
 * 20, 2012"), followed only by a comma and an attribution: the clause names that document before the attribution.
 */
function attributedAfterDate(text: string, ms: readonly DateMention[], c: Clause, lang: Language): boolean {
  const last = ms.length ? ms[ms.length - 1]! : null;
  if (!last || last.end >= c.end || !NAME_DATE_BEFORE.test(text.slice(Math.max(c.start, last.start - 6), last.start))) return false;
  const tail = text.slice(last.end, c.end);
  return ATTRIBUTION_AFTER.test(tail) && isAttribution(tail.slice(1), lang);
}

/** The triggers clause `c` tells its event with; null when it tells none. */
function pickHits(a: ArticleView, f: Found, v: SentenceView, c: Clause, text: string, ownMentions: DateMention[]): Picked | null {
  const { doc, lang, people } = a;
  const markers = a.lex.markers;
  const body = doc.text;
  const s = v.s;
  const from = c.start;
  const to = c.end;
  // Every use of the anniversary below goes with an anniversary trigger: without one in the sentence it is not read.
  const anniversary = v.anniversaryHit ? readAnniversary(text, lang) : null;
  let own = hitsOfClause(v.hits, from, to, anniversary !== null);
  const inherited = !own.length && c.dateSplit;
  // «…, а в понедельник министр заявил, что …», "…, and on Monday the minister said that …": a statement of its own day;
  // what it said, cut off at a date of its own («что график утвердят в ближайшие недели»), tells no event of the
  // first conjunct.
  if (inherited) {
    if (saidByStatement(f.out, c, text, lang)) return null;
    const stated = conjunctStatement(a, f, c, text, ownMentions, s.index);
    if (stated) {
      f.out.push(stated);
      return null;
    }
  }
  if (inherited && inheritsNothing(body, s.start, from, text, lang, ownMentions, c)) return null;
  // What a speaker told a counterpart («заявил коллеге, что кредит будет выделен в 2020 году») is no second talks.
  // An event told in passing with its own date («Премьер, назначенный в марте, заявил в мае …») lends its word to no other date.
  // More of the kind planned («…, а следующие пройдут в мае», "…, and more are planned for May") are events of that kind, dated or not.
  // So is a conjunct whose verb a dash stands for («…, а с 1 мая – Бишкек – Казань»).
  if (inherited) own = carriedHits(v.carried, body, (ELLIPTIC_MORE[lang].test(text) && markers.planned.test(text)) || ELLIPTIC_DASH[lang].test(text));
  // «Козак встретился с Жээнбековым, а затем – с Жапаровым», "met X and then Y": the meeting verb
  // left out before a second counterpart tells a second meeting.
  if (!own.length && !c.dateSplit && ELLIPTIC_COUNTERPART[lang].test(text)) own = v.carried.filter((h) => h.trigger.type === 'meeting');
  if (!own.length) return null;
  v.carried = own;
  // Stretches are read on the whole sentence: a piece cut off at a date may start inside one.
  const stretches = overlapping(v.stretches, from, to);
  const fg = foregroundHits(own, stretches);
  const told = own;
  own = fg.hits;
  // "talked for 40 minutes before the summit", «Накануне встречи премьеров министр обсудил с …»:
  // a gathering named only as the time of the clause's event is no event of its own.
  const out = f.out;
  if (out.length) own = notNamedAsTime(own, body, out, lang, v.inSentence);
  // "I first visited Bishkek in 2005, weeks after the revolution" in a signed piece: the clause is the
  // author's memory, not a trip of the two countries; nothing else it names is dated by it.
  // «Двусторонняя встреча … не планируется», "No formal meeting took place": a gathering denied is none.
  const kept: TriggerHit[] = [];
  for (let i = 0; i < own.length; i++) {
    const h = own[i]!;
    if (authorTrip(body, h, a.speech, lang)) return null;
    if (!denied(h, text, from, a.lex)) kept.push(h);
  }
  own = kept;
  // «Министр и его коллега обсудили …», "X and his counterpart Y discussed …": talks, and what
  // they discussed is the topic; a bare «обсудили» without two parties is no event.
  // A date in a background stretch («договора, подписанного в 2011 году») belongs to what was discussed: the event the stretch
  // tells, when the clause has another trigger. A stretch with no event of its own ("discussed trade, which fell by 30% last
  // year") leaves the talks.
  const talked = hitOfKey(own, 'discussed');
  if (talked) {
    // «Стороны договорились продолжить работу …», "agreed to speed up …": an intention, not talks.
    const intent = markers.agreedIntent.atStart(body.slice(talked.end + 1, to), a.lowerDoc.of(talked.end + 1, to));
    if (intent || (own.length > 1 && topicDated(v.inSentence, from, to, stretches)) || (participants(people, body, s.start, s.end).length < 2 && !markers.pair.test(s.text, a.lowerDoc.of(s.start, s.end)))) own = own.filter((h) => h !== talked);
    else own = own.filter((h) => h === talked || !isTopic(h, text, from, lang));
  }
  if (!own.length) return null;
  // «Бакиев, находящийся в Москве с рабочим визитом, накануне провел переговоры»: the stay is
  // its own event, under way on the article's day; the clause's other event is told apart.
  const stay = markers.stay.all(text)[0];
  const stayVisit = stay ? stayApart(own, told, from + stay.start, from + stay.end) : null;
  if (stayVisit) own = outsideOf(own, stayVisit);
  // «Вчера министр, назначенный в марте, провел переговоры»: the predicate is dated with its subject.
  const subject = c.subject;
  const inClause = ownMentions.length || !subject ? ownMentions : within(v.inSentence, subject.start, subject.end);
  // «Форум является площадкой…»: a description of an organiser or venue, not an event.
  if (!inClause.length && markers.descriptive.test(text)) return null;
  // «…в пакет войдут меморандум о …, а также программа по …»: the list a description names goes on.
  if (!inClause.length && c.start > v.s.start && (text.startsWith('а также ') || text.startsWith('as well as ')) && markers.descriptive.test(a.doc.text.slice(v.s.start, c.start))) return null;
  return { own, told, background: fg.background, inherited, anniversary, stretches, stayVisit, inClause };
}

/**
 * True when a piece cut off at its date (`text`, from `from` in sentence starting at `sentenceStart`) tells no event of the
 * hits it would inherit: an attribution, a figure, a sum or level, a term's end, a citation in brackets, a description.
 */
function inheritsNothing(body: string, sentenceStart: number, from: number, text: string, lang: Language, ownMentions: readonly DateMention[], c: Clause): boolean {
  // «…, the press service said on Friday»: an attribution cut off at its date tells no event
  // (one that goes on to report something — "said the shipment was expected…" — may).
  // "… and conditions of the base of September 20, 2012, the press service said": a document's name cut off at the
  // date in it, with the attribution only after it, still tells the event carried.
  if (isAttribution(text, lang) && !attributedAfterDate(body, ownMentions, c, lang)) return true;
  // «…, который встретился с коллегой в мае, | заявил, что товарооборот …»: the date is the figure's.
  if (reportsFigure(text, lang)) return true;
  // «…, до присоединения к союзу, показатель достигал 2,1 млрд, | в 2014-м — 2 млрд, | и не вернулся к уровню 2013 года»:
  // a piece cut off at a date that names only a sum or a level tells a figure, not the event word before it.
  if (MARKERS.amount[lang].test(text) || LEVEL[lang].test(text)) return true;
  // "… and patents are extended until June 15": a term's end dates no event.
  if (termUntil(text, lang)) return true;
  // "… next year (Kommersant, May 23)": a date in a citation between brackets dates no event.
  if (inBrackets(body, sentenceStart, from)) return true;
  // «…создан в соответствии с соглашением 1993 года | и сегодня считается одним из флагманов»: a piece
  // cut off at its date that only describes what the event made («считается», "is one of") tells no event.
  return MARKERS.descriptive[lang].test(text);
}

/** The hits starting in `[start, end)`; an anniversary's only when one was read (`anniversary`). */
function hitsOfClause(hits: readonly TriggerHit[], start: number, end: number, anniversary: boolean): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.start >= start && h.start < end && (anniversary || h.trigger.key !== 'anniversary')) out.push(h);
  }
  return out;
}

/** The hits a piece cut off at a date inherits: not one spoken to a counterpart, and a dated one only for more of the kind (`more`). */
function carriedHits(carried: readonly TriggerHit[], body: string, more: boolean): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (let i = 0; i < carried.length; i++) {
    const h = carried[i]!;
    if ((more || !h.trigger.dated) && !SPOKEN_TO.test(body.slice(h.start, h.end))) out.push(h);
  }
  return out;
}

/** The stretches that overlap `[start, end)`. */
function overlapping<T extends { start: number; end: number }>(spans: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < spans.length; i++) if (spans[i]!.start < end && start < spans[i]!.end) out.push(spans[i]!);
  return out;
}

/** The hits not named only as the time or the target of an event told before (`namedAsTime`, `namedAsTarget`). */
function notNamedAsTime(hits: readonly TriggerHit[], body: string, out: readonly MilestoneDraft[], lang: Language, inSentence: readonly DateMention[]): TriggerHit[] {
  const kept: TriggerHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (!namedAsTime(body, h, out, lang, inSentence) && !namedAsTarget(body, h, out)) kept.push(h);
  }
  return kept;
}

/** The first hit of trigger `key`, or undefined. */
function hitOfKey(hits: readonly TriggerHit[], key: string): TriggerHit | undefined {
  for (let i = 0; i < hits.length; i++) if (hits[i]!.trigger.key === key) return hits[i];
  return undefined;
}

/** True when some mention of `ms` starts outside every one of `stretches`: the clause has a date of its own. */
function hasOwnDate(ms: readonly DateMention[], stretches: readonly Stretch[]): boolean {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    let inside = false;
    for (let j = 0; j < stretches.length && !inside; j++) inside = stretches[j]!.start <= m.start && m.start < stretches[j]!.end;
    if (!inside) return true;
  }
  return false;
}

/** True when a mention in `[start, end)` starts inside one of `stretches`: a date of what was discussed. */
function topicDated(inSentence: readonly DateMention[], start: number, end: number, stretches: readonly Stretch[]): boolean {
  for (let i = 0; i < inSentence.length; i++) {
    const m = inSentence[i]!;
    if (m.start < start || m.end > end) continue;
    for (let j = 0; j < stretches.length; j++) if (stretches[j]!.start <= m.start && m.start < stretches[j]!.end) return true;
  }
  return false;
}

/** True when hit `h` lies outside the stay at `stay`. */
const apart = (h: TriggerHit, stay: { start: number; end: number }) => h.end <= stay.start || h.start >= stay.end;

/** The stay at `[start, end)` when it is told apart: some hit outside it, one of `told` in it; else null. */
function stayApart(own: readonly TriggerHit[], told: readonly TriggerHit[], start: number, end: number): { start: number; end: number } | null {
  const stay = { start, end };
  let outside = false;
  for (let i = 0; i < own.length && !outside; i++) outside = apart(own[i]!, stay);
  if (!outside) return null;
  for (let i = 0; i < told.length; i++) if (!apart(told[i]!, stay)) return stay;
  return null;
}

/** The hits outside `stay`. */
function outsideOf(hits: readonly TriggerHit[], stay: { start: number; end: number }): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (let i = 0; i < hits.length; i++) if (apart(hits[i]!, stay)) out.push(hits[i]!);
  return out;
}

/** The trigger that names the clause's event and its dating; null when the clause tells no milestone. */
function dateEvent(a: ArticleView, f: Found, v: SentenceView, c: Clause, text: string, p: Picked, lastBefore: DateMention | null): Dated | null {
  const told = namedEvent(a, v, c, text, p, lastBefore);
  if (!told) return null;
  const { hit, said } = told;
  const { type, key } = hit.trigger;
  // "held talks with Karabayev in Bishkek, | where the sides discussed …", «провели переговоры в Бишкеке, | где стороны
  // обсудили …»: what was discussed at the gathering the clause hangs on, not talks of their own.
  // (A date of the topic's own stretch — "trade, which hit a record in January-September" — dates no talks of their own.)
  // «…провел переговоры с премьером Казахстана в Астане, | где стороны договорились …»: whatever the sides did or agreed at a
  // third country's gathering (left out, so not told just before) is that gathering's.
  if (!hasOwnDate(p.inClause, p.stretches) && WHERE_THE_SIDES.test(text) && ((key === 'discussed' && gatheringJustTold(f.recent, v.s.index)) || foreignGatheringBefore(a, v, c))) return null;
  // «Ранее министр принял посла. В ходе этой встречи речь шла о …»: what the gathering told just before covered.
  // (Its noun there is that gathering, whatever date the clause tells of its topic: «…обсудили план до конца года».)
  if (type === 'meeting' && text.length > 8 && atThatGathering(text, hit.start - c.start, key, a.lang) && gatheringToldBefore(f.recent, v.s.index)) return null;
  // «“…”, — говорится в телеграмме Сергея Лаврова» after «обменялись поздравительными телеграммами»: the message again.
  if (key === 'messages' && quotesToldMessage(text, a.lowerDoc.of(c.start, c.end), a.lang, f.out)) {
    // «…, направленной в четверг»: the day the message was sent.
    if (p.inClause.length) dateToldMessage(p.inClause, a.lang, f.out, a.date.date);
    return null;
  }
  const counting = key === 'anniversary' ? p.anniversary : null;
  const counted = countAnniversary(a, v, c, text, p, hit, counting, f);
  // «в этом году», "this year" names only the year of an anniversary the count dates more finely.
  const finer = told.mention?.relative && told.mention.date.length === 4 && counted.date !== null && counted.date.length > 4 && counted.date.startsWith(told.mention.date);
  const mention = counted.founded || counted.yearless || finer ? null : told.mention;
  const d = dateClause({
    lang: a.lang,
    text: said !== null ? a.doc.text.slice(said, c.end) : c.dateSplit ? a.doc.text.slice(v.s.start, c.end) : text,
    mention,
    anniversaryDate: counted.date,
    speech: counted.spoken,
    article: a.date,
    entry: a.timeline.length ? entryAt(a.timeline, c.start) : null,
    // «по итогам переговоров с премьером»: a gathering with a counterpart of its own is its own event (not talks held
    // "On the sidelines," of a gathering told before).
    // A clause dated by its mention or an anniversary continues nothing (dateClause asks no further): not looked up.
    previous: () =>
      mention || counted.date || v.teaser || (GATHERING_TYPES.has(type) && COUNTERPART.test(a.doc.text.slice(hit.end, hit.end + 8)) && !onToldSidelines(text, a.lang))
        ? []
        : (toldThen(f, v, text, a.lang) ?? linkableOrTold(f.recent, f.toldGatherings, v.s.index, text, a.lang, key === 'discussed' && onlyDiscussed(v.hits, c.start, c.end), f.headlines)),
  });
  redate(a, f, v, c, text, hit, mention, counted.spoken, d);
  // «Группа депутатов наблюдала за ходом голосования», "observed the vote": on the day of the vote told before, whatever
  // else the clause dates ("who led the observers, said talks would resume next year"); with no vote told, no event.
  // With no vote told before, a clause that names the vote with its day («на выборах 18 сентября в качестве наблюдателей
  // работали …») keeps its own date.
  const ownVote = key === OBSERVATION_KEY && mention !== null && d.date !== null && namesVote(text);
  if (key === OBSERVATION_KEY && !(ownVote && !observedVote(f.out))) {
    const vote = observedVote(f.out);
    if (!vote) return null;
    const ad = a.date.date;
    d.date = vote.date;
    d.dateEvidence = `Observed the vote «${vote.quote.slice(0, 60)}» (${vote.date})`;
    if (ad !== null && isAfter(vote.date, ad)) d.status = 'planned';
    else if (ad !== null && isAfter(ad, vote.date)) d.status = 'past';
    d.narrativeArticleDate = false;
  }
  // «Делегация также посетит университет», «В программе визита также посещение музея»: one more stop of a visit told, with
  // no day of its own, is the visit's programme, no event («Завтра делегация посетит завод», with its day, stays).
  // (A stop where talks follow — «…, где проведет переговоры» — stays, to give them the visit's day.)
  if (!mention && !counted.date && type === 'visit' && isAlsoVisitStop(text, a.lang, f.out) && !WHERE_NEXT.test(a.doc.text.slice(c.end, c.end + 60))) return null;
  // «В рамках визита министр также посетит …»: a planned part of the visit («…также посетил авиабазу», told as done, is a
  // past stop of the trip and dated as told). The occasion the article tells (its first event in the body, or its lead) is
  // one day of a stay whose other days are not told: the part planned is of that day's month, as a step of the trip told
  // as done without its day is («В ходе визита министр также встретился с …»). A visit told with its day is that day.
  if (!mention && !counted.date && d.status === 'planned' && isProgrammePart(text, a.lang)) {
    const main = f.main && GATHERING_TYPES.has(f.main.draft.type) && f.main.draft.date?.length === 10 ? f.main.draft.date : null;
    const stay = main ?? (f.lead?.date.length === 10 ? f.lead.date : null);
    const day = stay ? stay.slice(0, 7) : visitDay(f.out.filter((o) => !f.headlines.has(o)));
    if (day) {
      d.date = day;
      d.dateEvidence = stay ? `The month of the stay whose programme «${text.slice(0, 40)}» tells; its day is not told` : `The day of the visit whose programme «${text.slice(0, 40)}» tells`;
      d.narrativeArticleDate = false;
    }
  }
  // «Путин прибыл сегодня в Кыргызстан … Переговоры пройдут в резиденции «Ала-Арча»»: talks planned
  // without a day right after the arrival the article reports are that day's programme.
  if (!mention && !counted.date && d.date === null && d.status === 'planned' && !d.linked && type === 'meeting') {
    const day = arrivalDay(f, v.s.index, a.date.date);
    if (day) {
      d.date = day;
      d.dateEvidence = `The day of the arrival «${f.main!.draft.quote.text.slice(0, 40)}» told just before`;
    }
  }
  // «приветствовал ратификацию соглашения», "welcomed the ratification": a step before the reaction reported, in the article's month.
  if (!mention && d.narrativeArticleDate && d.status === 'past' && d.date?.length === 10 && type === 'agreement' && welcomedStep(a.doc.text, hit.start, a.lang)) {
    d.date = d.date.slice(0, 7);
    d.dateEvidence = `Welcomed in the article, so before its day: the article's month (${d.dateEvidence})`;
  }
  // "Russia will not send troops, the spokeswoman has said.": the plan was said on the article's day.
  if (!mention && !counted.date && d.date === null && d.status === 'planned' && a.date.date?.length === 10 && announcedToday(a.doc.text, c.start, c.end, a.lang, a.people)) {
    d.date = a.date.date;
    d.status = 'past';
    d.dateEvidence = `A plan announced in the article's news, told with «has said»; the article date (${a.date.evidence.replace(/\.$/u, '')})`;
  }
  // "Osh is the last stop of the minister's Central Asian tour": a trip of several days and stops, of the article's month.
  if (!mention && key === 'tour' && (d.narrativeArticleDate || d.linked) && d.date?.length === 10) {
    d.date = d.date.slice(0, 7);
    d.dateEvidence = `A tour of several stops told without a date of its own: the article's month (${d.dateEvidence})`;
    d.narrativeArticleDate = false;
    d.linked = false;
  }
  // "The minister said Russia would provide a $300 million loan": a pledge made in the news the article reports, on its day.
  if (!mention && !counted.date && (key === 'finance' || key === 'debt') && a.date.date?.length === 10 && pledgeReported(a.doc.text, c.start, hit.start, a.lang, a.people)) {
    d.date = a.date.date;
    d.status = 'past';
    d.dateEvidence = `Money pledged by the speaker in the article's news; the article date (${a.date.evidence.replace(/\.$/u, '')})`;
    d.narrativeArticleDate = false;
    d.linked = false;
  }
  // «после вступления Киргизии в ЕАЭС «появились новые возможности»», "since accession to the EAEU": an accession into a bloc
  // named only as a time, with no date at all, is told, of a day the article does not give (not its own day).
  // («после вступления закона в силу» names no bloc.)
  if (!mention && key === 'accession' && d.date !== null && d.narrativeArticleDate && accessionAsTime(a.doc.text, hit, c.start, a.lang)) {
    d.date = null;
    d.dateEvidence = 'An accession named as a time, without a date of its own';
    d.narrativeArticleDate = false;
  }
  // «к дате отчеканена памятная монета», "the post office issued a stamp for the jubilee": an issue told with no
  // date of its own is of a day the article does not give (not the day of the ceremonies told beside it).
  if (!mention && !counted.date && key === MEMORIAL_ISSUE_KEY && d.date !== null) {
    d.date = null;
    d.dateEvidence = 'A commemorative issue told without a date of its own';
    d.narrativeArticleDate = false;
    d.linked = false;
  }
  // «премьер попросил ускорить выделение транша», "asked for a new budget loan": a request made by one side, no step of the two
  // (unless the clause tells a gathering or a signing too: "held talks on Tuesday, seeking new credits" tells the talks).
  if (askedFor(hit, text, c.start, a.lang) && p.own.every((h) => h.trigger.type === 'other')) return null;
  // «Москва пообещала Бишкеку кредит»: promised money is a plan, not money given.
  if (!mention && promisedFunds(hit, text, c.start, a.lang)) asPromise(d);
  // «Россия выделила … 200 млн долларов», "set a goal of $5 billion": a sum dated only by the article or the occasion.
  if (!mention && !counted.date && d.status === 'past' && d.date !== null && (d.narrativeArticleDate || d.linked) && toldSum(hit, text, a.lang, d.date === a.date.date)) {
    // "Moscow has provided a $45 million grant": money given told in the present perfect is a step of some time before
    // the article, which it does not give; undated, not dropped.
    if (!givenInPerfect(text, a.lang)) return null;
    d.date = null;
    d.dateEvidence = 'Money given, told in the present perfect without a date of its own';
    d.narrativeArticleDate = false;
    d.linked = false;
  }
  // "In 2023, foreign grants exceeded $100 million": money told as a level reached, a statistic.
  if (sumLevel(hit, a.doc.text.slice(hit.end, c.end), a.lang)) return null;
  return { hit, mention, d, spoken: counted.spoken, isAnniversary: counting !== null, previous: told.previous ?? null };
}

/** How many sentences after the reported arrival its day's planned talks may be told. */
const ARRIVAL_REACH = 2;

/**
 * The article's day when its main event is an arrival of that day told as done (a visit, not a
 * plan) within `ARRIVAL_REACH` sentences before sentence `at`; null otherwise.
 */
function arrivalDay(f: Found, at: number, article: string | null): string | null {
  const main = f.main;
  if (!main || !article || article.length !== 10 || main.draft.type !== 'visit' || main.draft.status === 'planned' || main.draft.date !== article) return null;
  return at > main.sentence.index && at - main.sentence.index <= ARRIVAL_REACH ? article : null;
}

/**
 * The trigger that names the clause's event, the date mention nearest it and where a report of
 * what was said starts; null when the clause tells no milestone whatever its date.
 */
function namedEvent(
  a: ArticleView,
  v: SentenceView,
  c: Clause,
  text: string,
  p: Picked,
  lastBefore: DateMention | null,
): { hit: TriggerHit; mention: DateMention | null; said: number | null; previous?: DateMention | null } | null {
  const { doc, lang } = a;
  const markers = a.lex.markers;
  const body = doc.text;
  const s = v.s;
  const from = c.start;
  const { own, told, anniversary, inClause, inherited } = p;
  // An anniversary clause's date is the anniversary's or its founding's: no other trigger claims it.
  const counted = anniversary && own.some((h) => h.trigger.key === 'anniversary');
  const first = chooseHit(own, text, lang, counted ? null : (inClause[0] ?? null));
  const clauseMentions = foregroundMentions(inClause, first, told, p.stretches, body, lang);
  const hit = clauseMentions[0] === inClause[0] ? first : chooseHit(own, text, lang, counted ? null : (clauseMentions[0] ?? null));
  const { type, key } = hit.trigger;
  // «…, где провел переговоры с президентом Казахстана»: a third country's event; not a stop on the
  // trip told ("will travel on to Astana for a state visit to Kazakhstan"), kept as not bilateral.
  // (Asked only of the kinds it can be true of: the list of kinds and the people's thunk are made per clause.)
  if (mayBeForeign(type) && isForeignEvent(text, lang, type, told.map((h) => h.trigger.type), () => participants(a.people, body, from, c.end)) && !(type === 'visit' && ONWARD_TRAVEL.test(text) && isOnwardStop(text, lang))) return null;
  // "The IMF approved a $73 million loan": an international lender's loan, not the two sides'.
  if (lentByThirdParty(hit, body.slice(from, hit.start), lang, body)) return null;
  // "Kazakhstan pledged $1 million in relief aid": a third country's aid beside Russia's.
  if (aidByThirdCountry(hit, body.slice(from, hit.start), text, lang)) return null;
  // «Поздравления также направили президент Казахстана и президент Узбекистана»: other leaders' messages, listed beside the sides'.
  if (messageByThirdCountry(hit, text, lang, () => participants(a.people, body, from, c.end))) return null;
  // «Ранее Жапарова поздравил исполняющий обязанности президента Талант Мамытов»: a message between the Kyrgyz side's own officials.
  if (messageAtHome(hit, text, lang, () => participants(a.people, body, from, c.end))) return null;
  // «поблагодарил за поставки вакцины», "thanked Moscow for the supply of fuel": the object of the
  // thanks, unless the clause dates it ("for the doses delivered earlier this month").
  if (!inClause.length && thankedFor(hit, body.slice(from, hit.start), lang, a.lowerDoc.of(from, hit.start))) return null;
  // "is extended every year through protocols", «ежегодно продлевается»: a practice repeated, told with no date of its own
  // (the adverb by the event word; «протокол, предусматривающий поставку … ежегодно» tells what is supplied each year).
  if (!inClause.length && habitual(text, hit.start - from, hit.end - from, markers.habitual)) return null;
  // «…отправится в Германию, где проведет переговоры с …»: talks at a third country's stop on the trip.
  if (type === 'meeting' && talksOnOnwardStop(text, body.slice(s.start, from), lang)) return null;
  // «…отправится в Ош, где посетит больницу и встретится с представителями бизнеса»: a stop's programme, part of the trip.
  if ((type === 'meeting' || type === 'visit') && !inClause.length && from > s.start && meetsOnProgrammeStop(text, body.slice(s.start, from), lang)) return null;
  // Another trigger than the first one names the event: the dates that describe it are its own
  // («…, а также «дорожную карту» и подготовку к заседанию межправкомиссии, которое решено провести в марте»).
  const hitMentions = hit === first || clauseMentions.length ? clauseMentions : foregroundMentions(inClause, hit, told, p.stretches, body, lang);
  let mention = nearest(eventMentions(body, hitMentions, hit), hit);
  // "Today our delegations will go through the programme of the state visit … next year": "today" before the event word is when the
  // speaker works on it; a later period told after the event word is the event's own.
  if (mention && mention.end <= hit.start && a.date.date && TODAY[lang].test(mention.text)) mention = laterAfter(hitMentions, hit, a.date.date) ?? mention;
  // "a state visit, the first since 2019": the year is the last time before; the event is dated as if it were not told.
  const previous = !mention && hitMentions.length ? lastTimeBefore(body, hitMentions) : null;
  // "The schools are to be opened by 2025", «откроют к 2027 году»: the year a plan is due by is its date.
  if (!mention && hitMentions.length && markers.planned.test(text)) mention = dueYear(body, hitMentions, lang);
  // "originally scheduled for November, had been postponed to December": the date it was put off to.
  if (mention) mention = postponedTo(body, hitMentions, from, lang) ?? mention;
  // "signed a roadmap on the corridor to 2030", «программа до 2030 года»: the document's horizon, not its signing.
  if (mention && type === 'agreement' && isHorizon(body, mention, a.date.date)) mention = null;
  // "extends the lease for 10 years starting in 2034": the year the term starts, not the extension's.
  if (mention && startsTerm(body, mention, lang)) mention = null;
  // «договорились о запуске сервиса до конца года», 'agreed to launch … by the end of the year': the deadline is the launch's; the
  // agreement on a step (not on a gathering or a signing, which are the plan itself) is of the day told. Not when the step
  // is told as the plan itself («договорились открыть сервисный центр до конца года»): the deadline is that plan's date.
  if (mention && type === 'other' && agreedByYearEnd(text, from, mention, lang) && !markers.planned.test(text)) mention = null;
  // «ноту о ратификации Договора от 10 июня», "ratified the agreement of May 12": a date after «от» / "of" names the
  // document; it is not the date of another event told with it.
  if (mention && namesDocument(body, mention, hit, lang)) mention = null;
  // «Протокол о внесении изменений в Соглашение … от 20 сентября 2012 года»: the amended document's day, not the protocol's.
  if (mention && type === 'agreement' && isAmendedDocument(body, mention, hit, from, lang)) mention = null;
  // "Japarov said earlier this week that documents are being prepared for signing": the day of
  // the statement; what was said is dated on its own.
  const said = mention ? reportedFrom(text, from, mention, hit, lang) : null;
  // "announced last week that it will open Osh–Kazan flights from December 15": a date told in what was said is the plan's own.
  if (said !== null) mention = nearest(eventMentions(body, hitMentions.filter((m) => m.start >= said), hit), hit);
  // «поблагодарил за кредит на ремонт дорог, протяжённость которых за прошлый год …»: thanked for, and none of the
  // clause's dates is its own.
  if (!mention && inClause.length && mayThank(a.lowerDoc.lower, from, hit.start) && thankedFor(hit, body.slice(from, hit.start), lang, a.lowerDoc.of(from, hit.start))) return null;
  // «Взаимная торговля за 2030 год прибавила 7%, рассказал министр на заседании комиссии»: the year is the figure's
  // period; the session where it was told is dated as if no year were written.
  if (mention && mention.end <= hit.start && mention.date.length === 4 && isReportedPeriod(body.slice(from, mention.start), body.slice(mention.end, hit.start), lang)) mention = null;
  // «поздравил коллегу с назначением и добавил, что обмен товарами в прошлом году прибавил 9%»: a period told after the event word in a
  // figure the speaker reported is the figure's; the congratulation is dated as if no year were written.
  if (mention && mention.start >= hit.end && mention.date.length === 4 && isFigurePeriodAfter(body.slice(hit.end, mention.start), lang)) mention = null;
  const whereWhen = !mention && !inClause.length && WHERE_WHEN[lang].test(text);
  // «…заседание совета, где будет обсуждаться присоединение Киргизии», "where the accession will be discussed": the
  // topic of the gathering told before, not an event of its day.
  if (whereWhen && (isTopic(hit, text, from, lang) || isTopicBefore(hit, text, from, lang))) return null;
  // «Директор фонда, учреждённого в марте прошлого года, осмотрел стройку, где провёл переговоры с мэром»: a participle's date of
  // founding names when the noun began, not the time of the clause the «где» hangs on.
  if (whereWhen && lastBefore && !foundingOfNoun(body, lastBefore)) mention = lastBefore;
  // "In July X visited Bishkek | and agreed with his counterpart on …": a second predicate of the
  // same subject, told without a date or a plan of its own, happened when the first did.
  // Not when that date names the gathering a decision was taken at («договорённостях, достигнутых на прошлогоднем заседании, и
  // обсудили …», "the targets agreed at last year's session and reviewed …"): that gathering is another, earlier one.
  if (!mention && !inClause.length && lastBefore && AND_BEFORE.test(body.slice(Math.max(s.start, from - 12), from)) && PAST_VERB_FIRST[lang].test(text) && !markers.planned.test(text) && !decidedAtBefore(body, lastBefore.start, lang)) mention = lastBefore;
  // "When X sat down with Y on May 8, | the two presidents agreed …": the time clause dates the main one.
  if (!mention && lastBefore && from > s.start && lastBefore.start < from && TIME_CLAUSE_FIRST[lang].test(s.text) && !markers.planned.test(text)) mention = lastBefore;
  // «в 2013 году, до присоединения к союзу, показатель достигал …»: an accession named only as the time of
  // what the clause tells; a date told before it is that other thing's.
  // («С 2030 года, после вступления Армении в союз, …», "Since 2030, after its accession to …": a date put right before
  // «после» / "after" with only a comma between is the accession's own.)
  if (
    mention &&
    mention.end <= hit.start &&
    key === 'accession' &&
    ACCESSION_AS_TIME[lang].test(body.slice(Math.max(from, hit.start - 16), hit.start)) &&
    !ACCESSION_DATE_APPOSED[lang].test(body.slice(mention.end, hit.start))
  )
    return null;
  // «За это время подписано более 200 договоров», "dozens of visits", "has delivered 1,500 tons of aid since June": a tally, not an event.
  if (!(mention && mention.date.length === 10) && (isTally(hit, text, lang, hit.start - from) || fundsSummedOver(hit, text, lang, hit.start - from))) return null;
  // "The fund has approved loans worth $700mn since 2016": the year starts a running total, no grant or loan of that year.
  if (mention && mention.date.length === 4 && fundsSummedSince(hit, body, from, mention.start, text, lang)) return null;
  // "X told a business forum": the gathering is only the statement's audience.
  if (!(mention && mention.date.length === 10) && isAudience(hit, body.slice(Math.max(from, hit.start - 80), hit.start), lang)) return null;
  // "Nurbek, a builder, flew home": only an official's departure ends a visit.
  if (privateDeparture(hit, body, s.start, a.people)) return null;
  // Elections, an uprising, a base «открытая прошлой осенью»: told in passing, a milestone only when dated.
  // On a page with no year anywhere («С понедельника, 3 марта, введена национальная валюта», «в прошлом году боевики захватили
  // заложников», «в июне»), a day and month or a time word told in the clause are its own date, which no mention carries:
  // the event is told, of a date the timeline cannot place (kept with a null date).
  if (hit.trigger.dated && !mention && !(a.date.date === null && (dayMonthsIn(text, 1).size > 0 || YEARLESS_TIME[lang].test(text)))) return null;
  // «выразил Лаврову соболезнования в связи с терактом», 'expressed condolences over the attack': the disaster named as the
  // occasion of condolences, without a date of its own, is what they answer, not told.
  if (key === INCIDENT_KEY && !mention && condolenceOccasion(body.slice(from, hit.start), lang)) return null;
  // «Россия рассматривает возможность предоставления гранта», "the first tranche could arrive": only possible.
  // ("observed the vote and found «no violations that could affect the result»": what observers found is no hedge of theirs.)
  if (!mention && type === 'other' && hedged(hit, key === OBSERVATION_KEY ? body.slice(from, hit.end) : text, from, lang)) return null;
  // «пообещал, что … будут выполнены, включая соглашения …»: documents named in a promise.
  if (key === 'document' && PROMISED_BEFORE[lang].test(body.slice(s.start, hit.start))) return null;
  // «Президент подписал закон о республиканском бюджете»: a domestic act, not a bilateral document.
  // Told with its calendar date («29 мая президент подписал закон …», "signed the law on May 29")
  // it is a domestic event of its own; told as the news of the day («Вчера президент подписал
  // закон») or dated only by the article («Закон подписан», "the bill was signed") it is none.
  // A law named by its title in quotes («подписал закон «Об официальном языке»») is news of its own, told on any day.
  // The key first: the slices below are made only for a signing, the one trigger `signsDomesticAct` asks about.
  if (hit.trigger.key === 'signing' && signsDomesticAct(hit, body.slice(hit.end, s.end), lang, body.slice(Math.max(s.start, hit.start - 40), hit.start), body.slice(hit.start, hit.end), body.slice(s.start, hit.start))) {
    if ((mention && !mention.relative) || signsNamedAct(body.slice(hit.end, s.end), lang)) return { hit: asDomesticAct(hit), mention, said };
    // «в понедельник подписал закон о внесении изменения в Конституцию, согласно которому русский язык получил статус
    // официального», "signed a law … which gives Russian the status of an official language": what the law does is the
    // Russian language's status, news of the relations on any day; the clause tells that step.
    const status = hitOfKey(told, LANGUAGE_STATUS);
    return status ? { hit: status, mention, said } : null;
  }
  // "The agreement will run for 15 years from 2017", «рассчитано на пять лет»: the document's term.
  if (!mention && key === 'document' && DOCUMENT_TERM[lang].test(text)) return null;
  // «В Бишкеке рассчитывают, что присоединение к договору поможет …»: a document named in an opinion.
  // «отметил, что ратификация договора поможет …», 'stressed that the ratification …': the ratification named as the
  // subject of a view, as a document is.
  if (!mention && (OPINION_KEYS.has(key) || (key === 'signing' && ratificationNoun(body, hit, lang))) && markers.opinion.test(text)) return null;
  // «стороны обсудили вопросы оказания помощи», "discussed the supply of fuel": a topic of the talks.
  if (!mention && (isTopic(hit, text, from, lang, body.slice(s.start, from)) || listedTopic(hit, body, s.start, lang))) return null;
  // A piece cut off at a date that turns out not to date the event («…, которое вступило в
  // силу в 2013 году» after a signing): nothing new is told.
  // A piece cut off at the year of "the first since 2019" tells that last time only.
  if (inherited && !mention) return previous ? { hit, mention: previous, said } : null;
  return { hit, mention, said, previous };
}

/** A reception or a ceremony held for an occasion («торжественный приём», "a solemn reception", "a gala evening"). */
const RECEPTION = /reception|ceremony|gala|при[её]м|церемони|торжественн/iu;

/** The trigger of messages and congratulations (knowledge/event-lexicon.json). */
const MESSAGES_KEY = 'messages';
/** The trigger of accidents, disasters and attacks (`knowledge/event-lexicon.json`). */
const INCIDENT_KEY = 'incident';
/** A congratulation told by its verb alone («поздравил», "congratulated"), with no message, telegram or call named. */
const BARE_CONGRATULATION = /^(?:поздравил[аи]?|congratulated)$/iu;
/** A telephone named: a congratulation by phone is a call of its own; one after a call told is that call's news. */
const BY_PHONE = /телефон|phone/iu;
/** The trigger of a bare «обсудили», «обменялись мнениями», "discussed" (`knowledge/event-lexicon.json`). */
const DISCUSSED_KEY = 'discussed';
/** «В ходе разговора», «во время телефонной беседы», "During the call": the words before a discussion held in a call. */
const DURING_CALL: Record<Language, RegExp> = {
  ru: /(?:^|[^\p{L}])(?:в ходе|во время)\s+(?:телефонного\s+|телефонной\s+)?(?:разговора|беседы)(?![\p{L}])/iu,
  en: /\b(?:during|in)\s+the\s+(?:tele)?(?:phone\s+)?(?:conversation|call)\b/iu,
};

/** How many letters of a gathering's noun name it again in an event told («ярмар…», "exhib…"). */
const NOUN_STEM = 5;

/** True when an event told (not a headline) is of kind `type` or names the gathering noun `word`. */
function toldGathering(f: Found, type: string, word: string): boolean {
  const stem = word.slice(0, NOUN_STEM).toLowerCase();
  return f.out.some((o) => !f.headlines.has(o) && (o.type === type || o.quote.text.toLowerCase().includes(stem)));
}

/** The trigger of a law or constitutional change on the status of the Russian language (knowledge/event-lexicon.json). */
const LANGUAGE_STATUS = 'languageStatus';

/** The prepositional month names («в январе»): the third form of each month of `monthsRu`. */
const MONTHS_IN_RU = dateLexicon.monthsRu.map((forms) => forms[2]!).join('|');
const MONTHS_EN = dateLexicon.monthsEn.flat().join('|');

/**
 * A time word that dates a clause only against the article's year («в июне», «в прошлом году», «вчера», "last year",
 * "in June"): in a page without a year the dates pass finds no date in it, yet the clause has a time of its own.
 * The month names and the other time words are the dates lexicon's (`knowledge/date-lexicon.json`, `yearlessTime`).
 */
const YEARLESS_TIME: Record<Language, RegExp> = {
  ru: rx(`(?:^|[^\\p{L}])(?:в (?:${MONTHS_IN_RU})|${dateLexicon.yearlessTime.ru.join('|')})(?![\\p{L}])`, 'iu'),
  en: new RegExp(`\\b(?:in (?:${MONTHS_EN})|${dateLexicon.yearlessTime.en.join('|')})\\b`, 'iu'),
};

/** How many characters may stand between an event word and an adverb of habit that governs it. */
const HABITUAL_REACH = 20;

/** True when an adverb of habit («ежегодно», "every year") stands right by the event word at `start`–`end` of `text`. */
function habitual(text: string, start: number, end: number, habits: WordMatcher): boolean {
  return habits.all(text).some((m) => (m.start >= end && m.start - end <= HABITUAL_REACH) || (m.end <= start && start - m.end <= HABITUAL_REACH));
}

/** "travel on to", "then fly to", «затем вылетит»: the onward leg of the trip told, not a trip of its own. */
const ONWARD_TRAVEL = /(?:^|\s)(?:on to|onward to|then|затем|оттуда)\s/iu;

/** True when every hit of `hits` within `[start, end)` is a bare discussion («обсудили работу авиабазы»): no topic event is named. */
function onlyDiscussed(hits: readonly TriggerHit[], start: number, end: number): boolean {
  for (let i = 0; i < hits.length; i++) if (hits[i]!.start >= start && hits[i]!.end <= end && hits[i]!.trigger.key !== 'discussed') return false;
  return true;
}

/** «Аналогичная церемония», «подобный приём», "A similar ceremony": a gathering of the kind just told, held apart from it. */
const ANOTHER_LIKE = {
  ru: rx(/^(?:[\p{L}-]+\s+){0,2}?(?:аналогичн|подобн)\p{L}*\s/iu),
  en: /^(?:[\p{L}-]+\s+){0,2}?(?:a\s+)?similar\s/iu,
};

/** Words of a meeting held («провел встречу», "held talks"), in an event's quote. */
const MET_WORDS = { ru: rx(/(?:^|[^\p{L}])(?:встретил|провел\p{L}* (?:встреч|переговор)|провёл\p{L}* (?:встреч|переговор))/iu), en: /\b(?:met|held talks|held a meeting)\b/iu };

/** Adds the clause's milestone (and the host gathering, stay or founding it tells) unless it retells one already found. */
function record(a: ArticleView, f: Found, v: SentenceView, c: Clause, text: string, p: Picked, xs: Dated): void {
  const { doc, people } = a;
  // «Это первый визит Х в Москву, …» after the talks: the trip they were held on, of their date and
  // status («…в должности, которую он занял в декабре» dates the post, not the trip).
  const trip = tripOfTalks(xs.hit, text, doc.text, c, f.out, f.headlines, a.lang, xs.mention && !xs.mention.relative ? xs.mention.date : null);
  const tripped = trip ? { ...xs, mention: null, d: { ...xs.d, date: trip.date, status: trip.status, dateEvidence: `the trip of the talks «${trip.quote.text.slice(0, 60)}»` } } : xs;
  const again = !tripped.mention && tripped.d.narrativeArticleDate ? meetingToldAgain(a, f, v, c, tripped.hit) : null;
  const x = again ? { ...tripped, d: { ...tripped.d, ...again } } : tripped;
  const { hit, d } = x;
  const { type, key } = hit.trigger;
  const gathering = GATHERING_TYPES.has(type);
  // «Встреча прошла на полях заседания Совета …», "met on the sidelines of the summit": the
  // gathering that hosts the meeting is an event of its own, even when the meeting is retold; on a page whose year is not
  // told, where no event has a date, it is one all the same (undated like the meeting).
  const host = d.date || a.date.date === null ? hostEvent(doc, text, c.start, p.told, hit, a.lang, d.date?.length === 10) : null;
  if (host && !f.out.some((o) => o.quote.start === host.start && o.quote.end === host.end)) f.out.push(hostDraft(a, host, d, v.inSentence));
  const who = participants(people, doc.text, c.start, c.end);
  // «…на следующий день позвонил Путин. … Телефонный разговор состоялся 16 октября»: one call,
  // told the second time with its calendar day, which replaces the relative one.
  // A correction note's «Встреча состоялась во вторник, 3 марта» fixes a day the text got wrong, not a relative day's gathering.
  const calendarTwin = gathering && f.relativeDay.size && !inSpans(f.corrections, c.start) ? retoldWithCalendarDay(hit, text, x.mention, d, f.out, f.relativeDay, who, a.lang) : null;
  // «Визит состоялся по приглашению …»: the visit told again by its host.
  if (retellsByInvitation(type, text, a.lang, x.mention !== null, f.out, f.headlines)) return;
  // «Приглашение принято, сроки визита будут согласованы …» right after the invitation: the same planned visit.
  if (retellsByAcceptance(type, text, a.lang, x.mention !== null, f.out)) return;
  // «Протокол о внесении изменений в Соглашение … от …»: a document of its own, not one told before.
  const amended = type === 'agreement' && !x.mention ? amendedMention(a, v, c, hit) : null;
  if (!calendarTwin && !amended && retoldBefore(a, f, c, text, x)) return;
  if (!calendarTwin && gathering && givesDay(a, f, c, text, x, who)) return;
  if (type === 'agreement' && x.mention && givesDocumentDay(a, f, text, x)) return;
  if (key === NOTE_KEY && x.mention && givesNoteDay(a, f, text, x)) return;
  if (!trip && !calendarTwin && gathering && retells(hit, text, c, x.mention, d, f.out, f.headlines, once(() => knownPeople(f.out, people, doc)), who, a.lang, v.s.start)) return;
  // «Это первый большой договор …», «Документ, как подчеркнул …, «…»»: the signed document judged, not signed again.
  if (retellsDocument(hit, text, x.mention, d.date, f.out, f.headlines, a.lang)) return recordTripSignedOn(a, f, v, c, text, p, x, who);
  // «Как подчеркнул на церемонии подписания X, …», "Speaking at the signing ceremony, …": the signing told, now only a venue.
  if (!x.mention && f.out.some((o) => o.type === 'agreement' && o.status === 'past') && isCeremonyVenue(hit, doc.text.slice(Math.max(c.start, hit.start - 80), hit.start), doc.text.slice(hit.start, hit.end), doc.text.slice(hit.end, c.end), a.lang)) return;
  // "The summit was attended by …", «Форум открыл премьер-министр …», 'X told reporters after the meeting.':
  // a gathering already told, now only its guests, opener, venue or a speaker's occasion.
  // (A day told relatively in an article whose day is unknown, «по итогам встречи, состоявшейся вчера», is the clause's own.)
  // («Аналогичная церемония прошла в Оше», "A similar ceremony was held in Osh": another gathering of the kind, elsewhere.)
  if (!x.mention && f.out.some((o) => o.status === 'past') && tellsGatheringDetail(text, a.lang) && !(a.date.date === null && tellsRelativeDay(text, a.lang)) && !ANOTHER_LIKE[a.lang].test(text)) return;
  // «Переговоры прошли в Доме правительства» after the meeting told: those talks, now only their venue.
  // (A meeting told in a clause another trigger named — «прибыл на саммит» — counts by its words.)
  if (!x.mention && type === 'meeting' && tellsTalksVenue(text, a.lang) && f.out.some((o) => o.status === 'past' && !f.headlines.has(o) && (o.type === 'meeting' || MET_WORDS[a.lang].test(o.quote.text)))) return;
  // «Ярмарка продлится до 30 октября», "The fair runs until Sunday": the end of a gathering of the kind already told.
  // (Told by its kind, or by its noun in an event told — «открылась ярмарка …», an opening.)
  if (gathering && tellsGatheringEnd(text, a.lang) && toldGathering(f, type, doc.text.slice(hit.start, hit.end))) return;
  // «Страной-партнером выставки в этом году выступает Индия» after the signing at the fair: that fair, described.
  if (key === EXHIBITION_KEY && exhibitionToldAgain(hit, x.mention, d, f.out, f.headlines, who, once(() => knownPeople(f.out, people, doc)), a.lang)) return;
  // «Сердечно поздравляю Вас с 30-летием …»: the words of a message or speech already told, not an occasion of their own.
  if (f.out.length && isPerformative(text, a.lang)) return;
  // "The visit underlined how much …", «Визит станет проверкой того, насколько …»: commentary, not the visit.
  if (!x.mention && judgesEvent(text, a.lang)) return;
  // «За документ проголосовали …», "defended the agreement": the document of the day pointed back at
  // ("The document was signed during a visit by X": the trip it was signed on may still be new).
  if (d.status === 'past' && pointsBackToDocument(hit, text, x.mention, d.date, f.out, f.headlines, a.lang)) return recordTripSignedOn(a, f, v, c, text, p, x, who);
  // "thanked Moscow for hosting the festival" after the festival's opening: an event of that day already told, thanked for.
  if (!x.mention && d.date !== null && f.out.some((o) => !f.headlines.has(o) && o.date === d.date) && a.lex.markers.thanksForHosting.test(doc.text.slice(c.start, hit.start))) return;
  // «Министр принял новых консулов. Министр поздравил гостей с началом работы», "X held talks with Y. Y
  // congratulated him on his election": a congratulation told by its bare verb after talks or a reception of its day is said
  // there, in person — a courtesy of that meeting, not a message of its own (one 'on the sidelines' of a trip or a summit
  // tells a meeting of its own; one in a phone call told is the call's news, as a greeting on a holiday is).
  // A guest's congratulation at a reception held for an anniversary ("held a reception dedicated to the 30th anniversary …
  // X congratulated the hosts on the anniversary") is that reception's courtesy too.
  if (key === MESSAGES_KEY && !x.mention && d.date !== null && d.status === 'past' && BARE_CONGRATULATION.test(doc.text.slice(hit.start, hit.end)) && !BY_PHONE.test(text) && f.out.some((o) => !f.headlines.has(o) && (o.type === 'meeting' || (o.type === 'anniversary' && RECEPTION.test(o.quote.text))) && o.status === 'past' && o.date === d.date && o.quote.end <= c.start && !BY_PHONE.test(o.quote.text)) && !a.lex.markers.sidelines.test(text)) return;
  // «Атамбаев по телефону поздравил Путина с 60-летием. В ходе разговора стороны обменялись мнениями о …», "During the call, the
  // leaders discussed …": what was discussed in a call already told (by phone, of the same day) is that call's content.
  if (key === DISCUSSED_KEY && !x.mention && d.status === 'past' && DURING_CALL[a.lang].test(doc.text.slice(c.start, hit.start)) && f.out.some((o) => o.status === 'past' && o.date === d.date && BY_PHONE.test(o.quote.text))) return;
  // "Yesterday's summit, chaired by …" after the lead's "yesterday's summit": the gathering already told.
  if (gathering && namedByDayBefore(doc.text, hit, c.start, a.lang)) return;
  const made = describeEvent(a, v, c, text, p, x, who);
  // The headline and the lead often tell the same event: keep the lead's sentence.
  // Two clauses of one sentence with triggers of their own tell two events.
  const s = v.s;
  const draft = made.draft;
  const { out, headlines } = f;
  // A headline dated only by the article tells the occasion, so it is the body's event of the occasion's day too.
  // «…о том, что изменил визит Путина» over «Две недели назад Путин приехал с визитом»: the first event of the body, told
  // with a date of its own, is the one a headline dated only by the article names.
  const occasion =
    (f.lead && !x.mention && draft.date === f.lead.date) || (!f.leadSeen && x.mention && !f.out.some((o) => !headlines.has(o))) ? (draft.date !== a.date.date ? draft.date : null) : null;
  const twin =
    calendarTwin ??
    out.find(
      (o) =>
        ((p.inherited || f.sentenceOf.get(o) !== s.index) && sameEvent(o, draft, a.lang) && !anotherOfTheDay(a, c, hit, draft)) ||
        (headlines.has(o) && (headlineTwin(o, draft) || (occasion !== null && o.date === a.date.date && o.dateEvidence.startsWith(ARTICLE_DATE_EVIDENCE) && headlineTwin({ ...o, date: occasion }, draft)))),
    );
  if (twin && !amended && !headlines.has(twin) && twin !== calendarTwin) return;
  const accord = key === 'accord';
  // A standfirst without its stop («Стороны договорились о … под Бишкеком») sums up what the body tells;
  // A sentence «Договорились о поставках …» with no subject lists what the talks just told covered.
  if (accord && (!closesSentence(s.text) || opensWithAccord(s.text))) return;
  if (twin && !amended) out.splice(out.indexOf(twin), 1, draft);
  else out.push(draft);
  if (amended) recordAmended(f, v, a.doc.text, hit, amended, draft);
  else if (draft.type === 'agreement' && a.lang === 'en') recordActedOn(a, f, v, c, draft);
  if (accord) f.accords.add(draft);
  // "received today …, on the second day of a working visit": the visit began a day before the clause's day.
  const nth = p.stayVisit && draft.date?.length === 10 ? stayDayIndex(doc.text.slice(p.stayVisit.start, p.stayVisit.end)) : 0;
  if (nth > 0) out.push(stayFromDay(stayDraft(doc, draft, p.stayVisit!, a.date, who, a.lang), draft.date!, nth));
  else if (p.stayVisit && a.date.date?.length === 10 && draft.date !== a.date.date) out.push(stayDraft(doc, draft, p.stayVisit, a.date, who, a.lang));
  // «Торага, находящийся в России с официальным визитом, провёл переговоры» told on the article's day: the visit is
  // under way, begun on a day of the month not told, and no visit of its own is told before it.
  // («Путин находится в Кыргызстане с государственным визитом»: a finite verb tells the visit as the day's programme, not apart.)
  else if (p.stayVisit && a.date.date?.length === 10 && draft.date === a.date.date && !out.some((o) => o.type === 'visit') && !FINITE_STAY.test(doc.text.slice(p.stayVisit.start, p.stayVisit.end))) {
    out.push(stayOfMonth(stayDraft(doc, draft, p.stayVisit, a.date, who, a.lang)));
  }
  if (twin && f.main?.draft === twin) f.main = null;
  remember(a, f, v, p, x, made);
}

/** «находится», «пребывает»: a stay told by a finite verb. */
const FINITE_STAY = /^(?:находит|находят|пребывает|пребывают)/iu;

/**
 * «во второй день визита», "on the third day of a visit": days since the stay began, by the ordinal's first letters
 * before «день» / "day"; 0 for none (not "who is in Osh on a second visit", «с четверга»).
 */
const STAY_DAY = rx(/(?<![\p{L}])(?:(?<ru>втор|трет|четв)\p{L}* (?:же )?день|(?<en>second|third|fourth) day)(?![\p{L}])/iu);
const STAY_DAY_INDEX: Record<string, number> = { втор: 1, трет: 2, четв: 3, second: 1, third: 2, fourth: 3 };
function stayDayIndex(stay: string): number {
  const g = STAY_DAY.exec(stay)?.groups;
  return g ? (STAY_DAY_INDEX[(g.ru ?? g.en)!.toLowerCase()] ?? 0) : 0;
}

/** A stay told as the `nth` day after its first on `day`: it began `nth` days before. */
function stayFromDay(stay: MilestoneDraft, day: string, nth: number): MilestoneDraft {
  stay.date = addDays(day, -nth);
  stay.dateEvidence = `${stay.dateEvidence}; begun ${nth} day(s) before ${day}, the day of the visit the clause tells`;
  return stay;
}

/** A stay told beside the article's own event, dated by the month it is under way in (its first day is not told). */
function stayOfMonth(stay: MilestoneDraft): MilestoneDraft {
  stay.date = stay.date!.slice(0, 7);
  stay.dateEvidence = `${stay.dateEvidence}; begun on a day of that month not told`;
  return stay;
}

/** The date in the name of the document `hit` that a protocol told before it amends («… в Соглашение … от 20 сентября 2012 года»), or null. */
function amendedMention(a: ArticleView, v: SentenceView, c: Clause, hit: { start: number; end: number }): DateMention | null {
  return v.inSentence.find((m) => m.start >= c.start && m.end <= c.end && isAmendedDocument(a.doc.text, m, hit, c.start, a.lang)) ?? null;
}

/** "a protocol amending the 1997 agreement": adds the earlier document, signed that year, unless a signing of that year is told already. */
function recordActedOn(a: ArticleView, f: Found, v: SentenceView, c: Clause, act: MilestoneDraft): void {
  const draft = actedOnDocumentDraft(act, a.doc.text, a.lowerDoc.of(c.start, c.end), c.start);
  if (!draft || f.out.some((o) => o.type === 'agreement' && o.date?.startsWith(draft.date!))) return;
  f.out.push(draft);
  f.sentenceOf.set(draft, v.s.index);
}

/** Adds the amended document, signed on the day in its name, unless that signing is told already. */
function recordAmended(f: Found, v: SentenceView, text: string, hit: { start: number; end: number }, m: DateMention, protocol: MilestoneDraft): void {
  if (f.out.some((o) => o.type === 'agreement' && o.date === m.date)) return;
  const draft = amendedDocumentDraft(protocol, text, hit.start, m);
  f.out.push(draft);
  f.sentenceOf.set(draft, v.s.index);
}

/**
 * "The agreement, signed during X's working visit to Moscow, …": the document was told already, but
 * the trip it was signed on, named only as its time, was not; it is recorded on the signing's date
 * unless a visit of that date is known.
 */
function recordTripSignedOn(a: ArticleView, f: Found, v: SentenceView, c: Clause, text: string, p: Picked, x: Dated, who: PersonDraft[]): void {
  const visit = x.d.date ? p.told.find((h) => h.trigger.type === 'visit') : undefined;
  if (!visit || f.out.some((o) => o.type === 'visit' && o.date === x.d.date)) return;
  const onVisit = { ...x, hit: visit };
  const made = describeEvent(a, v, c, text, p, onVisit, who);
  f.out.push(made.draft);
  remember(a, f, v, p, onVisit, made);
}

/**
 * True when the clause tells again, with its recent day, a gathering of the body dated only by the
 * article («Встреча прошла … в среду вечером»): that gathering takes the day and sets the occasion.
 */
function givesDay(a: ArticleView, f: Found, c: Clause, text: string, x: Dated, who: PersonDraft[]): boolean {
  const { hit, mention, d } = x;
  if (!mention || x.spoken) return false;
  // «Встреча прошла на полях форума, который проходит в Москве с 26 по 28 мая» in a piece of 27 May: the gathering is
  // under way on the article's own day, and the meeting the reporter told of that day keeps it.
  if (spanHoldsDay(a.doc.text, mention, a.date.date)) return false;
  // «Накануне прошло заседание комиссии» after «провел встречу с X, прибывшим на заседание комиссии»: a session
  // («заседание», "session") tells again only a session, and no other gathering noun tells a session again.
  const session = hit.trigger.key === SESSION_KEY;
  const undated = f.out.filter((o) => !f.headlines.has(o) && o.date === a.date.date && o.dateEvidence.startsWith(ARTICLE_DATE_EVIDENCE) && (f.keys.get(o) === SESSION_KEY) === session);
  const told = toldWithDay(hit, text, c, d, undated, once(() => knownPeople(f.out, a.people, a.doc)), who, a.lang);
  const lead = told ? leadDate({ ...told, date: d.date }, mention, a.date) : null;
  if (!told || !lead) return false;
  told.date = d.date;
  told.dateEvidence = `«${mention.text}» in «${text.slice(0, 60)}», which tells the same gathering again`;
  if (!f.lead) f.lead = { date: lead.date, quote: told.quote.text.slice(0, 60) };
  return true;
}

/** «Документ подписан накануне» after an undated signing: that signing's day (see `documentGivenDay`); true when given. */
function givesDocumentDay(a: ArticleView, f: Found, text: string, x: Dated): boolean {
  // Every event of the article's day counts, however dated: the signing it names must be the only one of that day.
  const sameDay = f.out.filter((o) => !f.headlines.has(o) && o.date === a.date.date);
  const told = x.d.date && x.d.date !== a.date.date ? documentGivenDay(x.hit, text, x.mention, x.d.status, sameDay, a.lang) : null;
  if (!told?.dateEvidence.startsWith(ARTICLE_DATE_EVIDENCE)) return false;
  told.date = x.d.date;
  told.dateEvidence = `«${x.mention!.text}» in «${text.slice(0, 60)}», which tells the same signing again`;
  return true;
}

/** The trigger key of a diplomatic note sent or handed over. */
const NOTE_KEY = 'diplomaticNote';

/** The note named bare («Нота была вручена накануне», "The note was delivered a day earlier"), not a note on something. */
const BARE_NOTE: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])[Нн]ота(?![\p{L}])(?!\s+(?:о|об|с)\s)/u),
  en: /\b[Tt]he note\b(?!\s+(?:on|about|to|from)\b)/u,
};

/**
 * "Kyrgyzstan has handed a note of protest to the Russian Embassy … The ministry said on Thursday that the note was delivered
 * a day earlier.": a bare note with a day of its own after the one note told on the article's day, undated, gives that note
 * its day (as a bare document gives its signing's, `givesDocumentDay`); true when given.
 */
function givesNoteDay(a: ArticleView, f: Found, text: string, x: Dated): boolean {
  if (x.d.status !== 'past' || !x.d.date || x.d.date === a.date.date || !BARE_NOTE[a.lang].test(text)) return false;
  const notes = f.out.filter((o) => !f.headlines.has(o) && f.keys.get(o) === NOTE_KEY && o.date === a.date.date);
  const told = notes.length === 1 ? notes[0]! : null;
  if (!told?.dateEvidence.startsWith(ARTICLE_DATE_EVIDENCE)) return false;
  told.date = x.d.date;
  told.dateEvidence = `«${x.mention!.text}» in «${text.slice(0, 60)}», which tells the same note again`;
  return true;
}

/** The trigger key of a session of a body («заседание», "session"), which is a gathering apart from talks. */
const SESSION_KEY = 'session';

/** The evidence of a date that is the article's own, the reporter's narrative (see `dateClause`). */
export const ARTICLE_DATE_EVIDENCE = 'Article date';

/**
 * «… в беседе с Жапаровым в декабре выразил поддержку. Встреча состоялась на полях саммита СНГ.»: a
 * clause opening on the meeting's word without a date of its own tells again the gathering of the
 * sentence just before, whose dating its host takes (not the article's day).
 */
function meetingToldAgain(a: ArticleView, f: Found, v: SentenceView, c: Clause, hit: TriggerHit): Dating | null {
  if (hit.trigger.type !== 'meeting' || hit.start - c.start > OPENING_REACH) return null;
  // The gathering's noun («Встреча», "The meeting"), not a verb of another meeting («Делегацию принял президент»).
  const word = a.doc.text.slice(hit.start, hit.end);
  if (!a.lex.markers.gatheringNoun.all(word).some((m) => m.start === 0 && m.end === word.length)) return null;
  const last = f.recent.length > 0 ? f.recent[f.recent.length - 1] : undefined;
  if (!last || last.sentence !== v.s.index - 1 || last.draft.type !== 'meeting' || last.draft.status !== 'past' || !last.draft.date) return sidelinesOfTold(a, f, v, c, hit);
  return { date: last.draft.date, dateEvidence: `the meeting «${last.draft.quote.text.slice(0, 60)}» told again`, status: 'past', narrativeArticleDate: false };
}

/** How many sentences back the gathering whose sidelines a meeting was held on may have been told. */
const SIDELINES_REACH = 4;
/** The name of a body in capitals («СНГ», "CSTO", «ЕАЭС»). */
const BODY_ACRONYM = rx(/(?<![\p{L}])\p{Lu}{3,5}(?![\p{L}])/u);

/**
 * «В прошлую пятницу в Бишкеке прошёл саммит СНГ … Встреча президентов на полях саммита СНГ подтвердила …»: a meeting
 * opening its clause on the sidelines of a body's gathering told a few sentences before, with a day of its own, was
 * held on that day (not on the article's).
 */
function sidelinesOfTold(a: ArticleView, f: Found, v: SentenceView, c: Clause, hit: TriggerHit): Dating | null {
  const after = a.doc.text.slice(hit.end, c.end);
  const side = after.includes(a.lang === 'ru' ? 'на полях' : 'sidelines') ? a.lex.markers.sidelines.all(after)[0] : undefined;
  if (!side) return null;
  const body = BODY_ACRONYM.exec(after.slice(side.end, side.end + 40))?.[0];
  if (!body) return null;
  for (let i = f.recent.length - 1; i >= 0; i--) {
    const r = f.recent[i]!;
    if (v.s.index - r.sentence > SIDELINES_REACH) break;
    const d = r.draft;
    if (d.status !== 'past' || d.date?.length !== 10 || !HOST_TYPES.has(d.type) || !d.quote.text.includes(body)) continue;
    return { date: d.date, dateEvidence: `on the sidelines of «${d.quote.text.slice(0, 60)}» told before`, status: 'past', narrativeArticleDate: false };
  }
  return null;
}

/** The kinds of gathering a meeting may be held on the sidelines of. */
const HOST_TYPES: ReadonlySet<string> = new Set(['summit', 'forum', 'meeting', 'igc_session', 'conference']);

/** How far into its clause a meeting's word may stand and still open it («Встреча состоялась», "The meeting took place"). */
const OPENING_REACH = 4;

/** The gathering that hosts the clause's meeting, dated as the meeting is. */
function hostDraft(a: ArticleView, host: NonNullable<ReturnType<typeof hostEvent>>, d: Dating, inSentence: readonly DateMention[]): MilestoneDraft {
  // Typed 'other', as annotators do: a gathering type would make the meeting told with it look retold.
  const hostType = 'other';
  const own = ownDays(a.doc.text, host.end, inSentence);
  const date = own ? own.date : host.month && d.date ? d.date.slice(0, 7) : d.date;
  const place = placeIn(host.text, a.lang)?.name ?? null;
  const titles = makeTitles({ type: hostType, labelEn: host.hit.trigger.labelEn, labelRu: host.hit.trigger.labelRu, people: NOBODY, place, organisation: organisationIn(host.text) });
  return {
    date,
    dateEvidence: `${HOST_EVIDENCE}${own ? `, held on the days «${own.text}» told right after its name` : host.month ? ', a forum of several days dated by its month' : ''} (${d.dateEvidence})`,
    type: hostType,
    status: d.status,
    titleEn: titles.titleEn,
    titleRu: titles.titleRu,
    peopleIds: [],
    place,
    bilateral: false,
    derived: null,
    quote: span(a.doc, host.start, host.end),
    documentAct: false,
  };
}

/** "SPIEF-2024 (June 5-8)", «ПМЭФ (5–8 июня)»: the edition's year and an opening bracket between a gathering's name and its days. */
const DAYS_AFTER_NAME = /^[-‑–]?(?:\d{4})?\s*\(\s*$/u;

/** The span of days told in brackets right after a host gathering's name (ending at `end`), as the mention of its first day. */
function ownDays(text: string, end: number, inSentence: readonly DateMention[]): DateMention | null {
  for (let i = 0; i < inSentence.length; i++) {
    const m = inSentence[i]!;
    if (m.start < end || m.start - end > 12 || m.relative || m.date.length !== 10) continue;
    return DAYS_AFTER_NAME.test(text.slice(end, m.start)) && isDaySpan(text, m) ? m : null;
  }
  return null;
}

/**
 * True when the clause retells an event already found: a speaker retelling it («the meeting»,
 * «предстоящего визита»), the narrative pointing back to it («в церемонии открытия приняли
 * участие…»), or a gathering only spoken of in a quote.
 */
/** «В тот же день», «позднее», "Later today", "later that day": a later part of the day just told, before a gathering's word. */
const LATER_THAT_DAY: Record<Language, RegExp> = {
  ru: /(?:^|[^\p{L}])(?:в тот же день|в этот же день|тем же днем|тем же днём|позднее|позже|затем|после этого)(?![\p{L}])/iu,
  en: /(?:^|[^\p{L}])(?:later (?:today|that day|on|in the day)|the same day|on the same day|afterwards|after that)(?![\p{L}])/iu,
};

/**
 * «В тот же день Петров направил коллеге новогоднее поздравление» after his telegram of condolence, "On the same day he
 * also sent greetings": an act of the kind told as a further one of that day, not the first told again. Only for the
 * acts that are no gathering (a message, an incident): talks «в тот же день» are most often the day's talks in another format.
 * Asked only of a twin found.
 */
function anotherOfTheDay(a: ArticleView, c: Clause, hit: TriggerHit, draft: MilestoneDraft): boolean {
  return draft.type === 'other' && SAME_DAY[a.lang].test(a.doc.text.slice(c.start, hit.start));
}

/** «В тот же день», "On the same day": a further event of the day just told. */
const SAME_DAY: Record<Language, RegExp> = {
  ru: /(?:^|[^\p{L}])(?:в тот же день|в этот же день|тем же днем|тем же днём)(?![\p{L}])/iu,
  en: /(?:^|[^\p{L}])(?:the same day|that same day)(?![\p{L}])/iu,
};

function retoldBefore(a: ArticleView, f: Found, c: Clause, text: string, x: Dated): boolean {
  const { out, headlines, keys } = f;
  const { hit, mention, d, spoken } = x;
  const { type, key } = hit.trigger;
  // `retold` is asked last, when an event it could retell is known: the look back is a costly regex.
  const gathering = GATHERING_TYPES.has(type);
  // Undated alike (a page without a year), a gathering in another named place than the one told is another gathering
  // ("the SCO summit in Astana … the coming CSTO council session, due in Minsk").
  const elsewhere = d.date === null && gathering ? placeIn(text, a.lang)?.name : undefined;
  if (!mention && out.some((o) => !headlines.has(o) && keys.get(o) === key && o.date === d.date && !(elsewhere && o.place && o.place !== elsewhere)) && retold(a, hit, spoken)) return true;
  // "took part in the meeting held on April 14": a reference back with the day of an event already told.
  if (mention && d.date?.length === 10 && gathering) {
    // «в тот же день был в Минске на саммите СНГ» after the day's talks in Bishkek: a summit in a
    // place of its own is another gathering, unless a summit was told for that day already.
    const where = type === 'summit' ? placeIn(text, a.lang)?.name : undefined;
    // "addressed the plenary session of the conference" on the day of the talks: a forum retells only a
    // forum; so does a summit told as a later part of the day ("Later today X joined Y at the summit",
    // «В тот же день Акаев участвовал в совещании глав государств»).
    const ownKind = type === 'forum' || (type === 'summit' && LATER_THAT_DAY[a.lang].test(a.doc.text.slice(c.start, hit.start)));
    // «Выставка проходит 4–6 июня. … выступая накануне на пленарном заседании»: a sitting held on one day of a gathering
    // told as under way is an occasion of its own, not the gathering again.
    // «В тот же день Х участвовал в заседании Межпарламентской комиссии» after the day's talks: a named body's sitting
    // retells only a sitting.
    const sitting = namesSittingBody(a.doc.text, hit.end, key, a.lang);
    const kindOf = (o: MilestoneDraft) =>
      GATHERING_TYPES.has(o.type) && (!ownKind || o.type === type) && (!sitting || keys.get(o) === key) && (where === undefined || o.type === 'summit' || o.place === where) && !(o.status === 'ongoing' && d.status === 'past');
    if (out.some((o) => !headlines.has(o) && o.date === d.date && kindOf(o)) && retold(a, hit, spoken)) return true;
  }
  // «"После мартовского визита регионам дан сигнал"»: a gathering a speaker names by its month, when
  // one of its kind was told for that month already.
  // A plan («очередное заседание планируется провести в первом полугодии») is no retelling of a gathering held.
  const day = d.date;
  if (spoken && day && gathering && out.some((o) => !headlines.has(o) && o.type === type && o.date?.startsWith(day) && (d.status !== 'planned' || o.status === 'planned'))) return true;
  // «"Визит скорее политический"»: a gathering only spoken of in a quote, with no date of its own,
  // is an opinion, not a milestone (a signing a speaker tells — «мы подписали» — still is).
  // «Встреча продолжалась три часа», "The talks took place in Bishkek", «Это первый визит …»:
  // the gathering already told, described again without a date, counterpart or new person (`retells`).
  return spoken && d.date === null && d.status !== 'planned' && gathering;
}

/** True when the words before `hit` point back to an event told (`refersBack`), or the clause is spoken. */
function retold(a: ArticleView, hit: TriggerHit, spoken: boolean): boolean {
  return spoken || refersBack(a.doc.text, hit.start, a.lang, hit.end);
}

/** The clause's milestone and the label and organisation its titles were made with. */
interface Described {
  draft: MilestoneDraft;
  label: { labelEn: string; labelRu: string };
  organisation: OrganisationHit | null;
}

/** The clause's milestone: its type, people, place, titles and bilateral flag. */
function describeEvent(a: ArticleView, v: SentenceView, c: Clause, text: string, p: Picked, x: Dated, who: PersonDraft[]): Described {
  const { doc, lang, date, people } = a;
  const { hit, d } = x;
  const anniversary = x.isAnniversary ? p.anniversary! : null;
  // Chairmanship of an organisation «в текущем году» is under way.
  if (hit.trigger.key === 'chairmanship' && d.date && d.date === date.date?.slice(0, 4)) d.status = 'ongoing';
  const type = hit.trigger.type;
  const where = placeIn(text, lang);
  const place = where?.name ?? null;
  // Only the titles of hosted kinds of event name an organisation (here and as the main event): for
  // the others it is not looked for (≈5% of readClause's samples).
  const organisation = HOSTED.has(type) ? organisationIn(text, a.lowerDoc.of(c.start, c.end)) : null;
  const label = anniversary
    ? anniversaryLabel(anniversary)
    : ((type === 'agreement' && documentLabel(text, lang)) || talksLabel({ labelEn: hit.trigger.labelEn, labelRu: hit.trigger.labelRu }, text));
  const titled = titledPeople(type, label.labelEn, who, doc.text, v.s, c.start, c.end, people);
  const titles = makeTitles({ type, labelEn: label.labelEn, labelRu: label.labelRu, people: titled, place, organisation });
  const draft: MilestoneDraft = {
    date: d.date,
    dateEvidence: d.dateEvidence,
    type,
    status: d.status,
    titleEn: titles.titleEn,
    titleRu: titles.titleRu,
    peopleIds: peopleInSentence(people, v.s),
    place,
    // «Из Москвы министр отправится в Минск», "then travels on to Minsk": a stop in a third country on the trip.
    bilateral: !(type === 'visit' && isOnwardStop(text, lang)) && isBilateral(type, hit.trigger.key, text, lang, where?.country ?? null),
    derived: null,
    quote: span(doc, c.start, c.end),
    documentAct: false,
  };
  return { draft, label, organisation };
}

/** True when `date` comes from a mention of its own and lies before the article date (a day more than a lead's days back, or an earlier month or year). */
function recalledBefore(date: string | null, mention: DateMention | null, article: string | null): boolean {
  return mention !== null && date !== null && article !== null && !article.startsWith(date) && isAfter(article, date);
}

/** Keeps what later clauses ask about the milestone just added: its sentence, label, key, and whether it sets the occasion. */
function remember(a: ArticleView, f: Found, v: SentenceView, p: Picked, x: Dated, made: Described): void {
  const { draft, label, organisation } = made;
  const { hit, mention, d, spoken } = x;
  const s = v.s;
  if (isHeadline(a.doc, s, a.headlines)) f.headlines.add(draft);
  if (mention?.relative && GATHERING_TYPES.has(draft.type) && draft.date?.length === 10) f.relativeDay.add(draft);
  if (mention && (draft.type === 'visit' || hit.trigger.key === MISSION_KEY || CONSULAR_KEYS.has(hit.trigger.key)) && draft.date === mention.date && mention.date.length === 10 && isDaySpan(a.doc.text, mention)) f.spanDay.add(draft);
  f.sentenceOf.set(draft, s.index);
  f.labels.set(draft, { labelEn: label.labelEn, labelRu: label.labelRu, organisation });
  f.keys.set(draft, hit.trigger.key);
  f.seen.add(draft.type);
  // An event told only as background (", which opened in 2003") or in passing (an election, an
  // appointment «месяц назад») is no occasion to continue.
  if (!p.background && !hit.trigger.dated) f.recent.push({ draft, sentence: s.index });
  else if (p.background && mention && draft.date && GATHERING_TYPES.has(draft.type)) f.toldGatherings.push({ draft, sentence: s.index });
  if (!p.background && !spoken && d.status !== 'planned') {
    if (!f.main) f.main = { draft, sentence: s };
    // The occasion is set by the first event of the body: a headline only names it.
    // A happening other than a gathering dated only as the reporter's narrative ("He came back
    // with a grant") leaves the occasion open: the next event told with a day of its own sets it.
    // An event recalled with a date of its own well before the article's («Ровно год назад, 10 июня
    // 1992 года, … подписали договор», "sworn in on December 1") leaves it open as well.
    // A statement or request («обратилась к России с просьбой») is said, not an occasion the narrative goes on at.
    // «Выставка проходит 4–6 июня» in an article of 5 June: a gathering under way on the article's day (not a trip told
    // day by day) sets no earlier day for the narrative after it.
    const underWay = draft.status === 'ongoing' && mention !== null && !f.spanDay.has(draft) && spanHoldsDay(a.doc.text, mention, a.date.date);
    // A note handed over with a day of its own («вчера вручил поверенному ноту», "handed him a note on Monday") is an occasion: envoys met for it.
    const occasion = draft.type !== 'statement' || (mention !== null && hit.trigger.key === NOTE_KEY);
    const lead = !f.leadSeen && occasion && !underWay ? (leadDate(draft, mention, a.date) ?? (f.leadDay && draft.date === f.leadDay.date ? { date: f.leadDay.date, quote: f.leadDay.quote } : null)) : null;
    if (!f.leadSeen && occasion && !f.headlines.has(draft) && !(d.narrativeArticleDate && !GATHERING_TYPES.has(draft.type)) && (lead || !recalledBefore(draft.date, mention, a.date.date))) {
      f.leadSeen = true;
      f.lead = lead;
      f.leadSentence = s.index;
    } else if (f.lead && f.leadSentence === s.index && mention && GATHERING_TYPES.has(draft.type)) {
      // «Директор прилетел в понедельник, а во вторник его принял премьер»: the lead sentence goes
      // on to a later day of the occasion; the narrative after it continues from there.
      const later = leadDate(draft, mention, a.date);
      if (later && later.date > f.lead.date) f.lead = later;
    } else if (f.lead && mention && !mention.relative && GATHERING_TYPES.has(draft.type) && laterDayOfSpan(f, draft.date, a.date.date)) {
      // «Визит проходит 25–26 ноября. … 26 ноября состоялись переговоры»: a lead of several days told day by day; the
      // narrative after a later day of it continues from that day (the article's own day needs no lead).
      f.lead = draft.date === a.date.date ? null : (leadDate(draft, mention, a.date) ?? f.lead);
    } else if (f.lead && mention?.anchor && GATHERING_TYPES.has(draft.type) && draft.date && draft.date > f.lead.date) {
      // «В понедельник прошли переговоры в Москве. Днём позже министр прибыл в Казань. Он посетил больницу»: a day counted on from
      // the occasion told before moves the narrative to that later day; what follows it is of that day.
      f.lead = leadDate(draft, mention, a.date) ?? f.lead;
    }
  }
  const anniversary = x.isAnniversary ? p.anniversary! : null;
  // "met on Tuesday, … to make 2027 the 35th anniversary": a date N years after another year than the fact's is the
  // clause's other event's, and implies no founding.
  if (anniversary && impliesFounding(anniversary) && d.date && Number(d.date.slice(0, 4)) - anniversary.n === Number(anniversary.fact!.date.slice(0, 4))) f.out.push(withFoundingClause(founding(draft, anniversary, d.date), a.doc.text, s.end));
  // «Десять лет назад, 23 октября 2003 года, …» on that day-month: the article marks the anniversary.
  const marked = mention && !mention.relative && d.status === 'past' ? agoAnniversary(draft, a.doc.text, mention.start, a.date.date, a.lang) : null;
  if (marked) f.out.push(marked);
  // "celebrating 12 years since the school opened in May 2019": the count runs from the clause's event to the
  // anniversary marked.
  const since = !marked && mention && !mention.relative && d.status === 'past' ? sinceAnniversary(draft, a.doc.text, mention.start, a.date.date, a.lang) : null;
  if (since) f.out.push(since);
  if (x.previous && d.date !== x.previous.date) f.out.push(lastTime(draft, x.previous));
  // «Визит … стал первым после его избрания в марте»: the visit, when no visit was told before, is the occasion's.
  const firstVisit = d.status === 'past' && mention && a.date.date?.length === 10 && p.told.length > 1 ? visitFirstAfter(p.told, hit, a.doc.text, draft.quote.start) : null;
  // «Это его первый визит после …», "It is his first trip after …": characterises an event already told, adds no visit.
  if (firstVisit && !f.out.some((o) => o.type === 'visit' && !f.headlines.has(o)) && !MARKERS.characterisation[a.lang].test(a.doc.text.slice(draft.quote.start, draft.quote.end))) {
    const day = f.main?.draft.date?.length === 10 && f.main.draft !== draft ? f.main.draft.date : a.date.date!;
    f.out.push(firstVisitDraft(draft, firstVisit, day));
  }
}

/** The trigger key of a business mission («бизнес-миссия»): a trip of companies, told with its days as a visit is. */
const MISSION_KEY = 'businessMission';
/** The trigger keys of a consular team's days of work in a city («с 9 по 13 мая группа вела приём граждан»), told with their days as a visit is. */
const CONSULAR_KEYS = new Set(['consular', 'consularDay', 'citizensReceived']);

/** How many days after the first day of a lead told as a span of days («25–26 ноября») a later day of it may lie. */
const SPAN_DAYS = 3;

/** True when `day` is a later day, up to the article's, of a lead told as a span of days in the lead sentence. */
function laterDayOfSpan(f: Found, day: string | null, article: string | null): boolean {
  const lead = f.lead!.date;
  if (day?.length !== 10 || lead.length !== 10 || day <= lead || (article !== null && day > article)) return false;
  return daysBetween(lead, day) <= SPAN_DAYS && leadIsDaySpan(f);
}

/** The last such event before the one told, which "the first since 2019" dates: past, in the year told. */
function lastTime(m: MilestoneDraft, previous: DateMention): MilestoneDraft {
  // Every field in the drafts' one order, not `{ ...m, … }`: V8 gives a spread copy a hidden class of its own.
  return {
    date: previous.date,
    dateEvidence: `«${previous.text}»: the last time before the event, which is the first since`,
    type: m.type,
    status: 'past',
    titleEn: m.titleEn,
    titleRu: m.titleRu,
    peopleIds: [],
    place: m.place,
    bilateral: m.bilateral,
    derived: `the last time before, told by «${previous.text}»`,
    quote: m.quote,
    documentAct: m.documentAct,
  };
}

/** The date of the timeline entry whose stretch holds offset `at`, or null. */
function entryAt(timeline: ArticleView['timeline'], at: number): DateMention | null {
  for (const t of timeline) if (t.start <= at && at < t.end) return t.mention;
  return null;
}

/** «Договора от 10 июня», «Договор о дружбе с Россией от 10 июня», "the agreement of May 12": a document noun (and up to five words of its title) and «от» / "of" right before a day-month. */
const DOCUMENT_OF = {
  ru: rx(/(?<noun>(?<![\p{L}])(?:договор|соглашени|протокол|меморандум|деклараци|конвенци)\p{L}*|(?<![\p{L}])нот[аыуе])(?:\s+[\p{L}-]+){0,5}?\s+от\s+$/iu),
  en: rx(/(?<noun>(?<![\p{L}])(?:treaty|agreement|protocol|memorandum|declaration|convention))\s+of\s+$/iu),
};

/** True when `mention` is a day in the name of a document («Договора от 10 июня») other than the one `hit` is. */
function namesDocument(text: string, mention: DateMention, hit: { start: number; end: number }, lang: Language): boolean {
  if (mention.date.length !== 10 || mention.relative) return false;
  const from = Math.max(0, mention.start - 90);
  const m = DOCUMENT_OF[lang].exec(text.slice(from, mention.start));
  if (!m) return false;
  // The document itself as the event («Договор от 10 июня вступил в силу», the hit on «Договор») keeps its day.
  const noun = from + m.index;
  return !(hit.start <= noun && noun < hit.end);
}

/** «, где проведет переговоры …», «, где встретится с …» right after a clause: talks at the place it names follow. */
const WHERE_NEXT = /^[\s,]*где\s+(?:[\p{L}-]+\s+){0,2}?(?:провед[её]т|проведут|встрет(?:ит|ят)ся)(?![\p{L}])/u;
/** A «где» / "where" clause whose subject is the parties of the gathering it hangs on: «где стороны», "where the two sides". */
const WHERE_THE_SIDES = /^(?:where|где)\s+(?:the\s+)?(?:two\s+)?(?:sides|parties|they|ministers|стороны|они|собеседники|министры)\s/iu;

/** True when the sentence of `v`, before clause `c`, tells a gathering of a third country (`isForeignEvent`). */
function foreignGatheringBefore(a: ArticleView, v: SentenceView, c: Clause): boolean {
  const body = a.doc.text;
  const start = v.s.start;
  if (!v.hits.some((h) => h.end <= c.start && h.trigger.type === 'meeting')) return false;
  return isForeignEvent(body.slice(start, c.start), a.lang, 'meeting', [], () => participants(a.people, body, start, c.start));
}

/** True when clause `text` opens with `AT_THAT_GATHERING` and its hit (at `at`) is a discussion or that noun itself. */
function atThatGathering(text: string, at: number, key: string, lang: Language): boolean {
  const m = AT_THAT_GATHERING[lang].exec(text);
  return m !== null && (key === 'discussed' || key === 'discussion' || at < m[0].length);
}

/** True when the last event told is a gathering other than a trip, in sentence `at`: a «где» / "where" clause hangs on it. */
function gatheringJustTold(recent: readonly { draft: MilestoneDraft; sentence: number }[], at: number): boolean {
  const last = recent.length > 0 ? recent[recent.length - 1] : undefined;
  return last !== undefined && last.sentence === at && last.draft.type !== 'visit' && GATHERING_TYPES.has(last.draft.type);
}

/** «В ходе той встречи», "At that meeting" opening a clause: the gathering just told, named again. */
const AT_THAT_GATHERING = {
  ru: rx(/^(?:в ходе|во время|на)\s+(?:той|этой|данной)\s+(?:встреч|бесед|переговор)\p{L}*/iu),
  en: /^(?:during|at|in the course of)\s+(?:that|this)\s+(?:meeting|conversation|talks)\b/iu,
};

/** True when the last event told is a gathering (not a visit) of sentence `at` or the one before it. */
function gatheringToldBefore(recent: readonly { draft: MilestoneDraft; sentence: number }[], at: number): boolean {
  const last = recent.length > 0 ? recent[recent.length - 1] : undefined;
  return last !== undefined && at - last.sentence <= 1 && last.draft.type !== 'visit' && GATHERING_TYPES.has(last.draft.type);
}

/** «Тогда», "At the time" opening a clause: it points back to the time just told. */
const THEN_OPENS = { ru: rx(/^Тогда(?:\s+же)?\s/u), en: /^(?:At the time|At that time|Back then),?\s/u };

/**
 * «В августе 1999 года боевики вторглись …, а летом 2000 года вылазка повторилась. Тогда Россия перебросила оружие»: a clause
 * opening with «Тогда» after a sentence that told a date but no event the narrative continues is of that sentence's last
 * date, not of an event told further back. Null when the clause does not open so, or an event of the sentence before is there to continue.
 */
function toldThen(f: Found, v: SentenceView, text: string, lang: Language): LinkCandidate[] | null {
  const last = v.priorLast;
  if (!last || last.relative || !THEN_OPENS[lang].test(text)) return null;
  const newest = f.recent.at(-1);
  // «В ходе разговора стороны обсудили выполнение договоренностей, достигнутых в ходе визита в Бишкек 20 сентября. Тогда были
  // подписаны …»: a date told after the event of the sentence before, of another day, is the time «Тогда» points to.
  if (newest && newest.sentence >= v.s.index - 1 && !(last.start >= newest.draft.quote.end && last.date !== newest.draft.date)) return null;
  return [{ date: last.date, quote: last.text, status: 'past' }];
}
