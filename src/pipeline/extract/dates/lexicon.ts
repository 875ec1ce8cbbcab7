/** Month names, cue words and number words for the dates extractor, compiled once at module load. */
import lexicon from '../../knowledge/date-lexicon.json';
import { escapeRegExp, rx } from '../regex';

const byLength = (a: string, b: string) => b.length - a.length;

const monthIndex = new Map<string, number>();
for (const table of [lexicon.monthsRu, lexicon.monthsEn, lexicon.monthAbbreviationsRu, lexicon.monthAbbreviationsEn]) {
  table.forEach((forms, i) => forms.forEach((f) => monthIndex.set(f, i + 1)));
}

/** Each form as written in lower case, capitalised and in capitals (so regexes need no `i` flag next to `\\p{Lu}`). */
const cased = (forms: string[]) => forms.flatMap((f) => [f, f[0]!.toUpperCase() + f.slice(1), f.toUpperCase()]).sort(byLength);
/** Alternation of Russian month words (whole words; abbreviations may take a period). */
export const MONTH_RU = `(?:(?:${cased(lexicon.monthsRu.flat()).map(escapeRegExp).join('|')})|(?:${cased(lexicon.monthAbbreviationsRu.flat()).map(escapeRegExp).join('|')})\\.?)(?![а-яёА-ЯЁ])`;
/** Alternation of English month words. */
export const MONTH_EN = `(?:(?:${cased(lexicon.monthsEn.flat()).map(escapeRegExp).join('|')})|(?:${cased(lexicon.monthAbbreviationsEn.flat()).map(escapeRegExp).join('|')})\\.?)(?![a-zA-Z])`;
/** Either language. */
export const MONTH_ANY = `(?:${MONTH_RU}|${MONTH_EN})`;

/**
 * The first three letters of every month word (regex sources): a word is a month word only where
 * one of them stands, so a sentence without any holds none.
 */
export const MONTH_PREFIXES = [...new Set([...monthIndex.keys()].map((f) => escapeRegExp(f.slice(0, 3))))];

const numberEntries = (table: Record<string, number | string>) =>
  new Map(Object.entries(table).filter((e): e is [string, number] => typeof e[1] === 'number'));
/** Count words → their number («два» → 2, "ten" → 10): the number entries of the lexicon's count tables. */
export const COUNT_RU = numberEntries(lexicon.countWordsRu);
export const COUNT_EN = numberEntries(lexicon.countWordsEn);
/** Alternation of count words, longest first (a regex source). */
export const countAlternation = (words: Iterable<string>) => [...words].sort(byLength).join('|');

/** Month number (1–12) of a month word, or null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase();
  return monthIndex.get(w.endsWith('.') ? w.slice(0, -1) : w) ?? null;
}

/**
 * A word list at a word's start: a word of the list at the start of the text or after a character
 * that is no letter. Written with a lookbehind, not as `(?:^|[^\\p{L}])word`, which finds the same
 * words about four times slower: V8 tries `(?:^|[^\\p{L}])` at every character that is no letter,
 * each a test of the large letter class, and the lookbehind only where a word of the list can start
 * (`wordStarts` in tense.ts gives the other form's match positions).
 */
const startsWord = (alternation: string) => rx(`(?<![\\p{L}])(?:${alternation})`, 'iu');
const words = (list: string[]) => list.map(escapeRegExp).join('|');
const stems = (list: string[]) => list.join('|');
const forTest = (ru: string, en: string) => ({ ru: startsWord(ru), en: startsWord(en) });

/** A line that reports an update, not the publication ("Modified 30 марта"). */
export const UPDATE_LINE = rx(`^\\s*(?:${lexicon.updateLine.map(escapeRegExp).join('|')})\\b`, 'iu');
/**
 * An update stamp told after the publication's on the same line («Опубликовано 14 марта. Обновлено 15 марта»,
 * "Published May 3 | Updated May 4"): a separator, then an update label.
 */
export const UPDATE_AFTER = rx(`[.,;|·•]\\s*(?:${lexicon.updateLine.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
/** A line that reports the publication ("Posted", «Опубликовано»). */
export const PUBLISH_LINE = rx(`^\\s*(?:${lexicon.publishLine.map(escapeRegExp).join('|')})`, 'iu');
/**
 * The label of a publication line with its colon («Дата публикации:», "Published", "Posted on"), as a pattern to open a
 * line (cased: no `i` flag needed).
 */
export const PUBLISH_LABEL = `(?:${cased(lexicon.publishLine).map(escapeRegExp).join('|')})\\s*:?\\s*(?:on\\s+)?`;
/**
 * The heading of a this-day-in-history column before its day-month («Этот день в истории: 10 июня», "THIS DAY IN
 * HISTORY: June 10"): the line is the page's day-month, as a publication line is (cased: no `i` flag needed).
 */
export const THIS_DAY_LABEL = `(?:${cased(lexicon.thisDayLine).map(escapeRegExp).join('|')})\\s*[:.—–-]?\\s*`;
/** A past-event verb: the sentence reports something that happened. */
export const PAST_EVENT = forTest(stems(lexicon.pastEventRu), words(lexicon.pastEventEn));
/** A verb of telling: it dates the telling, not what is told. */
export const TELLING = forTest(stems(lexicon.tellingRu), words(lexicon.tellingEn));
/** The noun of an event right after an English year that dates it ("a 2012 agreement", "the 2010 revolution"). */
export const YEAR_ATTRIBUTE_EN = rx(`^\\s+(?:${lexicon.yearAttributeNounsEn.join('|')})(?![\\p{L}])`, 'iu');
/** A verb of an act on a document before "the 2012 agreement" ("ratified", "extending"): the year names the document, the act is not of that year. */
export const YEAR_ATTRIBUTE_ACT_EN = rx(`(?<![\\p{L}])(?:${lexicon.yearAttributeActsEn.join('|')})\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}$`, 'iu');
/**
 * A future marker: the sentence announces something still to come. An English one joined to the next word by a hyphen
 * ("would-be migrants", "next-generation jets") makes an adjective, not a tense; "next to" is a place ("stood next to
 * Putin"), not "next week". A plan named in a comparison («вдвое дольше запланированного», "longer than planned") is
 * none: the sentence tells what happened against it.
 */
export const FUTURE = {
  ru: startsWord(stems(lexicon.futureRu)),
  en: rx(`(?<![\\p{L}])(?:${words(lexicon.futureEn)})(?!-)(?<!(?<![\\p{L}])next(?=\\s+to(?![\\p{L}])))(?<!than\\s+(?:planned|scheduled))`, 'iu'),
};
/**
 * «фонд должен начать работу», "is due to open": a duty or a timetable (`dutyRu`, `dutyEn`), which speaks of a plan
 * without a future tense of its own (not «должен был», a past duty).
 */
export const DUTY = {
  ru: rx(`(?<![\\p{L}])(?:${lexicon.dutyRu.join('|')})(?![\\p{L}])(?!\\s+был)`, 'iu'),
  en: rx(`(?<![\\p{L}])(?:${lexicon.dutyEn.join('|')})(?![\\p{L}])`, 'iu'),
};

const ruNumbers = Object.entries(lexicon.numberWordsRu).sort((a, b) => byLength(a[0], b[0]));
const enNumbers = Object.entries(lexicon.numberWordsEn).sort((a, b) => byLength(a[0], b[0]));
/** Alternation of Russian number words that open an «-летие» compound. */
export const NUMBER_WORD_RU = ruNumbers.map(([w]) => escapeRegExp(w)).join('|');
/** Alternation of English ordinal words ("seventieth"). */
export const NUMBER_WORD_EN = enNumbers.map(([w]) => escapeRegExp(w)).join('|');

const ruOrdinals = Object.entries(lexicon.ordinalStemsRu.stems)
  .sort((a, b) => byLength(a[0], b[0]))
  .map(([stem, n]) => ({ n, re: rx(`^${stem}`, 'iu') }));
/** Russian ordinal adjectives («четвертой», «десятую»): a lexicon stem and a case ending. */
export const ORDINAL_WORD_RU = `(?:${Object.keys(lexicon.ordinalStemsRu.stems).sort(byLength).join('|')})\\p{L}{1,3}`;

/** The value of a Russian ordinal adjective, or null. */
export function ordinalValueRu(word: string): number | null {
  return ruOrdinals.find((o) => o.re.test(word))?.n ?? null;
}

/** The value of a number written in digits or as a lexicon number word. */
export function numberValue(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  const t = token.toLowerCase();
  for (const [w, n] of [...ruNumbers, ...enNumbers]) if (t === w) return n;
  return null;
}

const weekdays = new Set(lexicon.weekdays);
/** True for a weekday name («Четверг», "Thu"): a byline, not a dateline place. */
export function isWeekday(word: string): boolean {
  return weekdays.has(word.toLowerCase().replace(/\.$/, ''));
}

/** The weekday (0 = Monday … 6 = Sunday) of a weekday name or abbreviation; the lexicon lists each set Monday first. */
export function weekdayNumber(word: string): number | null {
  const i = lexicon.weekdays.indexOf(word.toLowerCase().replace(/\.$/, ''));
  return i < 0 ? null : i % 7;
}
/** Alternation of weekday names and abbreviations as written in lower case, capitalised and in capitals. */
export const WEEKDAY_ANY = `(?:${cased(lexicon.weekdays).map(escapeRegExp).join('|')})(?![\\p{L}])`;

const dayTens = lexicon.dayOrdinalsRu.tens as Record<string, number>;
const dayUnits = lexicon.dayOrdinalsRu.units as Record<string, number>;
const alt = (words: string[]) => words.sort(byLength).map(escapeRegExp).join('|');
/**
 * A day of the month written as an ordinal word before a month («первого сентября», «двадцать пятого мая»):
 * group 1 the tens word, if any; group 2 the unit word. Capitalised at a sentence's start as well.
 */
export const DAY_WORD_RU = `(?<![\\p{L}])(?:(${alt(Object.keys(dayTens))})\\s+)?(${alt(Object.keys(dayUnits))})`;
/** The day a tens word and a unit word name («двадцать» + «пятого» → 25), or null past 31. */
export function dayWordValue(tens: string | undefined, unit: string): number | null {
  const t = tens ? (dayTens[tens.toLowerCase()] ?? null) : 0;
  const u = dayUnits[unit.toLowerCase()] ?? null;
  if (t === null || u === null || (t && u >= 10)) return null;
  const d = t + u;
  return d >= 1 && d <= 31 ? d : null;
}
