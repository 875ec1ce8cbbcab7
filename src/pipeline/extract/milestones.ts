/**
 * Milestones: the article's main event and the events it refers to, one per event-bearing
 * clause. A clause bears an event when it holds a trigger from the event lexicon; its date,
 * status, people, place and titles are read from the clause and its context.
 */
import { inApposition, withoutApposedRelatives } from './milestones/apposition';
import { backgroundStretches } from './milestones/background';
import { mentionsBySentence } from './milestones/by-sentence';
import type { ArticleDate, ArticleDoc, DateMention, MilestoneDraft, PersonDraft, Sentence } from '../types';
import { splitClauses } from './milestones/clauses';
import { ARTICLE_DATE_EVIDENCE, readClause, type ArticleView, type Found, type SentenceView } from './milestones/clause-event';
import { overlaps } from './milestones/clause-links';
import { habitualDay, inPlanRange, isAfter } from './milestones/dating';
import { fallbackDateMentions } from './milestones/fallback-dates';
import type { TriggerHit } from './milestones/lexicon';
import { lexiconOf, type LanguageLexicon } from './milestones/language';
import { findSpeech } from './milestones/speech';
import { findTriggers } from './milestones/triggers';
import { ArticleCues, TRIGGER_CUES } from './milestones/trigger-cues';
import { datedStatement, findStatement } from './milestones/statement';
import { hasStanceCue, stanceStatement } from './milestones/stance-statement';
import { datedPlan } from './milestones/dated-plan';
import { captionLines, correctionLines, withoutCorrectionRetellings, crossheadLines, isBracketStamp, isControlMenu, isLeadingStamp, isPointHeading, STAMP } from './milestones/page';
import { inSpans, pageStructure, type PageStructure } from './page';
import { LowerDoc } from './milestones/lower';
import { inIrrealis, irrealStretches } from './milestones/irrealis';
import { asMainEvent, leadDay } from './milestones/main-event';
import { isHeadline } from './milestones/retelling';
import { dateByStamp, entryAt, liveEntries } from './milestones/live-blog';
import { withoutLiveRetellings } from './milestones/live-ends';
import { timelineSections } from './dates/timeline';
import { dropSignedAccords } from './milestones/accords';
import { speaksOfFuture } from './dates/loose-relative';
import { PAST_EVENT } from './dates/lexicon';
import { withoutEveToldWithDay } from './milestones/eve-of-session';
import { entryDocument, itemDocument, listedDocument } from './milestones/timeline-document';
import { withoutBirthdayGreetings } from './milestones/birthday-greeting';
import { congratulationsOnAnniversary } from './milestones/congratulation-day';
import { leadTakesNextDay } from './milestones/lead-next-day';
import { staysToldByEnd } from './milestones/visit-end';
import { datePlannedSigningsRetold, datePlansFromDayBefore } from './milestones/planned-signing';
import { gatheringDayToldAfter, namedGatheringDayToldAfter, visitDayToldAfter } from './milestones/visit-day-after';
import { withoutAccompanying } from './milestones/accompanying';
import { dropGuestLists } from './milestones/guest-list';
import { withoutWireLeadPledges } from './milestones/wire-lead';
import { readDocumentPage } from './milestones/document-page';
import { withoutLawWording } from './milestones/law-title';
import { withoutHostsToldApart } from './milestones/host-event';
import { answeredWhen, answersWithNext, asksWhen, inInterviewAnswer } from './milestones/answered-when';
import { ofTheSides, type Digest } from './milestones/digest-item';
import { isAudience } from './milestones/reported-figure';
import { rx } from './regex';

/** How many years before the article's a multilateral step is background rather than its news (for the fallback statement). */
const BACKGROUND_YEARS = 2;

/**
 * Finds the article's main event and the events it refers to. `page`: the article's headline block
 * and related-article links (`pageStructure`), read once per article by `extractArticle`.
 */
export function extractMilestones(
  doc: ArticleDoc,
  date: ArticleDate,
  people: PersonDraft[],
  mentions: DateMention[],
  page: PageStructure = pageStructure(doc),
): MilestoneDraft[] {
  const lang = doc.language;
  const lex = lexiconOf(lang);
  const speech = findSpeech(doc.text);
  // The dateline's own date is the article's; a dated line before the article date («2 декабря
  // 2005 г.» atop a digest item published later) still dates its event.
  // A relative date beside an explicit one («8 апреля, на следующий день после …») restates it.
  const { mentions: dated, apposed } = withoutApposedRelatives(
    doc.text,
    (mentions.length ? mentions : fallbackDateMentions(doc.text, date.date)).filter(
      (m) => !(overlaps(m, date.span) && !(date.date && isAfter(date.date, m.date))) && !inPlanRange(doc.text, m) && !habitualDay(doc.text, m, lang),
    ),
  );
  const lowerDoc = new LowerDoc(doc.text);
  const a: ArticleView = { doc, lang, lex, date, people, speech, lowerDoc, timeline: timelineSections(doc, dated), headlines: page.headlines };
  const f: Found = {
    out: [],
    seen: new Set(),
    recent: [],
    toldGatherings: [],
    main: null,
    labels: new Map(),
    keys: new Map(),
    headlines: new Set(),
    sentenceOf: new Map(),
    lead: null,
    leadSeen: false,
    leadDay: null,
    leadSentence: -1,
    relativeDay: new Set(),
    spanDay: new Set(),
    accords: new Set(),
    corrections: correctionLines(doc, lang),
  };
  const out = f.out;
  const captions = captionLines(doc, lang);
  const corrections = f.corrections;
  const crossheads = crossheadLines(doc, lang);
  // A live blog's entries ("21/05 18:40"): each an occasion of its own, dated by its stamp's day.
  const entries = liveEntries(doc, date.date);
  const earlier: MilestoneDraft[] = [];
  let entry = -1;
  // A digest's list lines, read when a sentence with event words stands on a list line.
  const digest: Digest = { items: null };

  const bySentence = mentionsBySentence(dated, doc.sentences);
  // The trigger cues of the whole article in one scan, when a slice of its lower case is a sentence's.
  const cues = lowerDoc.lower !== null ? new ArticleCues(TRIGGER_CUES[lang], lowerDoc.lower) : null;

  // Read once for the loop: in baseline code each property read is an inline-cache call.
  const text = doc.text;
  const sentences = doc.sentences;
  const related = page.related;
  const timeline = a.timeline;
  const pageLabel = lex.markers.pageLabel;
  const thirdCountry = lex.markers.thirdCountry;
  // A stance's cue words, asked of the article once (`stanceStatement` asks each sentence only where one stands).
  const stanceCued = hasStanceCue(text, lang);
  // No closure in the loop body captures a variable of the body: one that did made V8 allocate the
  // body's scope anew for every sentence, a runtime call each (≈19 M instructions at 1,000 articles).
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const { start, end } = s;
    if (entries.length && entryAt(entries, start) !== entry) {
      dateByStamp(out, entries[entry], date.date);
      // The headline stays, so that the entry telling its event still takes its place.
      const headlines = out.filter((o) => f.headlines.has(o));
      earlier.push(...out.filter((o) => !f.headlines.has(o)));
      out.splice(0, out.length, ...headlines);
      entry = entryAt(entries, start);
    }
    // An interviewer's question («с чем приехала делегация?») reports no event.
    if (isQuestion(s.text)) continue;
    // The sentence's lower case, for all the marker and trigger questions asked of it.
    const lower = lowerDoc.of(start, end);
    // «Теги: Россия, МПК», "Tags: …": the page's labels name topics, not events.
    if (pageLabel.atStart(s.text, lower)) continue;
    // «Версия для печати | Обсудить в форуме»: the page's controls, not the article.
    if (isControlMenu(s.text)) continue;
    // «Фото: …», "Photograph: X and Y after the signing ceremony": a picture's caption, not an event.
    if (captions.length > 0 && inSpans(captions, start)) continue;
    // "More visits ahead": a crosshead titles the paragraphs below it, where the events are told.
    if (crossheads.length > 0 && inSpans(crossheads, start)) continue;
    // «3. Переговоры. Переговоры пройдут …», "- The documents. The sides signed …": a point's run-in heading names its topic.
    if (end - start <= 40 && isPointHeading(text, start, end, lang)) continue;
    // «Читайте также: …», "Read also: …": the headline of another article, dated only by itself
    // (not by its publication stamp "… - 15.01.2026"); one about a third country tells nothing of
    // this relationship.
    const teaser = related.length > 0 && inSpans(related, start);
    if (teaser && thirdCountry.test(s.text)) continue;
    // «19.09.2012 Премьер посетит Ош», "25/11/2019 Speaker to attend summit": a link posted on the day its stamp opens with
    // told what was coming then; the article, later, tells what became of it (a headline telling a past event so stamped
    // stays, dated by its stamp).
    if (teaser && bySentence[k]!.length > 0 && isLeadingStamp(text, bySentence[k]![0]!.start) && !PAST_EVENT[lang].test(s.text)) continue;
    const inSentence = teaser ? withoutStamps(text, bySentence[k]!, end) : bySentence[k]!;
    // A headline with no date of its own tells a past event of unknown day (the stamp is the link's
    // publication, not the event's): nothing a timeline can place. One of an event to come
    // ("X will visit Osh") is still a plan of this relationship; one whose future only judges an event
    // («визит станет важным шагом», 'the talks will be historic') tells no plan.
    if (teaser && !inSentence.length && !plansInTeaser(s.text, lang, lex)) continue;
    // "Putin yesterday turned the pact into an alliance": a lead that tells its day but no event
    // of the lexicon still sets the day of the narrative after it.
    if (!f.leadSeen && !f.leadDay && !teaser && inSentence.length && !isHeadline(doc, s, a.headlines)) {
      const day = leadDay(inSentence, s, date, speech);
      if (day) f.leadDay = { ...day, sentence: s.index };
    }
    const found = findTriggers(s, lex, speech, f.seen, inSentence, lower, cues ? cues.candidates(start, end, lower) : undefined, f.out);
    const apart = apposed.length ? outsideApposition(found, apposed) : found;
    // «Если бы визит состоялся …», "Had the summit gone ahead …": events told as not real are none.
    const irreal = apart.length ? irrealStretches(s, lex, lower, k > 0 && isQuestion(sentences[k - 1]!.text), inSentence, interviewAnswerAt(text, start)) : [];
    const told = irreal.length ? realHits(apart, irreal) : apart;
    if (apart.length && !told.length) continue;
    // «27 июля 2000 года — Декларация о …»: a timeline entry that names a document signed that day.
    const entryHit = !told.length && timeline.length ? entryDocument(text, s, timeline, lang) : null;
    // «… был подписан Договор о дружбе. 27 июля 2000 года — Декларация о …»: the list of signings goes on.
    // «В присутствии глав государств подписаны: – Декларация о …;»: an item of the list of signed documents.
    // (The anchored item tests first: a sentence that opens no list item asks nothing of the drafts found.)
    const listedHit = !told.length && !entryHit ? signedListItem(f, k, listedDocument(text, s, inSentence, lang) ?? itemDocument(text, s, lex, k > 1 && isItemNumber(sentences[k - 1]!)), sentences) : null;
    let hits = entryHit ? [entryHit] : listedHit ? [listedHit] : told;
    // «3. США открыли посольство …», "• The forum in Davos ends tomorrow": a digest's item naming
    // neither side is another story of the day.
    if (hits.length && (hits = ofTheSides(doc, s, hits, people, lowerDoc, timeline, digest)).length === 0) continue;
    if (!hits.length) {
      // «— Когда пройдёт следующее заседание МПК? — Планируем в сентябре в Москве.»: the answer dates the question's event.
      const answered = k > 0 && inSentence.length > 0 && !teaser ? answerToWhen(a, f, sentences[k - 1]!, s, inSentence, people, cues) : null;
      if (answered) {
        out.push(answered);
        continue;
      }
      // "Defence Minister X said earlier this month that …": a statement told in passing, dated (also before any other event).
      // (A correction note's "An earlier version of this article said …" is the article's own wording, no one's statement.)
      const stated = corrections.length > 0 && inSpans(corrections, start) ? null : datedStatement(doc, s, lang, speech, inSentence, date, people, lower, out);
      if (stated) out.push(stated);
      else if (!teaser) {
        const plan = datedPlan(doc, s, lang, speech, inSentence, date, people, lower);
        // «Посол назвал решение «поспешным»», 'X described the talks as "frank"': a stance told in passing, dated only by its sentence.
        const stance = plan || !stanceCued ? null : stanceStatement(s, lang, speech, inSentence, people);
        if (plan) out.push(plan);
        else if (stance) out.push(stance);
      }
      continue;
    }
    const stretches = backgroundStretches(s.text, s.start, lex, hits);
    const v: SentenceView = { s, teaser, inSentence, hits, stretches, anniversaryHit: hasKey(hits, 'anniversary'), carried: [], before: null, priorLast: k > 0 ? (bySentence[k - 1]!.at(-1) ?? null) : null };
    const before = out.length;
    const clauses = splitClauses(s, lex, speech, inSentence, hits, stretches);
    for (let i = 0; i < clauses.length; i++) readClause(a, f, v, clauses[i]!);
    // "See also: Remarks to the press after the talks, <the day told above>": a link to another page of an occasion
    // the body has told already is no second event.
    if (teaser && out.length > before) withoutLinkRetellings(out, before);
    // "X told lawmakers on May 12 that he will raise it when he travels to Moscow next month": the
    // plan told is one event, the telling on a day of its own another ("said earlier this week that
    // documents are being prepared" only sources the plan).
    if (out.length > before && before > 0 && onlyPlans(out, before)) {
      const stated = datedStatement(doc, s, lang, speech, inSentence, date, people, lower, out.slice(0, before));
      if (stated && stated.date?.length === 10 && !dayToldFrom(out, before, stated.date)) out.splice(before, 0, stated);
    } else if (date.date !== null && hasEarlierDay(inSentence, date.date) && onlyArticleDated(out, s, date.date)) {
      // «Киргизия и Россия договорились о поставках пшеницы, сообщил во вторник премьер-министр»: what was told is dated only
      // by the article, the telling has a day of its own before it: that telling is a statement of its day (the events just
      // told are of the article's day, so the day before is not the article's own news).
      const stated = datedStatement(doc, s, lang, speech, inSentence, date, people, lower, out);
      if (stated && stated.date?.length === 10 && stated.date < date.date) out.push(stated);
    }
    // Event words that told nothing here (a third party's trip, a topic): the sentence may still tell a dated plan.
    if (out.length === before && !teaser && !toldIn(out, start, end)) {
      const plan = datedPlan(doc, s, lang, speech, inSentence, date, people, lower);
      if (plan) out.push(plan);
      // "…," President X told a business forum last week: the gathering only the audience, the telling is the news.
      else if (inSentence.length && audienceIn(text, hits, start, lang)) {
        const stated = datedStatement(doc, s, lang, speech, inSentence, date, people, lower, out, true);
        if (stated) out.push(stated);
      }
    }
  }
  if (entries.length) {
    dateByStamp(out, entries[entry], date.date);
    out.unshift(...earlier);
    // «Саммит завершен», «Прибыли Лукашенко и Пашинян»: told again, or of third countries.
    out.splice(0, out.length, ...withoutLiveRetellings(out, people, lang));
    if (f.main && !out.includes(f.main.draft)) f.main = null;
  }
  if (f.accords.size) dropSignedAccords(doc.text, out, f.accords, f.headlines, lang);
  // "on the sidelines of SPIEF … SPIEF 2018 is being held on May 24-26": the host told apart is that gathering.
  withoutHostsToldApart(out, f.headlines);
  if (hasAnniversary(out)) congratulationsOnAnniversary(out, lang, date.date);
  // «Путин поздравил коллегу с днём рождения» in the call the readout tells: said in that call.
  if (f.keys.size) withoutBirthdayGreetings(out, f.keys, lang);
  if (f.relativeDay.size) leadTakesNextDay(f, date.date, lang);
  staysToldByEnd(out, doc.sentences, f.sentenceOf, lang);
  // "…during the state visit scheduled for later this month. The visit will take place on March 28": that day.
  visitDayToldAfter(out, f.sentenceOf);
  // "A deputy briefed reporters in Osh on the eve of the trip. … - The minister arrives on 9 June": that trip.
  if (lang === 'en') withoutEveToldWithDay(out);
  // "The ministers met in Osh in March. … The March 3 meeting was short": that day.
  gatheringDayToldAfter(out, f.sentenceOf);
  // «форум ОДКБ в Чолпон-Ате в июле запомнился … Тогда, 22 июля, в кулуарах форума ОДКБ …»: that day.
  namedGatheringDayToldAfter(out);
  // "A package of documents is expected to be signed" after the day's planned talks: signed that day; a delegation
  // expected after a planned celebration's day: the day's programme.
  datePlansFromDayBefore(out, f.sentenceOf);
  // «Какие соглашения готовят? Стороны готовят шесть соглашений …» after a signing planned for Thursday: that day.
  datePlannedSigningsRetold(out);
  // «подписал Федеральный закон «О ратификации …»»: the law's title quoted alone names the act of the step told.
  withoutLawWording(doc.text, out, dated, lang);
  // A treaty's text, a law or a resolution printed as the page: the act itself, not its clauses.
  readDocumentPage(doc, date, people, page.documentDateLine, out);
  // «Вместе с ними на базу прибыл министр»: an arrival that goes with a trip already told.
  out.splice(0, out.length, ...withoutAccompanying(out, lang));
  // «В заседании приняли участие также президенты …», «Подписи под договором поставили …»: the guests of an occasion told.
  dropGuestLists(out, lang);
  // «ИНТЕРФАКС - Россия предоставит Киргизии кредит …» over the talks the body tells: their headline, told again.
  withoutWireLeadPledges(out, lang);
  // "Correction: … The document was signed on Tuesday.": the right version of an event the body tells is no second one.
  if (corrections.length > 0) out.splice(0, out.length, ...withoutCorrectionRetellings(out, corrections));
  if (f.main && !out.includes(f.main.draft)) f.main = null;
  let main = f.main;
  // An article of plans only tells its news by a statement too ("X said … He plans to travel …").
  // A multilateral step years before the article («страна является членом ОДКБ с мая 2002 года» in an article of 2019) is
  // background, not the news the article reports.
  const articleYear = date.date === null ? null : Number(date.date.slice(0, 4));
  const background = (o: MilestoneDraft) => o.type === 'other' && !o.bilateral && articleYear !== null && o.date !== null && Number(o.date.slice(0, 4)) <= articleYear - BACKGROUND_YEARS;
  const news = (o: MilestoneDraft) => o.status === 'past' && !background(o);
  if (!out.some(news)) {
    const statement = findStatement(doc, lang, speech, dated, date, people, out);
    if (statement) {
      out.push(statement);
      main ??= { draft: statement, sentence: doc.sentences.find((s) => s.start <= statement.quote.start && statement.quote.end <= s.end)! };
    }
  }
  if (!main) return out;
  const i = out.indexOf(main.draft);
  out[i] = asMainEvent(main.draft, main.sentence, doc, date, people, speech, f.labels.get(main.draft) ?? null);
  return out;
}

/**
 * The event question `q` names («— Когда пройдёт следующее заседание МПК?»), dated by its answer `s` (with no trigger
 * of its own, its dates `inSentence`), or null when `q` asks no "when" of an event.
 */
function answerToWhen(a: ArticleView, f: Found, q: Sentence, s: Sentence, inSentence: DateMention[], people: PersonDraft[], cues: ArticleCues | null): MilestoneDraft | null {
  if (!isQuestion(q.text) || !(asksWhen(q) || answersWithNext(s.text, a.lang))) return null;
  const lower = a.lowerDoc.of(q.start, q.end);
  const hits = findTriggers(q, a.lex, a.speech, f.seen, [], lower, cues ? cues.candidates(q.start, q.end, lower) : undefined);
  // «Когда соберётся межправкомиссия?»: the body named is the event, not the verb of meeting.
  const hit = hits.find((h) => h.trigger.type !== 'meeting') ?? hits[0];
  return hit ? answeredWhen(q, hit, s, inSentence, a.lang, a.date, people) : null;
}

/**
 * True when a document signed was told in sentence `k - 1` (the last milestone found, or one that took a
 * headline's place: «В присутствии глав государств подписаны:» retells the headline «Документы, подписанные …»).
 */
function signedJustBefore(f: Found, k: number): boolean {
  return f.out.some((o) => o.type === 'agreement' && o.status === 'past' && f.sentenceOf.get(o) === k - 1);
}

/** A table's heading row («Документ | Подписанты», "Document | Signatories"): bars between words, no number before the first. */
const TABLE_HEAD = /^\D[^|\n]*\|[^\n]*$/u;

/**
 * `hit` when a document signed was told in sentence `k - 1` (`signedJustBefore`), or in `k - 2` with a table's heading
 * row between («В ходе визита подписаны документы: / Документ | Подписанты / 1 | Соглашение о … | …») or the item's
 * bare number («подписаны следующие документы: / 1. / Декларация о …»); else null.
 */
function signedListItem<T>(f: Found, k: number, hit: T | null, sentences: readonly Sentence[]): T | null {
  if (hit === null) return null;
  if (signedJustBefore(f, k)) return hit;
  if (k < 2) return null;
  const prev = sentences[k - 1]!.text;
  // A table's heading row, or the bare number of the first item («1.») split off as a sentence of its own.
  return ((prev.includes('|') && TABLE_HEAD.test(prev)) || isItemNumber(sentences[k - 1]!)) && signedJustBefore(f, k - 1) ? hit : null;
}

/** An item's number alone («1.», "2)"), which the sentence splitter cuts off from the item it opens. */
const ITEM_NUMBER = /^\d{1,2}[.)]$/u;

/** True when sentence `s` is an item's number alone (`ITEM_NUMBER`): three characters at most, asked by length first. */
function isItemNumber(s: Sentence): boolean {
  return s.end - s.start <= 3 && ITEM_NUMBER.test(s.text);
}

/**
 * A related article's headline that tells a telling, not the event to come it names: a discussion of preparations told as
 * done («Жапаров и Путин обсудили подготовку к саммиту», 'Ministers discuss preparations for the visit'; «обсудят …», to
 * come, stays a plan) or a saying of a side's intent after its speaker's name («Атамбаев: Кыргызстан намерен вступить в …»,
 * «Министр: мы откроем …»; not a place's news, «Кант: авиабаза отметит …»). Undated, it is news of a day the link does not give.
 */
const TEASER_TELLING: Record<ArticleDoc['language'], RegExp> = {
  ru: rx(/(?:^|[^\p{L}])обсу(?:дил|ждал)[аио]?\s+(?:[\p{L}-]+\s+){0,3}?подготовк|^[\s•*–—-]*\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?:\s+(?:Кыргызстан|Киргизия|Россия|Бишкек|Москва|[Мм]ы|[Яя])(?![\p{L}])/u),
  en: rx(/(?<!\bto\s)\bdiscuss(?:ed|es)?\s+(?:the\s+)?preparations?\s+for\b/iu),
};

/**
 * True when a related article's headline `text` tells an event to come: a future tense (`speaksOfFuture`) outside the
 * judgements of an event told with a future copula («визит станет важным шагом», 'the visit will be a milestone'), and
 * not only as the topic of a telling (`TEASER_TELLING`).
 */
function plansInTeaser(text: string, lang: ArticleDoc['language'], lex: LanguageLexicon): boolean {
  if (!speaksOfFuture(text, lang) || TEASER_TELLING[lang].test(text)) return false;
  const judged = lex.markers.judgedFuture.all(text);
  if (!judged.length) return true;
  let rest = text;
  for (const j of judged) rest = `${rest.slice(0, j.start)}${' '.repeat(j.end - j.start)}${rest.slice(j.end)}`;
  return speaksOfFuture(rest, lang);
}

/** True when every milestone of `out` from index `from` on is a plan. */
function onlyPlans(out: readonly MilestoneDraft[], from: number): boolean {
  for (let i = from; i < out.length; i++) if (out[i]!.status !== 'planned') return false;
  return true;
}

/** True when one of `mentions` is a whole day before the article's `day` (the cheap gate of a telling's own day). */
function hasEarlierDay(mentions: readonly DateMention[], day: string): boolean {
  for (let i = 0; i < mentions.length; i++) if (mentions[i]!.date.length === 10 && mentions[i]!.date < day) return true;
  return false;
}

/** True when some milestone of `out` is quoted from sentence `s`, and every such one is past and dated only by the article's own date (`day`). */
function onlyArticleDated(out: readonly MilestoneDraft[], s: Sentence, day: string | null): boolean {
  if (day === null) return false;
  let any = false;
  for (let i = 0; i < out.length; i++) {
    const o = out[i]!;
    if (o.quote.start < s.start || o.quote.end > s.end) continue;
    if (o.status !== 'past' || o.date !== day || !o.dateEvidence.startsWith(ARTICLE_DATE_EVIDENCE)) return false;
    any = true;
  }
  return any;
}

/** Words one of which every audience phrase holds (`knowledge/event-phrasing.json`, `audience`). */
const AUDIENCE_CUE = /told|telling|ddress|участникам|собравшимся|гостям|делегатам/u;

/** How far before a gathering's word its audience phrase ("told a business forum") may start. */
const AUDIENCE_REACH = 80;

/** True when one of `hits` is a gathering only named as a speaker's audience (`isAudience`), the sentence starting at `start`. */
function audienceIn(text: string, hits: readonly TriggerHit[], start: number, lang: ArticleDoc['language']): boolean {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const before = text.slice(Math.max(start, h.start - AUDIENCE_REACH), h.start);
    // The cue words of the audience phrasings first: `isAudience` asks `$`-anchored regexes, tried at every position.
    if (AUDIENCE_CUE.test(before) && isAudience(h, before, lang)) return true;
  }
  return false;
}

/**
 * Drops the milestones of `out` from index `from` on (those of a related-article link) that an earlier one already
 * tells: the same type on the same day.
 */
function withoutLinkRetellings(out: MilestoneDraft[], from: number): void {
  for (let i = out.length - 1; i >= from; i--) {
    const o = out[i]!;
    if (o.date === null || o.date.length !== 10) continue;
    for (let j = 0; j < from; j++) {
      if (out[j]!.type === o.type && out[j]!.date === o.date) {
        out.splice(i, 1);
        break;
      }
    }
  }
}

/** True when a milestone of `out` is quoted from `[start, end)`. */
function toldIn(out: readonly MilestoneDraft[], start: number, end: number): boolean {
  for (let i = 0; i < out.length; i++) if (out[i]!.quote.start < end && start < out[i]!.quote.end) return true;
  return false;
}

/**
 * The mentions of a teaser headline that are not its publication stamp ("… - 15.01.2026", «[15.01.2026]»), the sentence
 * ending at `end`, nor the date of a listed act's reference («Указ … от 02.04.2013 № 309», "Decree of 2 April 2013
 * No. 309"): a list of acts names each by its date and number, and tells no step of it.
 */
function withoutStamps(text: string, ms: readonly DateMention[], end: number): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (!STAMP.test(text.slice(m.start - 3, end)) && !isBracketStamp(text, m.start, end) && !ACT_NUMBER.test(text.slice(m.end, m.end + 12))) out.push(m);
  }
  return out;
}

/** An act's number right after its date («от 02.04.2013 № 309», «от 1 апреля 2013 г. N 116-рп», "of 2 April 2013 No. 309"). */
const ACT_NUMBER = /^\s*(?:г(?:ода|\.))?\s*(?:№|N\s*\d|No\.\s*\d)/u;

/** The hits outside every apposition of `apposed` (`inApposition`). */
function outsideApposition(hits: readonly TriggerHit[], apposed: Parameters<typeof inApposition>[0]): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (let i = 0; i < hits.length; i++) if (!inApposition(apposed, hits[i]!.start)) out.push(hits[i]!);
  return out;
}

/** The hits outside every stretch told as not real (`inIrrealis`). */
function realHits(hits: readonly TriggerHit[], irreal: Parameters<typeof inIrrealis>[1]): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (let i = 0; i < hits.length; i++) if (!inIrrealis(hits[i]!, irreal)) out.push(hits[i]!);
  return out;
}

/** Whether the sentence at `start` answers an interviewer's question (`inInterviewAnswer`), asked only when needed. */
function interviewAnswerAt(text: string, start: number): () => boolean {
  return () => inInterviewAnswer(text, start);
}

/** True when a milestone of `out` from index `from` on is dated `day`. */
function dayToldFrom(out: readonly MilestoneDraft[], from: number, day: string): boolean {
  for (let i = from; i < out.length; i++) if (out[i]!.date === day) return true;
  return false;
}

/** True when a milestone of `out` is an anniversary: the gate of the congratulations pass. */
function hasAnniversary(out: readonly MilestoneDraft[]): boolean {
  for (let i = 0; i < out.length; i++) if (out[i]!.type === 'anniversary') return true;
  return false;
}

/** True when one of `hits` is of trigger `key`. */
function hasKey(hits: readonly TriggerHit[], key: string): boolean {
  for (let i = 0; i < hits.length; i++) if (hits[i]!.trigger.key === key) return true;
  return false;
}

const QUESTION_MARK = 0x3f;
/** Closing quotes that may follow a sentence's question mark: " » ”. */
const CLOSING_QUOTES = new Set([0x22, 0xbb, 0x201d]);

/** A sentence that asks: ends with a question mark (and closing quotes); by hand, as a `$`-anchored regex tries every position. */
function isQuestion(text: string): boolean {
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  return last === QUESTION_MARK || (n > 1 && text.charCodeAt(n - 2) === QUESTION_MARK && CLOSING_QUOTES.has(last));
}
