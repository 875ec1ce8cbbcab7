/**
 * The event lexicon (knowledge/event-lexicon.json) compiled once at module load: one regex per
 * trigger and language, one per marker list. Patterns match whole words only.
 */
import type { Language, MilestoneType } from '../../../schema/dataset';
import raw from '../../knowledge/event-lexicon.json';
import { escapeRegExp, rx, rxOnLowerText } from '../regex';
import { cuesOf } from './cues';
import { withCounts } from './count-words';

type ByLang<T> = Record<Language, T>;
interface RawList {
  ru: string[];
  en: string[];
}

/** A trigger phrase family: which milestone type it signals and how to label it. */
export interface Trigger {
  key: string;
  type: MilestoneType;
  labelEn: string;
  labelRu: string;
  /** False when the trigger is ignored inside direct speech («this meeting»). */
  speech: boolean;
  /** True when the trigger tells a milestone only with a date of its own in the clause (background events told in passing). */
  dated: boolean;
  re: ByLang<WordMatcher>;
}

/** One trigger found in the text. */
export interface TriggerHit {
  trigger: Trigger;
  start: number;
  end: number;
}

/** A span of text matched by a lexicon pattern. */
export interface Match {
  start: number;
  end: number;
  text: string;
}

const WORD_CHAR = rx(/[\p{L}\p{N}]/u);
const NOT_AFTER_WORD = '(?![\\p{L}\\p{N}])';
/**
 * No Latin or Cyrillic lower-case letter right before: opens the regex a matcher runs on lower-cased text, so that a
 * position inside a word (most of a text's positions) is given up after one look at the character before, instead of
 * each of the alternation's patterns being tried there first. A match must start a word anyway (`execAll` and
 * `hasMatch` skip the others), and this class is a part of `WORD_CHAR`, so the matches found stay the same; those
 * after another letter or a digit («ң», «5») are still skipped by hand. −0.29% instructions at 1,000 articles (c55).
 */
const AFTER_NO_LETTER = '(?<![a-zа-яё])';

/** An escape (`\p{L}` whole) or a run of other characters of a pattern source. */
const PATTERN_PART = /\\(?:[pP]\{[^}]*\}|[^])|[^\\]+/g;

/** Lower-cases a pattern source, leaving escapes (`\p{L}`, `\d`, `\s`) intact. */
function lowerPattern(p: string): string {
  return p.replace(PATTERN_PART, (part) => {
    if (part[0] === '\\') return part;
    // Character by character: a capital sigma lower-cases by its context in a whole string.
    return part.includes('Σ') ? part.split('').map((c) => c.toLowerCase()).join('') : part.toLowerCase();
  });
}

/** A non-global regex matching any of `literals` (longest first). */
export const literalsRegex = (literals: string[]) =>
  rx([...literals].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'u');

const alternation = (patterns: readonly string[]) => patterns.map((p) => `(?:${p})`).join('|');

/**
 * The last text lower-cased here and its lower case: a clause is asked several marker questions in a row. Two
 * variables, not a record made anew for each text (an object literal filled in baseline code, once per clause).
 */
let lastText = '';
let lastLower = '';

/**
 * The text whose lower case a caller gave (`rememberLower`, the clause being read), kept apart from the last text
 * lowered here: questions about a part of the clause in between do not make the clause's lower case be made again.
 */
let givenText = '';
let givenLower = '';

/** `text.toLowerCase()`, remembered for the last text (lower-casing Cyrillic is not cheap in V8). */
export function lowerCase(text: string): string {
  if (text === givenText) return givenLower;
  if (lastText !== text) {
    lastLower = text.toLowerCase();
    lastText = text;
  }
  return lastLower;
}

/**
 * Makes `lower` the remembered lower case of `text`: a caller holding it already (a slice of the
 * article's lower case) spares the next marker questions lower-casing the text again.
 */
export function rememberLower(text: string, lower: string): void {
  givenText = text;
  givenLower = lower;
}

/**
 * Whole-word matching of a pattern list, made fast: a substring test on cue literals first, then
 * one regex run on the lower-cased text (no `i` flag, word start checked by hand — both cost V8
 * much). Patterns that use `\p{Lu}` are case-sensitive and run on the text as written.
 */
export class WordMatcher {
  /** The case-insensitive and the case-sensitive patterns (`\\p{Lu}`). */
  private readonly plain: readonly string[];
  private readonly sensitive: readonly string[];
  /**
   * The regexes, made on first use (`make`): undefined until then, null when there are no such patterns. Plain fields
   * checked where they are used: as getters, every use cost a call in baseline code (+22 M instructions on 1,000 articles).
   */
  private fast: RegExp | null | undefined = undefined;
  private cased: RegExp | null = null;
  /** Source of the case-insensitive regex for text whose lower case changes length; compiled on first use (rare). */
  private slowSource: string | null = null;
  private slowRe: RegExp | null = null;
  /** Anchored copies of the regexes for `atStart`, made on first use. */
  private casedAtStart: RegExp | null = null;
  private fastAtStart: RegExp | null = null;
  private slowAtStart: RegExp | null = null;
  /** Lower-case literals one of which must occur for a match; null when some pattern has none. */
  readonly cues: string[] | null;
  /** The cues as one regex (a single test is much cheaper than a loop of `includes`), made on first use; null without cues. */
  private cueRe: RegExp | null | undefined = undefined;

  /**
   * @param patterns the pattern sources, whole words each (kept for the trigger scan, which reads their cues). No regex
   * is made here: most matchers (a trigger whose cues no article holds, a marker list asked only of some events) are
   * never used in a run, and making their regexes cost every start, since V8 parses a pattern when it is made.
   */
  constructor(readonly patterns: readonly string[]) {
    this.sensitive = patterns.filter((p) => p.includes('\\p{Lu}'));
    this.plain = patterns.filter((p) => !p.includes('\\p{Lu}'));
    this.cues = cuesOf(patterns);
  }

  /** Makes the regexes of the patterns. */
  private make(): void {
    const { plain, sensitive } = this;
    this.fast = plain.length ? rxOnLowerText(`${AFTER_NO_LETTER}(?:${alternation(plain.map(lowerPattern))})${NOT_AFTER_WORD}`, 'gu') : null;
    this.slowSource = plain.length ? `(?<![\\p{L}\\p{N}])(?:${alternation(plain)})${NOT_AFTER_WORD}` : null;
    this.cased = sensitive.length ? rx(`(?<![\\p{L}\\p{N}])(?:${alternation(sensitive)})${NOT_AFTER_WORD}`, 'gu') : null;
  }

  /** False when `lower` holds none of the cues (so nothing can match): the cue regex, made on first use. */
  private cueIn(lower: string): boolean {
    if (this.cueRe === undefined) this.cueRe = this.cues ? literalsRegex(this.cues) : null;
    return this.cueRe === null || this.cueRe.test(lower);
  }

  /**
   * Every match in `text`, in order; `lower` is `text.toLowerCase()` when the caller has it;
   * `cueFound` when the caller already knows one of `cues` occurs in it.
   */
  all(text: string, lower = lowerCase(text), cueFound = false): Match[] {
    if (!cueFound && !this.cueIn(lower)) return [];
    if (this.fast === undefined) this.make();
    const plain = this.plainMatches(text, lower);
    if (!this.cased) return plain;
    const out = execAll(this.cased, text);
    for (let i = 0; i < plain.length; i++) out.push(plain[i]!);
    return out.sort((a, b) => a.start - b.start);
  }

  /**
   * Matches of the case-insensitive patterns, as a list of their own: spreading them into another
   * list made the trigger search the milestone pass's largest allocator (heap sampling, 1,000 articles).
   */
  private plainMatches(text: string, lower: string): Match[] {
    if (this.fast && lower.length === text.length) return execAll(this.fast, lower, text, true);
    return this.slowSource !== null ? execAll((this.slowRe ??= rx(this.slowSource, 'giu')), text) : [];
  }

  /**
   * True when a match starts at the very start of `text` — what `all(text)[0]?.start === 0`
   * tells, with one anchored attempt per regex instead of a search of the whole text.
   */
  atStart(text: string, lower = lowerCase(text)): boolean {
    if (this.fast === undefined) this.make();
    if (this.cased && nonEmptyAtStart((this.casedAtStart ??= sticky(this.cased)), text)) return true;
    if (this.fast && lower.length === text.length) return nonEmptyAtStart((this.fastAtStart ??= sticky(this.fast)), lower);
    return this.slowSource !== null && nonEmptyAtStart((this.slowAtStart ??= rx(this.slowSource, 'iuy')), text);
  }

  /** False when no cue occurs in `lower` (a lower-cased text): then no pattern can match in it or in any part of it. */
  mayMatch(lower: string): boolean {
    return this.cueIn(lower);
  }

  /** True when the pattern list matches anywhere in `text`: what `all(text).length > 0` tells, stopping at the first match. */
  test(text: string, lower = lowerCase(text)): boolean {
    if (!this.cueIn(lower)) return false;
    if (this.fast === undefined) this.make();
    if (this.cased && hasMatch(this.cased, text)) return true;
    if (this.fast && lower.length === text.length) return hasMatch(this.fast, lower, true);
    return this.slowSource !== null && hasMatch((this.slowRe ??= rx(this.slowSource, 'giu')), text);
  }
}

/** An anchored (sticky) copy of a regex. */
const sticky = (re: RegExp) => new RegExp(re.source, `${re.flags.replace('g', '')}y`);

/** True when sticky regex `re` matches something (not nothing) at the start of `text`. */
function nonEmptyAtStart(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m !== null && m[0].length > 0;
}

/** True when `execAll(re, haystack, haystack, wordStart)` would find a match: the same loop, stopped at the first. */
function hasMatch(re: RegExp, haystack: string, wordStart = false): boolean {
  re.lastIndex = 0;
  let found = false;
  for (let x = re.exec(haystack); x; x = re.exec(haystack)) {
    const start = x.index;
    if (!x[0].length || (wordStart && start > 0 && WORD_CHAR.test(haystack[start - 1]!))) {
      re.lastIndex = start + 1;
      continue;
    }
    found = true;
    break;
  }
  re.lastIndex = 0;
  return found;
}

/**
 * Matches of a global regex run on `haystack`, reported with the text of `original` (same
 * offsets); with `wordStart`, matches that begin inside a word are skipped.
 */
function execAll(re: RegExp, haystack: string, original = haystack, wordStart = false): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  for (let x = re.exec(haystack); x; x = re.exec(haystack)) {
    const start = x.index;
    if (!x[0].length || (wordStart && start > 0 && WORD_CHAR.test(haystack[start - 1]!))) {
      re.lastIndex = start + 1;
      continue;
    }
    out.push({ start, end: start + x[0].length, text: original.slice(start, start + x[0].length) });
  }
  re.lastIndex = 0;
  return out;
}

/** One word matcher per language for a phrasing list of the knowledge base. */
export const matchersByLang = (l: RawList): ByLang<WordMatcher> => ({ ru: new WordMatcher(l.ru.map((p) => withCounts(p, 'ru'))), en: new WordMatcher(l.en.map((p) => withCounts(p, 'en'))) });
const both = matchersByLang;

/** Triggers in priority order: earlier entries win when one clause holds several. */
export const TRIGGERS: Trigger[] = raw.triggers.map((t) => ({
  key: t.key,
  type: t.type as MilestoneType,
  labelEn: t.labelEn,
  labelRu: t.labelRu,
  speech: (t as { speech?: boolean }).speech !== false,
  dated: (t as { dated?: boolean }).dated === true,
  re: both(t),
}));

const m = raw.markers;
/** Marker regexes, by language. */
export const MARKERS = {
  planned: both(m.planned),
  ongoing: both(m.ongoing),
  stay: both(m.stay),
  arrivalOnVisit: both(m.arrivalOnVisit),
  visitSite: both(m.visitSite),
  link: both(m.link),
  background: both(m.background),
  recently: both(m.recently),
  deictic: both(m.deictic),
  sidelines: both(m.sidelines),
  bilateralAdjective: both(m.bilateralAdjective),
  multilateral: both(m.multilateral),
  thirdCountry: both(m.thirdCountry),
  foreignParty: both(m.foreignParty),
  kyrgyzSide: both(m.kyrgyzSide),
  russianSide: both(m.russianSide),
  descriptive: both(m.descriptive),
  nearFuture: both(m.nearFuture),
  scheduled: both(m.scheduled),
  amount: both(m.amount),
  horizon: both(m.horizon),
  habitual: both(m.habitual),
  gatheringNoun: both(m.gatheringNoun),
  characterisation: both(m.characterisation),
  judgedFuture: both(m.judgedFuture),
  additiveOpener: both(m.additiveOpener),
  visitCoincides: both(m.visitCoincides),
  topic: both(m.topic),
  topicAfter: both(m.topicAfter),
  agreedBefore: both(m.agreedBefore),
  pair: both(m.pair),
  twoCountries: both(m.twoCountries),
  notSigned: both(m.notSigned),
  notHeld: both(m.notHeld),
  talksTitle: both(m.talksTitle),
  birthdayGreeting: both(m.birthdayGreeting),
  readoutCounterpart: both(m.readoutCounterpart),
  hedge: both(m.hedge),
  agreedIntent: both(m.agreedIntent),
  lender: both(m.lender),
  thanks: both(m.thanks),
  thanksForHosting: both(m.thanksForHosting),
  thanksForSupport: both(m.thanksForSupport),
  denied: both(m.denied),
  cancelled: both(m.cancelled),
  opinion: both(m.opinion),
  pageLabel: both(m.pageLabel),
  relatedLink: both(m.relatedLink),
  wirePledge: both(m.wirePledge),
  statement: both(raw.statement),
  exclude: both(raw.exclude),
};

/** Matches a demonstrative right before a trigger («этой встрече», "this meeting"). */
export const DEMONSTRATIVE: ByLang<RegExp> = {
  ru: rx(`(?:${m.demonstrative.ru.join('|')})`, 'iu'),
  en: rx(`(?:${m.demonstrative.en.join('|')})`, 'iu'),
};

/** Clause separators inside a sentence. */
export const CLAUSE_BREAKS: ByLang<RegExp> = {
  ru: rx(raw.clauseBreaks.ru.join('|'), 'giu'),
  en: rx(raw.clauseBreaks.en.join('|'), 'giu'),
};

/**
 * «… и обсудили …», "… and discussed …": where a second predicate of the same subject begins; and
 * «…, сообщил министр по итогам переговоров…»: where an attribution telling an event of its own begins.
 */
export const COORDINATED_VERB: ByLang<RegExp> = {
  ru: rx([...raw.coordinatedVerbs.ru, ...raw.coordinatedVerbs.attributionRu].join('|'), 'giu'),
  en: rx([...raw.coordinatedVerbs.en, ...raw.coordinatedVerbs.attributionEn].join('|'), 'giu'),
};

/** An anniversary subject and the historical fact it counts from. */
export interface AnniversarySubject {
  fact: string;
  re: ByLang<WordMatcher>;
  /** "diplomatic relations" — what the anniversary is of. */
  ofEn: string;
  ofRu: string;
  /** Title of the founding event itself. */
  foundingEn: string;
  foundingRu: string;
}

/** Subjects of anniversaries that knowledge facts can date. */
export const ANNIVERSARY_SUBJECTS: AnniversarySubject[] = raw.anniversarySubjects.map((s) => ({
  ...s,
  re: both({ ru: [s.ru], en: [s.en] }),
}));

/** Ordinal / genitive number words used for anniversaries («тридцатилетие», "thirtieth"). */
export const NUMBER_WORDS: ByLang<Record<string, number>> = raw.numberWords;

/** Every match of a global regex as `[start, end)` offsets relative to `text`. */
export function matchAll(re: RegExp, text: string): Match[] {
  return execAll(re, text);
}
