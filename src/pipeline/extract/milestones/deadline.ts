/**
 * A piece of a sentence cut off at a date that is a term: "… signed a decree | and patents are extended until June
 * 15", «… подписал указ, | и сроки продлены до 15 июня», "… extends the base's lease | for 15 years starting in
 * 2017". The date after "until" / «до» ends a period, the one after "for N years starting in" starts it; it
 * dates no event of the word the piece inherits.
 */
import type { Language } from '../../../schema/dataset';
import type { DateMention } from '../../types';
import { rx } from '../regex';
import { MARKERS } from './lexicon';

/** "until June 15", "till 2025", «до 15 июня», «по 31 декабря 2025 года»: a date that ends a period. */
const UNTIL: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])(?:до|по)\s+(?:\d{1,2}\s+\p{L}+|(?:конца\s+)?\p{L}+\s+\d{4}|\d{4})/iu),
  en: rx(/(?<![\p{L}])(?:until|till|through)\s+(?:\p{L}+\s+\d{1,2}|\d{1,2}\s+\p{L}+|(?:the\s+end\s+of\s+)?\p{L}*\s*\d{4})/iu),
};
/** A cheap test before `UNTIL`. */
const GATE: Record<Language, RegExp> = { ru: /(?:^|\s)(?:до|по)\s/iu, en: /until|till|through/iu };

/** "for 15 years starting in 2017", «на 15 лет начиная с 2017 года»: a date that starts a term of so many years. */
const TERM_FROM: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])на\s+(?:\d+|\p{L}+)\s+(?:лет|год\p{L}*|месяц\p{L}*)\s+(?:начиная\s+)?с\s+(?:\d{1,2}\s+\p{L}+\s+)?\d{4}/iu),
  en: rx(/(?<![\p{L}])for\s+(?:\d+|\p{L}+)\s+(?:years?|months?)\s+(?:starting|beginning|from|as of)\s+(?:in\s+|on\s+|from\s+)?(?:\p{L}+\s+(?:\d{1,2},?\s+)?)?\d{4}/iu),
};
/** A cheap test before `TERM_FROM`. */
const TERM_GATE: Record<Language, RegExp> = { ru: /(?:лет|год|месяц)/iu, en: /years?\s|months?\s/iu };

/** "for 15 years starting in ", «на 15 лет начиная с »: the words right before a date that starts a term. */
const TERM_START_BEFORE: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])на\s+(?:\d+|\p{L}+)\s+(?:лет|год\p{L}*|месяц\p{L}*)\s+(?:начиная\s+)?с\s+$/iu),
  en: rx(/(?<![\p{L}])for\s+(?:\d+|\p{L}+)\s+(?:years?|months?)\s+(?:starting|beginning|from|as of)\s+(?:in\s+|on\s+|from\s+)?$/iu),
};
/** How far before its date the words of a term's start may begin. */
const TERM_START_REACH = 40;

/** True when mention `m` of article `text` starts a term of so many years ("extends the lease for 10 years starting in 2034"): the term's, not the event's. */
export function startsTerm(text: string, m: DateMention, lang: Language): boolean {
  return TERM_START_BEFORE[lang].test(text.slice(Math.max(0, m.start - TERM_START_REACH), m.start));
}

/** True when the inherited piece `text` tells only a term ending at its date, or one of so many years starting at it. */
export function termUntil(text: string, lang: Language): boolean {
  return (GATE[lang].test(text) && UNTIL[lang].test(text)) || (TERM_GATE[lang].test(text) && TERM_FROM[lang].test(text));
}

/** "by 2025", "by the end of 2026", «к 2025 году», «до конца 2014 года» right before a year: the year a plan is due by. */
const DUE_BEFORE: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])(?:к|ко|до\s+конца)\s+$/iu),
  en: rx(/(?<![\p{L}])by\s+(?:the\s+end\s+of\s+)?$/iu),
};
/** How far before its year a deadline's words may start ("by the end of "). */
const DUE_REACH = 16;

/**
 * The year-only mention among `ms` that a plan is due by ("The schools are to be opened by 2025"): a limit
 * that dates no past event, but is the date a reader puts a planned completion at. Null when none.
 */
export function dueYear(text: string, ms: readonly DateMention[], lang: Language): DateMention | null {
  for (const m of ms) {
    if (m.date.length === 4 && /^\d/.test(m.text) && DUE_BEFORE[lang].test(text.slice(Math.max(0, m.start - DUE_REACH), m.start))) return m;
  }
  return null;
}

/** A year alone, maybe with «год». */
const YEAR_ONLY = rx(/^(?:19|20)\d\d(?:\s*(?:год\p{L}*|г\.))?$/u);

/**
 * True when `text` from `start` to `end` is a year alone, maybe with «год» («2017», «2017 года»).
 * Its first character, a 1 or a 2, is tested before the pattern: most date mentions start otherwise.
 */
export function isYearAlone(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  return (first === 0x31 || first === 0x32) && YEAR_ONLY.test(text.slice(start, end));
}
/** "starting in", «начиная с»: right before a year, the year a term starts. */
const STARTING_BEFORE = rx(/(?<![\p{L}])(?:starting|beginning|commencing|начиная)\s+(?:in|from|с)\s+$/iu);
/** "a 15-year extension", "for 49 years", «на 15 лет»: a term's length some words before its start. */
const TERM_LENGTH = rx(/\d+(?:-year|\s+years|\s+(?:лет|года?)(?![\p{L}]))/iu);
/** How far before its start year a term's length may stand. */
const TERM_REACH = 90;

/**
 * "a 15-year extension for Russia's military presence, starting in 2017", «продление на 15 лет начиная с 2017 года»:
 * a bare year told as the start of a term whose length was just given dates no event. `m` is a year alone
 * (`isYearAlone`), which the caller has asked.
 */
export function startsToldTerm(text: string, m: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, m.start - 16), m.start);
  return STARTING_BEFORE.test(before) && TERM_LENGTH.test(text.slice(Math.max(0, m.start - TERM_REACH), m.start));
}

/** «до конца года», "by the end of the year": a deadline of the current year told without its number. */
const DUE_THIS_YEAR: Record<Language, RegExp> = {
  ru: rx(/^(?:до|к)\s+конц\p{L}*\s+(?:этого\s+|текущего\s+)?года$/iu),
  en: rx(/^(?:by|before)\s+the\s+end\s+of\s+(?:the|this)\s+year$/iu),
};

/**
 * True when mention `m` is a deadline of the current year («до конца года», "by the end of the year") told after a past
 * verb of agreement in `text` («договорились о запуске сервиса до конца года», 'agreed to launch the service by the end
 * of the year'): the deadline is the agreed thing's, and the agreement is dated by the day it is told for.
 */
export function agreedByYearEnd(text: string, clauseStart: number, m: DateMention, lang: Language): boolean {
  if (m.date.length !== 4 || !DUE_THIS_YEAR[lang].test(m.text)) return false;
  return MARKERS.agreedBefore[lang].all(text).some((a) => clauseStart + a.end <= m.start);
}
