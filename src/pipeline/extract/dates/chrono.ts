/**
 * chrono-node as the date mentions use it: its casual English and Russian parsers, unchanged, but
 * with the time-unit parsers ("3 days ago", "two weeks later", «2 года назад», «в течение недели»)
 * run only on a text that holds their cue.
 *
 * Why: the bundler compiles regexes straight to machine code (scripts/pipeline.mjs), and chrono's
 * English "… ago" and "… later" patterns, each a unit phrase repeated up to eleven times, take
 * ≈55 ms of CPU each to compile at first use, while the sentences chrono reads (numeric dates) rarely
 * hold such a phrase. Each cue is a necessary condition of its parser's pattern: where the cue is
 * absent the pattern cannot match, the parser yields nothing, and chrono's results (and what its
 * refiners make of them) are the same as with the parser run.
 */
// The two locales only: the package root loads every locale (≈270 modules, most of the start-up).
import * as chronoEn from 'chrono-node/en';
import * as chronoRu from 'chrono-node/ru';
import type { Language } from '../../../schema/dataset';
import { rx } from '../regex';

/**
 * chrono's English time units and the words its number pattern can end with (chrono-node 2.10,
 * src/locales/en/constants.ts: TIME_UNIT_DICTIONARY, NUMBER_PATTERN — "half an", "a few", "couple of"
 * end with a listed word). Its time-unit patterns end in such a number, a unit and the cue word.
 */
const EN_NUMBER_END = [
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  ...['[0-9]', 'half', 'an?', 'few', 'several', 'the', 'couple', 'of'],
].join('|');
const EN_UNIT = [
  ...['s', 'sec', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours'],
  ...['d', 'day', 'days', 'w', 'week', 'weeks', 'mo', 'mon', 'mos', 'month', 'months'],
  ...['qtr', 'quarter', 'quarters', 'y', 'yr', 'year', 'years'],
].join('|');
/** A number and a unit right before one of `words`: the end of a match of a chrono time-unit pattern (spaces counted loosely). */
const enUnitBefore = (words: string) => new RegExp(`(?:${EN_NUMBER_END})\\s*(?:${EN_UNIT})\\s*(?:${words})(?=\\W|$)`, 'i');

/** Cue of each gated parser, by class name; parsers not listed always run. */
const CUES: Record<Language, Record<string, RegExp>> = {
  en: {
    ENTimeUnitAgoFormatParser: enUnitBefore('ago|before|earlier'),
    ENTimeUnitLaterFormatParser: enUnitBefore('later|after|from now|henceforth|forward|out'),
  },
  ru: {
    RUTimeUnitAgoFormatParser: /назад/iu,
    // Without `forwardDate` the pattern starts with «в течение» / «в течении».
    RUTimeUnitWithinFormatParser: /в течени/iu,
  },
};

/** chrono's English number (NUMBER_PATTERN of chrono-node 2.10, src/locales/en/constants.ts), whole. */
const EN_NUMBER = [
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  ...['[0-9]+', '[0-9]+\\.[0-9]+', 'half(?:\\s{0,2}an?)?', 'an?\\b(?:\\s{0,2}few)?', 'few', 'several', 'the', 'a?\\s{0,2}couple\\s{0,2}(?:of)?'],
].join('|');
/**
 * What may follow the first unit of chrono's English time-unit phrase: a word's end (where the phrase ends), or its
 * connector (`\s{0,5},?(?:\s*and)?\s{0,5}`, possibly empty) and the next number — so a character that is no Latin
 * letter, "and", or the first letters of a number.
 */
const EN_AFTER_UNIT = '(?![a-z])|(?=and|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?\\b|few|several|the|a?couple)';
/**
 * The opening of chrono's English "within" and casual relative time-unit phrases ("within 2 weeks", "for about a
 * month", "next 3 days", "+2 hours"): one of their opening words, an optional "about" and the like, a number and a
 * unit (chrono-node 2.10: ENTimeUnitWithinFormatParser, ENTimeUnitCasualRelativeFormatParser; TIME_UNITS_PATTERN).
 * One cue for both parsers, each of whose patterns opens so. Why: the former cue, a number and a unit at a word's end,
 * held in every English sentence with "and" ("an" and "d"), and the two patterns (≈860 characters each under `i`)
 * were compiled for 43 of the bench's English sentences, none of which they matched.
 */
const EN_UNIT_PHRASE = new RegExp(
  `(?:within|in|for|this|last|past|next|after|\\+|-)\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?` +
    `(?:(?:about|around)\\s{0,3})?(?:${EN_NUMBER})\\s{0,3}(?:${EN_UNIT})(?:${EN_AFTER_UNIT})`,
  'i',
);
/**
 * chrono's Russian time units (chrono-node 2.10, src/locales/ru/constants.ts: TIME_UNIT_DICTIONARY); its number
 * pattern may be empty, so a unit at a word's end is what every time-unit phrase ends with.
 */
const RU_UNITS = [
  ...['сек', 'секунда', 'секунд', 'секунды', 'секунду', 'секундочка', 'секундочки', 'секундочек', 'секундочку'],
  ...['мин', 'минута', 'минут', 'минуты', 'минуту', 'минуток', 'минутки', 'минутку', 'минуточек', 'минуточки', 'минуточку'],
  ...['час', 'часов', 'часа', 'часу', 'часиков', 'часика', 'часике', 'часик', 'день', 'дня', 'дней', 'суток', 'сутки'],
  ...['неделя', 'неделе', 'недели', 'неделю', 'недель', 'недельке', 'недельки', 'неделек', 'месяц', 'месяце', 'месяцев', 'месяца'],
  ...['квартал', 'квартале', 'кварталов', 'год', 'года', 'году', 'годов', 'лет', 'годик', 'годика', 'годиков'],
];
const RU_UNIT_END = rx(`(?:${RU_UNITS.join('|')})(?=[^\\p{L}\\p{N}_]|$)`, 'iu');
/** The words RUTimeUnitCasualRelativeFormatParser's phrase opens with («через 2 дня», «последние 3 года», «-2 дня»). */
const RU_RELATIVE_OPENER = /эти|последние|прошлые|следующие|после|спустя|через|\+|-/iu;

/**
 * The first three letters of every month name and abbreviation chrono knows (MONTH_DICTIONARY of
 * chrono-node 2.10's locales): its month-name parsers match only where one stands.
 */
const EN_MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/** The English month names and abbreviations (MONTH_DICTIONARY of chrono-node 2.10; an abbreviation may end in a full stop). */
const EN_MONTH_NAME = '(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)';
/**
 * Where chrono's English month-name parsers of a day or a year can match (chrono-node 2.10, src/locales/en/parsers),
 * each cue the part of its pattern around the month name, so a necessary condition of it:
 * - little-endian ("3rd of May 2019"): an ordinal's end (a digit, or t, d, h: "1st", "2nd", "fourth"), `-`, `/` or
 *   spaces and "of", the month, and no letter after it (a year or a word's end follows);
 * - middle-endian ("Sept. 4th"): the month, `-`, `/`, spaces or a comma, and an ordinal: one or two digits (with "st",
 *   "nd", "rd" or "th") where no digit or letter follows but the "to" of a range (the pattern ends at a word's end, so
 *   "February 2021" is none), or the first letters of an ordinal word ("first" … "thirty-first");
 * - year and month ("2019 March"): a year's end (a digit or the era of "BE", "AD", "BC", "BCE", "CE"), the separators,
 *   the month, and no letter after it.
 * Why: the month stems alone held inside names ("Novosibirsk", "Marat"), and the two long patterns (every ordinal word
 * under `i`, ≈1,450 characters each) were compiled for 13 of the bench's English sentences, none of which they matched.
 */
const EN_LITTLE_ENDIAN_MONTH = new RegExp(`[0-9tdh](?:-|/|\\s{0,3}(?:of)?\\s{0,3})${EN_MONTH_NAME}(?![a-z])`, 'i');
const EN_MIDDLE_ENDIAN_MONTH = new RegExp(
  `${EN_MONTH_NAME}\\.?(?:-|/|\\s*,?\\s*)(?:[0-9]{1,2}(?:st|nd|rd|th)?(?:[^0-9a-z_]|$|to)|fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe)`,
  'i',
);
const EN_YEAR_MONTH = new RegExp(`(?:[0-9]|be|ad|bc|ce)(?:\\s*[-./,]?\\s*|\\s+of\\s+)${EN_MONTH_NAME}(?![a-z])`, 'i');
/**
 * A Russian month's first three letters where chrono's two Russian month-name parsers can read it: at a word's start,
 * or right after what their patterns allow to stand just before the month with no space — the last letter of an
 * ordinal word or of a day's suffix («первого», «5-го», «1-е»: е or о), of "of", or of «в» («всентябре»). Inside a
 * word («Фурсенко», «Армарка») neither pattern can match. Why: the little-endian parser's pattern (every ordinal word
 * under `iu`, ≈2,300 characters) and the month-name one cost ≈13 ms of V8's regex compiler at first use, and on the
 * bench the only numeric sentence holding a month stem held it inside a name (p56: −0.30% instructions at 1,000 articles,
 * −0.54% outside garbage collection; V8's regex compiling 1,102 → 1,047 M).
 */
const RU_MONTH = rx(/(?:^|[^\p{L}]|[еоfв])(?:янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт|ноя|дек)/iu);
/** English weekday names and abbreviations (WEEKDAY_DICTIONARY: "sun", "thurs", …) and "weekend" / "weekday". */
const EN_WEEKDAY = /sun|mon|tue|wed|thu|fri|sat|week/i;

/** A test of the text chrono reads, remembered for that text: several parsers share one cue. */
function remembered(test: (text: string) => boolean): (text: string) => boolean {
  let last: string | null = null;
  let answer = false;
  return (text) => {
    if (text !== last) {
      last = text;
      answer = test(text);
    }
    return answer;
  };
}

const enUnitPhrase = remembered((t) => EN_UNIT_PHRASE.test(t));
const ruMonth = remembered((t) => RU_MONTH.test(t));

/**
 * Cue of each parser whose pattern needs a word that chrono's numeric sentences (datelines such as
 * «Бишкек, 04.06.2020 /ИА REGNUM/») rarely hold: a month name, a weekday, a time unit, a slash or an
 * ISO date. As for `CUES`, each is a necessary condition of the parser's pattern, so where it fails the
 * parser yields nothing and chrono's results are the same; a numeric sentence was read by all ≈30
 * parsers, and these are a third of them (and their long patterns compile only when a cue is seen).
 */
const SHAPE_CUES: Record<Language, Record<string, (text: string) => boolean>> = {
  en: {
    ENMonthNameLittleEndianParser: (t) => EN_LITTLE_ENDIAN_MONTH.test(t),
    ENMonthNameMiddleEndianParser: (t) => EN_MIDDLE_ENDIAN_MONTH.test(t),
    ENMonthNameParser: (t) => EN_MONTH.test(t),
    ENYearMonthNameParser: (t) => EN_YEAR_MONTH.test(t),
    ENWeekdayParser: (t) => EN_WEEKDAY.test(t),
    ENSlashMonthFormatParser: (t) => t.includes('/'),
    ISOFormatParser: (t) => t.includes('-'),
    ENTimeUnitWithinFormatParser: enUnitPhrase,
    ENTimeUnitCasualRelativeFormatParser: enUnitPhrase,
  },
  ru: {
    RUMonthNameLittleEndianParser: ruMonth,
    RUMonthNameParser: ruMonth,
    ISOFormatParser: (t) => t.includes('-'),
    RUTimeUnitCasualRelativeFormatParser: (t) => RU_RELATIVE_OPENER.test(t) && RU_UNIT_END.test(t),
  },
};

/** A Russian weekday's cue (see `RU_WORD_CUES`). */
const RU_WEEKDAY = rx(/(?:пн|вт|ср|чт|пт|сб|вск)(?:[^\p{L}\p{N}_]|$|на)|воскресен|понедельник|вторник|сред|четверг|пятниц|суббот/iu);

/** A word of chrono's Russian casual times at a word's end (see `RU_WORD_CUES`). */
const RU_CASUAL_TIME = rx(/(?:сейчас|вечером|вечера|ночью|утром|утра|полдень|полночь)(?:[^\p{L}\p{N}_]|$)/iu);

/**
 * Cues of chrono's Russian word parsers (chrono-node 2.10, src/locales/ru/parsers), each a necessary
 * condition of the parser's pattern as for `SHAPE_CUES`: these patterns open with a word-boundary class
 * (`[^\p{L}\p{N}_]`) that V8 tests by a call per character of a Russian text, and each was tried over
 * every numeric sentence, where their words rarely stand.
 */
const RU_WORD_CUES: Record<string, (text: string) => boolean> = {
  // «сегодня», «(после)завтра», «(поза)вчера» hold one of these.
  RUCasualDateParser: (t) => /сегодня|вчера|завтра/iu.test(t),
  // «сейчас», «(прошлым) вечером/вечера», «ночью», «утром/утра», «в полдень», «в полночь».
  // Each word whole (its pattern ends at a word's end): «Вечерний Бишкек», a newspaper in datelines, holds none.
  RUCasualTimeParser: (t) => RU_CASUAL_TIME.test(t),
  // A full weekday name holds its stem; an abbreviation («чт», «вт.») ends where no letter, digit or «_» follows, or before «на (этой) неделе».
  RUWeekdayParser: (t) => RU_WEEKDAY.test(t),
  // «в прошлом», «на прошлой», «на следующей», «в следующем», «на этой», «в этом» and a unit.
  RURelativeDateFormatParser: (t) => /прошл|следующ|этой|этом/iu.test(t),
};

const NEVER = /(?!)/;

/** `parser`, run only on a text where `cue` is found; elsewhere its pattern matches nothing. */
function gated(parser: chronoEn.Parser, cue: (text: string) => boolean): chronoEn.Parser {
  return {
    pattern: (context) => (cue(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

/**
 * `parser` with each `iu` pattern it gives compiled as `rx` writes it: its case written out and no `i`, `\p{L}` and
 * `\p{N}` as the letters and digits of the scripts the articles are written in (`regex.ts`). The pattern's groups
 * are the same, so its matches and what the parser makes of them are too. Why: chrono's Russian parsers are all `iu`,
 * and their boundary class `[^\p{L}\p{N}_]` V8 closes over case with ICU, then compiles for each string width: the
 * time parser (one pattern, run on every sentence chrono reads, and on the one-byte and empty rests of them after a
 * match) alone cost ≈5 ms of compiling at 1,000 articles.
 */
function uncased(parser: chronoEn.Parser): chronoEn.Parser {
  let given: RegExp | null = null;
  let made = NEVER;
  return {
    pattern: (context) => {
      const re = parser.pattern(context);
      if (re !== given) {
        given = re;
        made = re.flags.includes('i') && re.flags.includes('u') ? rx(re.source, re.flags) : re;
      }
      return made;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

/** The casual parsers, each behind its cue when it has one, with their class names; with `uncase`, each as `uncased` makes it. */
function withCues(
  casual: chronoEn.Chrono,
  cues: Record<string, RegExp>,
  shapes: Record<string, (text: string) => boolean>,
  uncase = false,
): { name: string; parser: chronoEn.Parser }[] {
  return casual.parsers.map((original) => {
    const name = original.constructor.name;
    const p = uncase ? uncased(original) : original;
    const cue = cues[name];
    const shape = shapes[name];
    return { name, parser: cue ? gated(p, (t) => cue.test(t)) : shape ? gated(p, shape) : p };
  });
}

const PARSERS: Record<Language, { name: string; parser: chronoEn.Parser }[]> = {
  en: withCues(chronoEn.casual, CUES.en, SHAPE_CUES.en),
  ru: withCues(chronoRu.casual, CUES.ru, { ...SHAPE_CUES.ru, ...RU_WORD_CUES }, true),
};

const CHRONO: Record<Language, chronoEn.Chrono> = {
  en: new chronoEn.Chrono({ parsers: PARSERS.en.map((p) => p.parser), refiners: chronoEn.casual.refiners }),
  ru: new chronoEn.Chrono({ parsers: PARSERS.ru.map((p) => p.parser), refiners: chronoRu.casual.refiners }),
};

/**
 * The parsers whose every date is written in digits with a `/`, `.` or `-` between two of them («04.06.2020», "12/05/19",
 * "2020-06-04"), and those of a time of day alone («09:12»), whose results have no month. chrono-node 2.10.
 */
const NUMERIC_PARSERS = new Set(['SlashDateFormatParser', 'ISOFormatParser']);
const TIME_PARSERS = new Set(['ENTimeExpressionParser', 'RUTimeExpressionParser']);

/** chrono without its numeric-date and time parsers, and without refiners: what the other parsers find as they are. */
const WORDS: Record<Language, chronoEn.Chrono> = {
  en: new chronoEn.Chrono({ parsers: PARSERS.en.filter((p) => !NUMERIC_PARSERS.has(p.name) && !TIME_PARSERS.has(p.name)).map((p) => p.parser), refiners: [] }),
  ru: new chronoEn.Chrono({ parsers: PARSERS.ru.filter((p) => !NUMERIC_PARSERS.has(p.name) && !TIME_PARSERS.has(p.name)).map((p) => p.parser), refiners: [] }),
};

/** A digit and a `/`, `.` or `-` before another digit: every date of a numeric parser holds one (overlapping ones are found too). */
const DIGIT_SEPARATOR = /\d[./-](?=\d)/g;

/** Names of the time-unit parsers run behind a cue, for the tests. */
export function gatedParsers(lang: Language): string[] {
  const casual = lang === 'en' ? chronoEn.casual : chronoRu.casual;
  return casual.parsers.map((p) => p.constructor.name).filter((n) => n in CUES[lang]);
}

/** Names of the parsers run behind a word their pattern needs (`SHAPE_CUES`), for the tests. */
export function shapeGatedParsers(lang: Language): string[] {
  const casual = lang === 'en' ? chronoEn.casual : chronoRu.casual;
  return casual.parsers.map((p) => p.constructor.name).filter((n) => n in SHAPE_CUES[lang]);
}

/** chrono's casual parse of `text` in `lang` (dates resolved against `ref`, never forward). */
export function chronoParse(text: string, lang: Language, ref: Date): chronoEn.ParsedResult[] {
  return CHRONO[lang].parse(text, ref, { forwardDate: false });
}

/**
 * `chronoParse`, or no result when each of its results that has a month would overlap `taken` (a test of `[from, to)`
 * in `text`'s offsets): the date mentions drop those, and a dateline's numeric date («Москва, 30.07.2018 /ТАСС/.») is
 * read by their own rule before chrono is asked.
 *
 * Why it is the same: with no other parser finding anything, chrono's results come from its numeric-date parsers and
 * its time parsers only. A time alone has no month; a numeric date holds a separator between two digits, and where
 * each such separator lies in `taken`, each numeric date overlaps `taken`; the refiners only drop, merge and widen
 * results (a merged result spans its parts, and takes its month from one of them), so every result with a month
 * overlaps `taken` too. Those parsers (chrono's dearest on a numeric sentence: the slash-date one builds a regex at
 * each match, the time one is retried after every number) then need not run.
 */
export function chronoParseOutside(text: string, lang: Language, ref: Date, taken: (from: number, to: number) => boolean): chronoEn.ParsedResult[] {
  let outside = false;
  DIGIT_SEPARATOR.lastIndex = 0;
  for (let m = DIGIT_SEPARATOR.exec(text); m && !outside; m = DIGIT_SEPARATOR.exec(text)) outside = !taken(m.index, m.index + 3);
  if (!outside && WORDS[lang].parse(text, ref, { forwardDate: false }).length === 0) return [];
  return chronoParse(text, lang, ref);
}

/** Names of the Russian word parsers run behind their words (`RU_WORD_CUES`), for the tests. */
export function wordGatedParsers(): string[] {
  return chronoRu.casual.parsers.map((p) => p.constructor.name).filter((n) => n in RU_WORD_CUES);
}

/** Whether `text` holds the words `parser` of `RU_WORD_CUES` needs, for the tests. */
export function hasRuWordCue(parser: string, text: string): boolean {
  return RU_WORD_CUES[parser]?.(text) ?? true;
}

/** Whether `text` holds what `parser` of the Russian `SHAPE_CUES` needs, for the tests. */
export function hasRuShapeCue(parser: string, text: string): boolean {
  return SHAPE_CUES.ru[parser]?.(text) ?? true;
}

/** Whether `text` holds what `parser` of the English `SHAPE_CUES` needs, for the tests. */
export function hasEnShapeCue(parser: string, text: string): boolean {
  return SHAPE_CUES.en[parser]?.(text) ?? true;
}
