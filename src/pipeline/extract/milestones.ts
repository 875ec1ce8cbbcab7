/**
 * Milestones: the article's main event and the events it refers to, one per event-bearing
 * clause. A clause bears an event when it holds a trigger from the event lexicon; its date,
 * status, people, place and titles are read from the clause and its context.
 */
import { eventMentions } from './milestones/subordinate';
import { backgroundStretches, foregroundHits, foregroundMentions } from './milestones/background';
import type { Language } from '../../schema/dataset';
import type { ArticleDate, ArticleDoc, DateMention, MilestoneDraft, PersonDraft, Sentence, Span } from '../types';
import { anniversaryLabel, anniversaryYear, founding, impliesFounding, readAnniversary } from './milestones/anniversary';
import { splitClauses } from './milestones/clauses';
import { documentLabel } from './milestones/document-title';
import { dateClause, inPlanRange, isAfter, type LinkCandidate } from './milestones/dating';
import { isBilateral, makeTitles, participants, peopleInSentence } from './milestones/describe';
import { fallbackDateMentions } from './milestones/fallback-dates';
import { organisationIn, placeIn, type OrganisationHit } from './milestones/knowledge';
import { MARKERS, type TriggerHit } from './milestones/lexicon';
import { findSpeech, inSpeech } from './milestones/speech';
import { chooseHit, findTriggers, refersBack } from './milestones/triggers';
import { datedStatement, findStatement } from './milestones/statement';
import { inBrackets, relatedLinks, STAMP } from './milestones/page';
import { LowerDoc } from './milestones/lower';
import { hostEvent, stayDraft } from './milestones/host-event';
import { asMainEvent, leadDate, type LeadDate } from './milestones/main-event';
import { hedged, isAttribution, isTopic, OPINION_KEYS, reportedFrom, SPOKEN_TO } from './milestones/passing';
import { COUNTERPART, GATHERING_TYPES, headlineTwin, isHeadline, knownPeople, once, retells, sameEvent } from './milestones/retelling';

/** How many sentences back an event can still be continued («по итогам переговоров»). */
const LINK_REACH = 3;

const span = (doc: ArticleDoc, start: number, end: number): Span => ({ start, end, text: doc.text.slice(start, end) });
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number } | null) =>
  Boolean(b && a.start < b.end && b.start < a.end);

/** Finds the article's main event and the events it refers to. */
export function extractMilestones(doc: ArticleDoc, date: ArticleDate, people: PersonDraft[], mentions: DateMention[]): MilestoneDraft[] {
  const lang = doc.language;
  const speech = findSpeech(doc.text);
  // The dateline's own date is the article's; a dated line before the article date («2 декабря
  // 2005 г.» atop a digest item published later) still dates its event.
  const dated = (mentions.length ? mentions : fallbackDateMentions(doc.text, date.date)).filter(
    (m) => !(overlaps(m, date.span) && !(date.date && isAfter(date.date, m.date))) && !inPlanRange(doc.text, m),
  );
  const out: MilestoneDraft[] = [];
  const seen = new Set<string>();
  const recent: { draft: MilestoneDraft; sentence: number }[] = [];
  let main: { draft: MilestoneDraft; sentence: Sentence } | null = null;
  const labels = new Map<MilestoneDraft, { labelEn: string; labelRu: string; organisation: OrganisationHit | null }>();
  const keys = new Map<MilestoneDraft, string>();
  const headlines = new Set<MilestoneDraft>();
  const sentenceOf = new Map<MilestoneDraft, number>();

  let lead: LeadDate | null = null;
  let leadSeen = false;
  const lowerDoc = new LowerDoc(doc.text);
  const teasers = relatedLinks(doc.text, lang, lowerDoc);

  for (const s of doc.sentences) {
    // An interviewer's question («с чем приехала делегация?») reports no event.
    if (isQuestion(s.text)) continue;
    // The sentence's lower case, for all the marker and trigger questions asked of it.
    const lower = lowerDoc.of(s.start, s.end);
    // «Теги: Россия, МПК», "Tags: …": the page's labels name topics, not events.
    if (MARKERS.pageLabel[lang].atStart(s.text, lower)) continue;
    // «Читайте также: …», "Read also: …": the headline of another article, dated only by itself
    // (not by its publication stamp "… - 15.01.2026"); one about a third country tells nothing of
    // this relationship.
    const teaser = teasers.some(([a, b]) => a <= s.start && s.start < b);
    if (teaser && MARKERS.thirdCountry[lang].test(s.text)) continue;
    const inSentence = dated.filter((m) => m.start >= s.start && m.end <= s.end && !(teaser && STAMP.test(doc.text.slice(m.start - 3, s.end))));
    const hits = findTriggers(s, lang, speech, seen, inSentence, lower);
    if (!hits.length) {
      // "Defence Minister X said earlier this month that …": a statement told in passing, dated.
      const stated = out.length ? datedStatement(doc, s, lang, speech, inSentence, date, people, lower) : null;
      if (stated) out.push(stated);
      continue;
    }
    let carried: TriggerHit[] = [];
    let before: DateMention | null = null;
    const sentenceStretches = backgroundStretches(s.text, s.start, lang);
    const anniversaryHit = hits.some((h) => h.trigger.key === 'anniversary');
    for (const c of splitClauses(s, lang, speech, inSentence, hits, sentenceStretches)) {
      const text = doc.text.slice(c.start, c.end);
      // «…в декабре посетит Петербург, где пройдет саммит»: a «где» / "where" clause happens
      // at the time of the clause it hangs on.
      const lastBefore = before;
      const ownMentions = inSentence.filter((m) => m.start >= c.start && m.end <= c.end);
      if (ownMentions.length) before = ownMentions[ownMentions.length - 1]!;
      // Every use of the anniversary below goes with an anniversary trigger: without one in the sentence it is not read.
      const anniversary = anniversaryHit ? readAnniversary(text, lang) : null;
      let own = hits.filter((h) => h.start >= c.start && h.start < c.end && (h.trigger.key !== 'anniversary' || anniversary));
      const inherited = !own.length && c.dateSplit;
      // «…, the press service said on Friday»: an attribution cut off at its date tells no event
      // (one that goes on to report something — "said the shipment was expected…" — may).
      if (inherited && isAttribution(text, lang)) continue;
      // "… next year (Kommersant, May 23)": a date in a citation between brackets dates no event.
      if (inherited && inBrackets(doc.text, s.start, c.start)) continue;
      // What a speaker told a counterpart («заявил коллеге, что кредит будет выделен в 2020 году») is no second talks.
      // An event told in passing with its own date («Премьер, назначенный в марте, заявил в мае …») lends its word to no other date.
      if (inherited) own = carried.filter((h) => !h.trigger.dated && !SPOKEN_TO.test(doc.text.slice(h.start, h.end)));
      if (!own.length) continue;
      carried = own;
      // Stretches are read on the whole sentence: a piece cut off at a date may start inside one.
      const stretches = sentenceStretches.filter((x) => x.start < c.end && c.start < x.end);
      const fg = foregroundHits(own, stretches);
      const told = own;
      own = fg.hits;
      // «Министр и его коллега обсудили …», "X and his counterpart Y discussed …": talks, and what
      // they discussed is the topic; a bare «обсудили» without two parties is no event.
      // A date in a background stretch («договора, подписанного в 2011 году») belongs to what was discussed.
      const talked = own.find((h) => h.trigger.key === 'discussed');
      const topicDated = inSentence.some((m) => m.start >= c.start && m.end <= c.end && stretches.some((x) => x.start <= m.start && m.start < x.end));
      if (talked && (topicDated || (participants(people, doc.text, s.start, s.end).length < 2 && !MARKERS.pair[lang].test(s.text)))) own = own.filter((h) => h !== talked);
      else if (talked) own = own.filter((h) => h === talked || !isTopic(h, text, c.start, lang));
      if (!own.length) continue;
      // «Бакиев, находящийся в Москве с рабочим визитом, накануне провел переговоры»: the stay is
      // its own event, under way on the article's day; the clause's other event is told apart.
      const stay = MARKERS.stay[lang].all(text)[0];
      const stayAt = stay ? { start: c.start + stay.start, end: c.start + stay.end } : null;
      const apart = (h: TriggerHit) => !stayAt || h.end <= stayAt.start || h.start >= stayAt.end;
      const outside = own.filter(apart);
      const stayVisit = stayAt && outside.length && told.some((h) => !apart(h)) ? stayAt : null;
      if (stayVisit) own = outside;
      const ownDates = ownMentions;
      // «Вчера министр, назначенный в марте, провел переговоры»: the predicate is dated with its subject.
      const subject = c.subject;
      const inClause = ownDates.length || !subject ? ownDates : inSentence.filter((m) => m.start >= subject.start && m.end <= subject.end);
      // «Форум является площадкой…»: a description of an organiser or venue, not an event.
      if (!inClause.length && MARKERS.descriptive[lang].test(text)) continue;
      // An anniversary clause's date is the anniversary's or its founding's: no other trigger claims it.
      const counted = anniversary && own.some((h) => h.trigger.key === 'anniversary');
      const first = chooseHit(own, text, lang, counted ? null : (inClause[0] ?? null));
      const clauseMentions = foregroundMentions(inClause, first, told, stretches, doc.text, lang);
      const hit = clauseMentions[0] === inClause[0] ? first : chooseHit(own, text, lang, counted ? null : (clauseMentions[0] ?? null));
      let mention = nearest(eventMentions(doc.text, clauseMentions, hit), hit);
      // "Japarov said earlier this week that documents are being prepared for signing": the day of
      // the statement; what was said is dated on its own.
      const said = mention ? reportedFrom(text, c.start, mention, hit, lang) : null;
      if (said !== null) mention = null;
      if (!mention && !inClause.length && lastBefore && WHERE_WHEN[lang].test(text)) mention = lastBefore;
      // "In July X visited Bishkek | and agreed with his counterpart on …": a second predicate of the
      // same subject, told without a date or a plan of its own, happened when the first did.
      if (!mention && !inClause.length && lastBefore && AND_BEFORE.test(doc.text.slice(Math.max(s.start, c.start - 12), c.start)) && PAST_VERB_FIRST[lang].test(text) && !MARKERS.planned[lang].test(text)) mention = lastBefore;
      // Elections, an uprising, a base «открытая прошлой осенью»: told in passing, a milestone only when dated.
      if (hit.trigger.dated && !mention) continue;
      // «Россия рассматривает возможность предоставления гранта», "the first tranche could arrive": only possible.
      if (!mention && hit.trigger.type === 'other' && hedged(hit, text, c.start, lang)) continue;
      // «В Бишкеке рассчитывают, что присоединение к договору поможет …»: a document named in an opinion.
      if (!mention && OPINION_KEYS.has(hit.trigger.key) && MARKERS.opinion[lang].test(text)) continue;
      // «стороны обсудили вопросы оказания помощи», "discussed the supply of fuel": a topic of the talks.
      if (!mention && isTopic(hit, text, c.start, lang, doc.text.slice(s.start, c.start))) continue;
      // A piece cut off at a date that turns out not to date the event («…, которое вступило в
      // силу в 2013 году» after a signing): nothing new is told.
      if (inherited && !mention) continue;
      const isAnniversary = hit.trigger.key === 'anniversary' && anniversary;
      // «30-летие договора, подписанного 10 июня 1992 года»: the date is the founding one, N years back.
      let anniversaryDate = isAnniversary ? anniversaryYear(anniversary, date.date) : null;
      // The thing counted from may be dated earlier in the sentence («подписали 10 июня 1992 года, и через три недели отметят его первую годовщину»).
      const founded = isAnniversary && date.date ? countable(inClause, inSentence, c.start).find((m) => Number(m.date.slice(0, 4)) + anniversary.n === Number(date.date!.slice(0, 4))) : undefined;
      if (founded) {
        anniversaryDate = `${Number(founded.date.slice(0, 4)) + (anniversary ? anniversary.n : 0)}${founded.date.slice(4)}`;
        mention = null;
      }
      const spoken = inSpeech(speech, hit.start >= c.start ? hit.start : c.start);
      // "The summit marks the fifth anniversary of the treaty signed in 2014": counted to the article's
      // own year, the anniversary is marked by the occasion told, on the article's day.
      const a = date.date;
      if (founded && anniversaryDate && a && anniversaryDate.length < a.length && a.startsWith(anniversaryDate) && !spoken && !MARKERS.planned[lang].test(text)) anniversaryDate = a;
      const d = dateClause({
        lang,
        text: said !== null ? doc.text.slice(said, c.end) : c.dateSplit ? doc.text.slice(s.start, c.end) : text,
        mention,
        anniversaryDate,
        speech: spoken,
        article: date,
        // «по итогам переговоров с премьером»: a gathering with a counterpart of its own is its own event.
        previous: teaser || (GATHERING_TYPES.has(hit.trigger.type) && COUNTERPART.test(doc.text.slice(hit.end, hit.end + 8))) ? [] : linkable(recent, s.index, text, lang),
      });
      // "Putin will visit Bishkek on 25 November. He is expected to sign agreements with Japarov":
      // talks or signings planned without a date take the date of the planned trip just told.
      if (d.date === null && d.status === 'planned' && !mention && !spoken && !teaser && DURING_TRIP.has(hit.trigger.type) && !MARKERS.nearFuture[lang].test(text)) {
        const trip = recent.filter((r) => s.index - r.sentence <= TRIP_REACH && r.draft.status === 'planned' && r.draft.date !== null && TRIP_TYPES.has(r.draft.type)).pop();
        if (trip) {
          d.date = trip.draft.date;
          d.dateEvidence = `During the planned ${trip.draft.type} «${trip.draft.quote.text.slice(0, 60)}» (${trip.draft.date})`;
        }
      }
      if (teaser && !mention && d.date !== null) {
        d.date = null;
        d.dateEvidence = 'A link to another article: no date of its own';
        d.narrativeArticleDate = false;
      }
      // The reporter's undated narrative after a lead event told with its own recent day («вчера»,
      // "on Monday") belongs to that occasion, not to the publication day.
      if (d.narrativeArticleDate && lead && !overlaps(c, date.span)) {
        d.date = lead.date;
        d.dateEvidence = `Same occasion as the lead event «${lead.quote}» (${lead.date})`;
      }
      // «встретился также с министром…», "also met with the minister": another meeting of the trip
      // dated by the event before it — the same month, but its day is not told.
      if (!mention && hit.trigger.type === 'meeting' && d.date?.length === 10 && d.dateEvidence.startsWith('Same occasion') && ALSO_MET[lang].test(text)) {
        d.dateEvidence = `Another meeting of the same trip; its day is not told (${d.dateEvidence})`;
        d.date = d.date.slice(0, 7);
      }
      // «Встреча прошла на полях заседания Совета …», "met on the sidelines of the summit": the
      // gathering that hosts the meeting is an event of its own, even when the meeting is retold.
      const host = d.date ? hostEvent(doc, text, c.start, told, hit, lang) : null;
      if (host && !out.some((o) => o.quote.start === host.start && o.quote.end === host.end)) {
        // Typed 'other', as annotators do: a gathering type would make the meeting told with it look retold.
        const hostType = 'other';
        out.push({
          date: d.date,
          dateEvidence: `Hosts the meeting told with it (${d.dateEvidence})`,
          type: hostType,
          status: d.status,
          ...makeTitles({ type: hostType, labelEn: host.hit.trigger.labelEn, labelRu: host.hit.trigger.labelRu, people: [], place: placeIn(host.text, lang)?.name ?? null, organisation: organisationIn(host.text) }),
          peopleIds: [],
          place: placeIn(host.text, lang)?.name ?? null,
          bilateral: false,
          derived: null,
          quote: span(doc, host.start, host.end),
        });
      }
      // A speaker retelling an event already found («the meeting», «предстоящего визита»), or the
      // narrative pointing back to it («в церемонии открытия приняли участие…»).
      // Asked last, when an event it could retell is known: the look back is a costly regex.
      const retold = () => spoken || refersBack(doc.text, hit.start, lang);
      if (!mention && out.some((o) => !headlines.has(o) && keys.get(o) === hit.trigger.key && o.date === d.date) && retold()) continue;
      // "took part in the meeting held on April 14": a reference back with the day of an event already told.
      if (mention && d.date?.length === 10 && GATHERING_TYPES.has(hit.trigger.type) && out.some((o) => !headlines.has(o) && o.date === d.date && GATHERING_TYPES.has(o.type)) && retold()) continue;
      // «"Визит скорее политический"»: a gathering only spoken of in a quote, with no date of its own,
      // is an opinion, not a milestone (a signing a speaker tells — «мы подписали» — still is).
      if (spoken && d.date === null && d.status !== 'planned' && GATHERING_TYPES.has(hit.trigger.type)) continue;
      // «Встреча продолжалась три часа», "The talks took place in Bishkek", «Это первый визит …»:
      // the gathering already told, described again without a date, counterpart or new person.
      const who = participants(people, doc.text, c.start, c.end);
      if (GATHERING_TYPES.has(hit.trigger.type) && retells(hit, text, c, mention, d, out, headlines, once(() => knownPeople(out, people, doc)), who, lang)) continue;
      // Chairmanship of an organisation «в текущем году» is under way.
      if (hit.trigger.key === 'chairmanship' && d.date && d.date === date.date?.slice(0, 4)) d.status = 'ongoing';
      const type = hit.trigger.type;
      const ids = peopleInSentence(people, s);
      const where = placeIn(text, lang);
      const place = where?.name ?? null;
      const organisation = organisationIn(text, lowerDoc.of(c.start, c.end));
      const label = isAnniversary
        ? anniversaryLabel(anniversary)
        : ((type === 'agreement' && documentLabel(text, lang)) || { labelEn: hit.trigger.labelEn, labelRu: hit.trigger.labelRu });
      const draft: MilestoneDraft = {
        date: d.date,
        dateEvidence: d.dateEvidence,
        type,
        status: d.status,
        ...makeTitles({ type, labelEn: label.labelEn, labelRu: label.labelRu, people: who, place, organisation }),
        peopleIds: ids,
        place,
        bilateral: isBilateral(type, hit.trigger.key, text, lang, where?.country ?? null),
        derived: null,
        quote: span(doc, c.start, c.end),
      };
      // The headline and the lead often tell the same event: keep the lead's sentence.
      // Two clauses of one sentence with triggers of their own tell two events.
      const twin = out.find((o) => ((inherited || sentenceOf.get(o) !== s.index) && sameEvent(o, draft)) || (headlines.has(o) && headlineTwin(o, draft)));
      if (twin && !headlines.has(twin)) continue;
      if (twin) out.splice(out.indexOf(twin), 1, draft);
      else out.push(draft);
      if (stayVisit && date.date?.length === 10 && draft.date !== date.date) out.push(stayDraft(doc, draft, stayVisit, date, who, lang));
      if (twin && main?.draft === twin) main = null;
      if (isHeadline(doc, s)) headlines.add(draft);
      sentenceOf.set(draft, s.index);
      labels.set(draft, { labelEn: label.labelEn, labelRu: label.labelRu, organisation });
      keys.set(draft, hit.trigger.key);
      seen.add(type);
      // An event told only as background (", which opened in 2003") or in passing (an election, an
      // appointment «месяц назад») is no occasion to continue.
      if (!fg.background && !hit.trigger.dated) recent.push({ draft, sentence: s.index });
      if (!fg.background && !spoken && d.status !== 'planned') {
        if (!main) main = { draft, sentence: s };
        // The occasion is set by the first event of the body: a headline only names it.
        if (!leadSeen && !headlines.has(draft)) {
          leadSeen = true;
          lead = leadDate(draft, mention, date);
        }
      }
      if (isAnniversary && impliesFounding(anniversary) && d.date) out.push(founding(draft, anniversary, d.date));
    }
  }
  if (!out.length) {
    const statement = findStatement(doc, lang, speech, dated, date, people);
    if (statement) {
      out.push(statement);
      main = { draft: statement, sentence: doc.sentences.find((s) => s.start <= statement.quote.start && statement.quote.end <= s.end)! };
    }
  }
  if (!main) return out;
  const i = out.indexOf(main.draft);
  out[i] = asMainEvent(main.draft, main.sentence, doc, date, people, speech, labels.get(main.draft) ?? null);
  return out;
}

/** A clause hanging on the one before it by place or time. */
/** «и» / "and" right before a clause: with a past verb first, the clause is a second predicate of the same subject. */
const AND_BEFORE = /(?:^|\s)(?:и|and)\s+$/iu;
const PAST_VERB_FIRST = {
  ru: /^\p{Ll}+(?:л|ла|ло|ли|лся|лась|лось|лись)(?![\p{L}])/u,
  en: /^\p{Ll}+ed(?![\p{L}])/u,
};
const WHERE_WHEN = {
  ru: /^(?:где|куда|когда|на котор\p{L}+|в ходе котор\p{L}+|в рамках котор\p{L}+)\s/iu,
  en: /^(?:where|when|at which|during which|on the sidelines of which)\s/iu,
};
/** Events that a planned trip told just before holds: talks and signings. */
const DURING_TRIP = new Set(['meeting', 'agreement']);
/** Planned occasions whose date such events take. */
const TRIP_TYPES = new Set(['visit', 'summit', 'forum']);
/** How many sentences after a planned trip its talks and signings may still be told without a date. */
const TRIP_REACH = 2;
/** «встретился также с», "also met with", "was also received by": one more meeting of a trip, with someone else. */
const ALSO_MET: Record<'ru' | 'en', RegExp> = {
  ru: /(?:встретил\p{L}*|провел\p{L}* (?:[\p{L}-]+ )?(?:встречу|переговоры|беседу)|побеседовал\p{L}*)\s+(?:также|тоже)\s+с(?:о)?\s|(?:также|тоже)\s+(?:встретил\p{L}*|провел\p{L}* (?:[\p{L}-]+ )?(?:встречу|переговоры|беседу))\s+с(?:о)?\s|(?:был\p{L}*\s+)?(?:также|тоже)\s+(?:был\p{L}*\s+)?принят\p{L}*\s/iu,
  en: /\balso\s+(?:met|held\s+(?:talks|a\s+meeting)|had\s+(?:talks|a\s+meeting))\s+with\b|\balso\s+met\s+(?!with)|\b(?:was|were)\s+also\s+received\s+by\b/iu,
};

/**
 * The events a clause may continue, newest first: those within reach; when the clause's link
 * names a gathering ("Following the meeting", «по итогам переговоров»), gatherings first.
 */
function linkable(recent: { draft: MilestoneDraft; sentence: number }[], at: number, text: string, lang: Language): LinkCandidate[] {
  const within = recent.filter((r) => at - r.sentence <= LINK_REACH).reverse();
  const link = MARKERS.link[lang].all(text)[0];
  const gathering = link !== undefined && MARKERS.gatheringNoun[lang].test(link.text);
  if (!gathering) return within.slice(0, 1).map((r) => ({ date: r.draft.date, quote: r.draft.quote.text, status: r.draft.status }));
  return within.filter((r) => GATHERING_TYPES.has(r.draft.type)).map((r) => ({ date: r.draft.date, quote: r.draft.quote.text, status: r.draft.status, gathering: true }));
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

/** What an anniversary may count from: the clause's dates, then the sentence's earlier ones, nearest first. */
function countable(inClause: DateMention[], inSentence: DateMention[], clauseStart: number): DateMention[] {
  return [...inClause, ...inSentence.filter((m) => m.end <= clauseStart).reverse()];
}

/** The mention closest to the chosen trigger. */
function nearest(ms: DateMention[], hit: TriggerHit): DateMention | null {
  const dist = (m: DateMention) => Math.max(0, m.start - hit.end, hit.start - m.end);
  return ms.reduce<DateMention | null>((best, m) => (!best || dist(m) < dist(best) ? m : best), null);
}
