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

const NEVER = /(?!)/;

/** `parser`, run only on a text where `cue` is found; elsewhere its pattern matches nothing. */
function gated(parser: chronoEn.Parser, cue: RegExp): chronoEn.Parser {
  return {
    pattern: (context) => (cue.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

function withCues(casual: chronoEn.Chrono, cues: Record<string, RegExp>): chronoEn.Chrono {
  const parsers = casual.parsers.map((p) => {
    const cue = cues[p.constructor.name];
    return cue ? gated(p, cue) : p;
  });
  return new chronoEn.Chrono({ parsers, refiners: casual.refiners });
}

const CHRONO: Record<Language, chronoEn.Chrono> = { en: withCues(chronoEn.casual, CUES.en), ru: withCues(chronoRu.casual, CUES.ru) };

/** Names of the parsers run behind a cue, for the tests. */
export function gatedParsers(lang: Language): string[] {
  const casual = lang === 'en' ? chronoEn.casual : chronoRu.casual;
  return casual.parsers.map((p) => p.constructor.name).filter((n) => n in CUES[lang]);
}

/** chrono's casual parse of `text` in `lang` (dates resolved against `ref`, never forward). */
export function chronoParse(text: string, lang: Language, ref: Date): chronoEn.ParsedResult[] {
  return CHRONO[lang].parse(text, ref, { forwardDate: false });
}
