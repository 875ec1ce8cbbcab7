/**
 * A page that prints an official document (a treaty's text, a law on ratification with its explanatory note, a
 * government resolution), told by a date of its own as a document (`findDocumentDateLine`) that is the article's
 * date. The act itself is a milestone of that date, quoted from its date line («от 22 февраля 2017 года № 110»,
 * «Совершено в г. Москве 10 июня 1992 года»). The clauses that bind the parties, the document's clauses about
 * itself, the entry into force it still awaits, what its note expects of it and the note's heading are no events;
 * the operative clause «Ратифицировать Соглашение …, подписанное … 20 сентября 2012 года» tells the signing of the
 * agreement ratified, of its own date. Phrasings: knowledge/document-lexicon.json.
 */
import type { Language, MilestoneType } from '../../../schema/dataset';
import type { ArticleDate, ArticleDoc, MilestoneDraft, PersonDraft } from '../../types';
import raw from '../../knowledge/document-lexicon.json';
import type { DocumentDateLine } from '../dates/document-date';
import { parseFullDate } from '../dates/dateline';
import { allLines } from '../dates/lines';
import { makeTitles, peopleWithin } from './describe';
import { sentenceAt } from '../sentence-at';
import { rx } from '../regex';

type Lists = Record<Language, string[]>;
/** A list of the lexicon anchored at a sentence's start, after an article's number («2.», «Статья 1.»). */
const opening = (l: Lists): Record<Language, RegExp> => ({
  ru: rx(String.raw`^\s*(?:(?:Статья\s+)?\d+\.\s*)?(?:${l.ru.join('|')})`, 'iu'),
  en: rx(String.raw`^\s*(?:(?:Article\s+)?\d+\.\s*)?(?:${l.en.join('|')})`, 'iu'),
});
const anywhere = (l: Lists): Record<Language, RegExp> => ({ ru: rx(`(?:${l.ru.join('|')})`, 'iu'), en: rx(`(?:${l.en.join('|')})`, 'iu') });

const NO_EVENT = [opening(raw.provision), opening(raw.ownClause), opening(raw.consequence), opening(raw.noteHeading), opening(raw.actTitle)];
const PENDING = opening(raw.pending);
const OPERATIVE = opening(raw.operative);
const SIGNED = anywhere(raw.signedParticiple);
const RATIFICATION = anywhere(raw.ratification);
const TITLE = opening(raw.actTitle);
const SIGNED_VERB = anywhere(raw.signedVerb);
const DOCUMENT_NOUN = anywhere(raw.ratifiedNoun);
const OCCASION = anywhere(raw.occasion);
const IN_FORCE_ON_PUBLICATION = opening(raw.inForceOnPublication);
/** The portal's publication date line («Дата опубликования: 02.04.2013»): its label, then the date in figures. */
const PUBLISHED_ON: Record<Language, RegExp> = {
  ru: rx(String.raw`(?:^|\n)\s*(?:${raw.publishedOn.ru.join('|')})(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)`, 'u'),
  en: rx(String.raw`(?:^|\n)\s*(?:${raw.publishedOn.en.join('|')})(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)`, 'u'),
};

/** A page names both countries near its top: the document is theirs. */
const RUSSIA = /Росси|Russia/iu;
const KYRGYZSTAN = /Кыргыз|Киргиз|Kyrgyz/iu;
const TOP = 1500;
/** How many lines around the date line may hold its signatories. */
const SIGNATORY_LINES = 4;

/** True when the milestone is quoted from a clause that tells no event of a document page. */
function isBoilerplate(doc: ArticleDoc, m: MilestoneDraft): boolean {
  const s = sentenceAt(doc.sentences, m.quote.start);
  if (!s) return false;
  const lang = doc.language;
  if (NO_EVENT.some((re) => re[lang].test(s.text))) return true;
  return m.date === null && PENDING[lang].test(s.text);
}

/**
 * The law's clause that it takes effect on the day of its publication («Настоящий Федеральный закон вступает в силу со
 * дня его официального опубликования»), where the portal prints the publication date (`PUBLISHED_ON`) and that is the
 * article's date `day`: the entry into force of that day, quoted from the clause; else null.
 */
function inForceOnPublication(doc: ArticleDoc, day: string): MilestoneDraft | null {
  const lang = doc.language;
  // The label's cue word first: most document pages print no publication date.
  if (!doc.text.includes(lang === 'ru' ? 'опубликования:' : 'publication:')) return null;
  const p = PUBLISHED_ON[lang].exec(doc.text.slice(0, TOP));
  if (!p || `${p[3]}-${p[2]!.padStart(2, '0')}-${p[1]!.padStart(2, '0')}` !== day) return null;
  for (const s of doc.sentences) {
    const m = IN_FORCE_ON_PUBLICATION[lang].exec(s.text);
    if (!m) continue;
    const start = s.start + m.index + m[0].length - m[0].trimStart().length;
    const end = s.start + m.index + m[0].length;
    const type: MilestoneType = RATIFICATION[lang].test(actTitle(doc)) ? 'agreement' : 'other';
    const titles = makeTitles({ type, labelEn: 'law enters into force', labelRu: 'Вступление закона в силу', people: [], place: null, organisation: null });
    return {
      date: day,
      dateEvidence: `The law takes effect on its publication, printed on the page («${p[0].trim()}»)`,
      type,
      status: 'past',
      titleEn: titles.titleEn,
      titleRu: titles.titleRu,
      peopleIds: [],
      place: null,
      bilateral: true,
      derived: null,
      quote: { start, end, text: doc.text.slice(start, end) },
      documentAct: false,
    };
  }
  return null;
}

/** The signing date an operative clause «Ратифицировать …, подписанное … 20 сентября 2012 года» gives, or null. */
function ratifiedSigning(doc: ArticleDoc, m: MilestoneDraft): string | null {
  const s = sentenceAt(doc.sentences, m.quote.start);
  const lang = doc.language;
  if (!s || !OPERATIVE[lang].test(s.text)) return null;
  const signed = SIGNED[lang].exec(s.text);
  return signed ? parseFullDate(s.text.slice(signed.index)) : null;
}

/** A signing of the document told without a date of its own («Соглашение подписано в ходе визита», «Соглашение подписал …»). */
function retellsSigning(doc: ArticleDoc, m: MilestoneDraft): boolean {
  const s = sentenceAt(doc.sentences, m.quote.start);
  const lang = doc.language;
  return s !== null && SIGNED_VERB[lang].test(s.text) && DOCUMENT_NOUN[lang].test(s.text) && !/\d{4}/.test(s.text);
}

/** The act's title among the first lines («О ратификации Соглашения …»), or the empty string. */
function actTitle(doc: ArticleDoc): string {
  for (const line of allLines(doc).slice(0, 15)) if (TITLE[doc.language].test(line.text)) return line.text;
  return '';
}

/** The milestone of the act itself, quoted from its date line. */
function ownMilestone(doc: ArticleDoc, own: DocumentDateLine, iso: string, people: PersonDraft[]): MilestoneDraft {
  const lang = doc.language;
  const ratification = !own.treaty && RATIFICATION[lang].test(actTitle(doc));
  const type: MilestoneType = own.treaty || ratification ? 'agreement' : 'other';
  const [labelEn, labelRu] = own.treaty
    ? ['documents signed', 'Подписание документов']
    : ratification
      ? ['ratification law signed', 'Подписание закона о ратификации']
      : ['official act adopted', 'Принятие официального акта'];
  const lines = allLines(doc);
  const at = lines.findIndex((l) => l.start + l.text.length >= own.clause.start);
  const from = lines[Math.max(0, at - SIGNATORY_LINES)]!.start;
  const last = lines[Math.min(lines.length - 1, at + SIGNATORY_LINES)]!;
  const ids = peopleWithin(people, from, last.start + last.text.length);
  const who = people.filter((p) => ids.includes(p.id));
  const titles = makeTitles({ type, labelEn, labelRu, people: who, place: null, organisation: null });
  return {
    date: iso,
    dateEvidence: `The document's own date («${own.clause.text}»)`,
    type,
    status: 'past',
    titleEn: titles.titleEn,
    titleRu: titles.titleRu,
    peopleIds: ids,
    place: null,
    bilateral: true,
    derived: null,
    quote: own.clause,
    documentAct: true,
  };
}

/**
 * On a page printing an official document of the article's date (see the module's note): drops the clauses that tell
 * no event, dates the operative clause of a ratification by the signing it names, and adds the act itself when no
 * milestone quotes its date line. `own`: the page's own document date line (`PageStructure.documentDateLine`). `out`
 * is changed in place.
 */
export function readDocumentPage(doc: ArticleDoc, date: ArticleDate, people: PersonDraft[], own: DocumentDateLine | null, out: MilestoneDraft[]): void {
  if (!date.date || !own) return;
  const d = own.date;
  const iso = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  if (iso !== date.date) return;
  const kept = out.filter((m) => !isBoilerplate(doc, m));
  let ratified: { date: string; at: number; draft: MilestoneDraft } | null = null;
  const retold = new Set<MilestoneDraft>();
  for (const m of kept) {
    const signed = ratifiedSigning(doc, m);
    if (!signed) continue;
    m.date = signed;
    m.status = 'past';
    m.dateEvidence = `The signing of the document ratified, told in the operative clause («${signed}»)`;
    ratified ??= { date: signed, at: m.quote.start, draft: m };
  }
  // «Со стороны Кабинета Министров Соглашение подписал …» in the note below: that signing told again, not of the act's
  // day. Told with nothing of its own but its signatory, it is the operative clause's milestone: its people join that one.
  if (ratified) {
    const first = ratified;
    for (const m of kept) {
      if (m.quote.start <= first.at || m.date !== date.date || !retellsSigning(doc, m)) continue;
      m.date = first.date;
      m.dateEvidence = `The signing of the document ratified, told again below the operative clause («${first.date}»)`;
      if (OCCASION[doc.language].test(sentenceAt(doc.sentences, m.quote.start)!.text)) continue;
      for (const id of m.peopleIds) if (!first.draft.peopleIds.includes(id)) first.draft.peopleIds.push(id);
      retold.add(m);
    }
  }
  if (retold.size) kept.splice(0, kept.length, ...kept.filter((m) => !retold.has(m)));
  const top = doc.text.slice(0, TOP);
  const told = kept.some((m) => m.quote.start < own.clause.end && own.clause.start < m.quote.end);
  if (!told && RUSSIA.test(top) && KYRGYZSTAN.test(top)) {
    const mine = ownMilestone(doc, own, iso, people);
    const i = kept.findIndex((m) => m.quote.start > mine.quote.start);
    kept.splice(i < 0 ? kept.length : i, 0, mine);
  }
  const inForce = inForceOnPublication(doc, date.date);
  if (inForce && !kept.some((m) => m.quote.start < inForce.quote.end && inForce.quote.start < m.quote.end)) {
    const i = kept.findIndex((m) => m.quote.start > inForce.quote.start);
    kept.splice(i < 0 ? kept.length : i, 0, inForce);
  }
  out.splice(0, out.length, ...kept);
}
