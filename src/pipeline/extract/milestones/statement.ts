/**
 * The fallback milestone of an article that reports no event: the first key statement of an
 * official told in the reporter's narrative («…, заявил премьер», "…, Putin said").
 */
import type { Language } from '../../../schema/dataset';
import type { ArticleDate, ArticleDoc, DateMention, MilestoneDraft, PersonDraft } from '../../types';
import { dateClause } from './dating';
import { makeTitles, peopleInSentence } from './describe';
import { MARKERS } from './lexicon';
import { inSpeech, type Ranges } from './speech';

/** An attribution shorter than this many words («сказал Олег Пахомов») is not a statement by itself. */
const BARE_WORDS = 6;

/** At most one statement per article, and only from a sentence that names a person. */
export function findStatement(
  doc: ArticleDoc,
  lang: Language,
  speech: Ranges,
  mentions: DateMention[],
  date: ArticleDate,
  people: PersonDraft[],
): MilestoneDraft | null {
  for (const s of doc.sentences) {
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
    const d = dateClause({ lang, text, mention, anniversaryDate: null, speech: false, article: date, previous: [] });
    const who = people.filter((p) => ids.includes(p.id));
    return {
      date: d.date,
      dateEvidence: d.dateEvidence,
      type: 'statement',
      status: 'past',
      ...makeTitles({ type: 'statement', labelEn: 'statement', labelRu: 'Заявление', people: who, place: null, organisation: null }),
      peopleIds: ids,
      place: null,
      bilateral: true,
      derived: null,
      quote: { start, end: s.end, text },
    };
  }
  return null;
}
