/**
 * A step still to come told without an event word of the lexicon: "the first aircraft are
 * expected to land at Manas before the end of the year", «ещё три школы будут сданы в 2026
 * году», «весной будущего года намечены учения». A sentence that tells no other event, with a
 * plan verb (`MARKERS.scheduled`) in the narrative and a date after the article's, is a planned
 * milestone of its own, dated as its clause is. So is a sentence whose event words told nothing
 * ("the Tajik president is due in Moscow in April for talks": a third party's trip).
 */
import type { Language } from '../../../schema/dataset';
import type { ArticleDate, ArticleDoc, DateMention, MilestoneDraft, PersonDraft, Sentence } from '../../types';
import { dateClause, isAfter } from './dating';
import { isBilateral, makeTitles, peopleInSentence } from './describe';
import { placeIn } from './knowledge';
import { MARKERS } from './lexicon';
import type { Ranges } from './speech';

/** The planned step sentence `s` (with no trigger of its own) tells, or null. */
export function datedPlan(
  doc: ArticleDoc,
  s: Sentence,
  lang: Language,
  speech: Ranges,
  mentions: readonly DateMention[],
  date: ArticleDate,
  people: PersonDraft[],
  lower?: string,
): MilestoneDraft | null {
  const a = date.date;
  if (!a) return null;
  // A date still to come, the cheapest question first: most sentences have none.
  const mention = mentions.find((m) => m.start >= s.start && m.end <= s.end && (isAfter(m.date, a) || (m.date.length < a.length && a.startsWith(m.date))));
  if (!mention) return null;
  // «в ближайшие месяцы», "in the coming weeks": a horizon, not a date; without an event word it tells nothing to place.
  if (MARKERS.horizon[lang].test(mention.text)) return null;
  // A quote in the sentence («…», — said X; "…," said a nurse who plans to leave): its words are colour, not news.
  if (speech.some(([x, y]) => x < s.end && s.start < y)) return null;
  const verb = MARKERS.scheduled[lang].all(s.text, lower)[0];
  if (!verb) return null;
  // "trade is expected to exceed $3 billion", «рост товарооборота до 4 млрд»: a figure, read by the figure rules.
  if (MARKERS.amount[lang].test(s.text, lower)) return null;
  // "Lavrov will then fly on to Dushanbe": a step in a third country.
  const where = placeIn(s.text, lang);
  if (where?.country && where.country !== 'KG' && where.country !== 'RU') return null;
  const d = dateClause({ lang, text: s.text, mention, anniversaryDate: null, speech: false, article: date, previous: () => [] });
  if (d.status !== 'planned') return null;
  return {
    date: d.date,
    dateEvidence: d.dateEvidence,
    type: 'other',
    status: 'planned',
    ...makeTitles({ type: 'other', labelEn: 'planned step', labelRu: 'Планируемый шаг', people: [], place: where?.name ?? null, organisation: null }),
    peopleIds: peopleInSentence(people, s),
    place: where?.name ?? null,
    bilateral: isBilateral('other', 'plan', s.text, lang, where?.country ?? null),
    derived: null,
    quote: { start: s.start, end: s.end, text: s.text },
  };
}
