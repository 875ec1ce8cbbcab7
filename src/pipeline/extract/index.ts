/** The per-article pass list: each extractor gets the document and what earlier passes found. */
import type { ArticleDoc, ArticleExtraction, MilestoneDraft } from '../types';
import { extractDatedArticle, findDateMentions } from './dates';
import { dateKnowledge } from './dates/kb';
import { extractFigures } from './figures';
import { extractMilestones } from './milestones';
import { extractPeople } from './people';
import { nameAsOfDate } from './people/dated-names';
import { extractTitle } from './title';
import { wireDay } from './milestones/wire-day';
import { MARKERS } from './milestones/lexicon';
import { pageStructure, type PageStructure } from './page';
import { withoutItemTitleRepeats } from './item-headings';
import { withoutAnsweredMeetings } from './milestones/answered-meeting';
import { backToRaw, readableView } from '../readable';

export { headlineSpans } from './headline';

/**
 * Extracts everything from one article. People come first because their terms of office are
 * evidence for the year; figures and milestones resolve relative periods against the article date.
 */
export function extractArticle(doc: ArticleDoc): ArticleExtraction {
  // Messy text (a scanned page, a caseless post, Russian in Latin letters) is read from its repaired view.
  const view = readableView(doc);
  if (view) return backToRaw({ ...extractFrom(view.doc), title: extractTitle(doc) }, view, doc);
  return extractFrom(doc);
}

function extractFrom(doc: ArticleDoc): ArticleExtraction {
  const title = extractTitle(doc);
  const people = extractPeople(doc);
  // The headline block, the links to related articles and a document's own date line, read once for every extractor.
  const page = pageStructure(doc);
  const { date, wireDateline } = extractDatedArticle(doc, people, dateKnowledge, page.documentDateLine);
  nameAsOfDate(people, date.date);
  const mentions = findDateMentions(doc, date.date);
  const figures = extractFigures(doc, date, page, people);
  // Wire copy printed under an earlier dateline tells its days from the dateline's (rare: asked once).
  const wire = wireDay(date, wireDateline);
  const dayMentions = wire ? findDateMentions(doc, wire.date) : mentions;
  const read = withoutHeadlineRepeats(doc, page, extractMilestones(doc, wire ?? date, people, dayMentions, page));
  // A brief's items each under a title of their own: the title restates its paragraph.
  const items = withoutItemTitleRepeats(doc, page.headlines.length ? page.headlines[page.headlines.length - 1]!.end : 0, read);
  // An interview's question naming a meeting and the answer telling it again: one meeting.
  const milestones = withoutAnsweredMeetings(doc, dayMentions, items);
  return { doc, title, date, people, figures, milestones };
}

/**
 * A headline restates the article's main event, which the body tells again with its date and
 * participants: a milestone read from a headline line is dropped when the body gives any milestone,
 * except a headline telling the arrival itself («Путин прибыл с государственным визитом в Киргизию»,
 * a post's first line) when the body tells no visit of that month (it goes on with the welcome and the talks), and a
 * readout's title naming the talks («Переговоры с Президентом Киргизии …») when the body tells no meeting of that day.
 */
export function withoutHeadlineRepeats(doc: ArticleDoc, page: PageStructure, milestones: MilestoneDraft[]): MilestoneDraft[] {
  const heads = page.headlines;
  if (!heads.length) return milestones;
  const inHead = (m: MilestoneDraft) => !m.documentAct && heads.some((h) => m.quote.start >= h.start && m.quote.end <= h.end);
  const body = milestones.filter((m) => !inHead(m));
  if (!body.length) return milestones;
  const arrival = (m: MilestoneDraft) => m.type === 'visit' && m.status !== 'planned' && MARKERS.arrivalOnVisit[doc.language].test(m.quote.text);
  // «Переговоры с Президентом Киргизии …» over a body that tells only what the talks gave («По итогам переговоров … подписали»).
  const talksTitle = (m: MilestoneDraft) =>
    m.type === 'meeting' &&
    m.status !== 'planned' &&
    ((MARKERS.talksTitle[doc.language].atStart(m.quote.text) && !body.some((b) => b.type === 'meeting' && b.date === m.date)) ||
      // 'Oleg Sidorov meets with Prime Minister of …': an official readout's title over a body of remarks and outcomes.
      (MARKERS.readoutCounterpart[doc.language].test(m.quote.text) && !body.some((b) => b.type === 'meeting' && b.status !== 'planned')));
  // A visit the body recalls from another month («в последний раз … посещал Бишкек в октябре 2017 года») is another trip.
  const sameTrip = (b: MilestoneDraft, m: MilestoneDraft) => b.type === 'visit' && (!b.date || !m.date || b.date.slice(0, 7) === m.date.slice(0, 7));
  return milestones.filter((m) => !inHead(m) || (arrival(m) && !body.some((b) => sameTrip(b, m))) || talksTitle(m));
}
