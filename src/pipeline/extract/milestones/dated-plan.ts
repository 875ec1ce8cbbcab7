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
import { isBilateral, makeTitles, NOBODY, peopleInSentence } from './describe';
import { placeIn } from './knowledge';
import { MARKERS } from './lexicon';
import type { Ranges } from './speech';
import { rx } from '../regex';
import { cancelledOn } from './cancelled';

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
  const due = (m: DateMention) => isAfter(m.date, a) || (m.date.length < a.length && a.startsWith(m.date));
  if (!mentions.some((m) => m.start >= s.start && m.end <= s.end && due(m))) return null;
  const verb = MARKERS.scheduled[lang].all(s.text, lower)[0];
  if (!verb) return null;
  // A plan verb inside a phrase that tells no event («Форум продолжит работу завтра: запланированы секции …», the
  // programme of a gathering going on): no plan of its own either.
  if (MARKERS.exclude[lang].all(s.text, lower).some((x) => x.start <= verb.start && verb.end <= x.end)) return null;
  // A quote in the sentence («…», — said X; "…," said a nurse who plans to leave): its words are colour, not news —
  // unless the plan is the speaker's side's own, in the first person («Мы рассчитываем завершить … к концу года»).
  if (speech.some(([x, y]) => x < s.end && s.start < y) && !ownPlanInQuote(s, verb.start, speech, lang)) return null;
  // The clause of the plan verb: «…направит 3,5 млрд рублей, а схема будет утверждена до конца года».
  const c = clauseAround(s.text, verb.start);
  const from = s.start + c.start;
  const to = s.start + c.end;
  const mention = mentions.find((m) => m.start >= from && m.end <= to && due(m));
  if (!mention) return null;
  // «в ближайшие месяцы», "in the coming weeks": a horizon, not a date; without an event word it tells nothing to place.
  if (MARKERS.horizon[lang].test(mention.text)) return null;
  const text = s.text.slice(c.start, c.end);
  // "trade is expected to exceed $3 billion", «рост товарооборота до 4 млрд»: a figure, read by the figure rules
  // (not a sum told in an aside: "the centre, which brings in $60 million a year, should close in 2014").
  if (MARKERS.amount[lang].test(text.replace(ASIDE, ''))) return null;
  // "Lavrov will then fly on to Dushanbe": a step in a third country.
  const where = placeIn(text, lang);
  if (where?.country && where.country !== 'KG' && where.country !== 'RU') return null;
  // "on Sunday cancelled the drills, which were due to run through October 14": the step told is the cancelling, on its day.
  const cancelled = cancelledOn(doc.text, lower ? lower.slice(c.start, c.end) : text.toLowerCase(), from, to, mentions, lang);
  const d = cancelled && !isAfter(cancelled.date, a) ? null : dateClause({ lang, text, mention, anniversaryDate: null, speech: false, article: date, previous: () => [] });
  if (d && d.status !== 'planned') return null;
  const place = where?.name ?? null;
  const titles = makeTitles({ type: 'other', labelEn: d ? 'planned step' : 'cancelled', labelRu: d ? 'Планируемый шаг' : 'Отмена', people: NOBODY, place, organisation: null });
  return {
    date: d ? d.date : cancelled!.date,
    dateEvidence: d ? d.dateEvidence : `Called off «${cancelled!.text}»`,
    type: 'other',
    status: d ? 'planned' : 'past',
    titleEn: titles.titleEn,
    titleRu: titles.titleRu,
    peopleIds: peopleInSentence(people, s),
    place,
    bilateral: isBilateral('other', 'plan', text, lang, where?.country ?? null),
    derived: null,
    quote: { start: from, end: to, text },
    documentAct: false,
  };
}

/** «мы», «я», "we", "I" a word or two before a plan verb: the speaker's side tells its own plan. */
const FIRST_PERSON_BEFORE: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])(?:мы|я)\s+(?:[\p{L}-]+\s+){0,2}$/iu),
  en: rx(/(?:^|[^\p{L}])(?:we|I)\s+(?:[\p{L}-]+\s+){0,2}$/u),
};

/** True when the plan verb at `at` (offset in `s.text`) stands in a quote, in the first person. */
function ownPlanInQuote(s: Sentence, at: number, speech: Ranges, lang: Language): boolean {
  const abs = s.start + at;
  const quote = speech.find(([x, y]) => x <= abs && abs < y);
  if (!quote) return false;
  return FIRST_PERSON_BEFORE[lang].test(s.text.slice(Math.max(0, quote[0] - s.start, at - 30), at));
}

/** Where one clause of a sentence ends and another begins: a semicolon, or a comma before «а» / «но» / "but" / "while". */
const CLAUSE_BREAK = /;|,\s+(?:а|но|but|while|whereas)\s/giu;
/** An aside set off by commas that describes something named before it (", which brings in $60 million a year,"). */
const ASIDE = rx(/,\s*(?:which|who|котор\p{L}*)[^,;]*,/giu);

/** The `[start, end)` of the clause of `text` that holds offset `at`. */
function clauseAround(text: string, at: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (const b of text.matchAll(CLAUSE_BREAK)) {
    const after = b.index + b[0].length;
    if (after <= at) start = after;
    else if (b.index >= at) {
      end = b.index;
      break;
    }
  }
  return { start, end };
}
