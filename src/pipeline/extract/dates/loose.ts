/**
 * Date mentions without a year, resolved against the article's own date: day words («вчера»,
 * "later today"; "later in the day" counts from the day told before it), a month after a preposition («в мае», «в конце февраля», «на май», "last
 * December") and seasons or parts of a year («летом», «в первом полугодии», "for the autumn").
 * A month's year is the article's, moved to the next year when the sentence speaks of the future
 * and the month has passed, to the previous one when it tells the past of a month still to come.
 */
import type { Language, PartialDate } from '../../../schema/dataset';
import type { Sentence } from '../../types';
import lexicon from '../../knowledge/date-lexicon.json';
import looseLexicon from '../../knowledge/loose-date-lexicon.json';
import { pad2 } from './context';
import { FUTURE, MONTH_ANY, MONTH_PREFIXES, monthNumber } from './lexicon';
import { rx } from '../regex';
import { atWordStart, execAllAt } from '../at-word-start';
import { agreedBefore, agreedOnBefore, discussedHoldingBefore, infinitiveBefore, invitedBefore, tellsPast, tenseBefore, toldAround } from './tense';
import { RELATIVE_CUES, relativeMentions, seasonLastMonth, speaksOfFuture } from './loose-relative';
import { cueTest } from './cues';
import { addDays } from './days';

/** A mention found here, with offsets relative to the sentence. */
export interface LooseMention {
  index: number;
  length: number;
  date: PartialDate;
  /** Days from the event told just before («днём ранее» → -1), when the words count from it. */
  anaphoric?: number;
  /** Characters of the date of the event told just before that a same week, month or year keeps (see `RelativeHit.same`). */
  same?: number;
}

const byLength = (a: string, b: string) => b.length - a.length;
const alt = (list: string[]) => [...list].sort(byLength).join('|');

/** Month and season words, day words: cues of the patterns below. */
const WORD_CUES = [
  'вчера', 'сегодня', 'завтра', 'январ', 'феврал', 'март', 'апрел', 'ма[йяе]', 'майск', 'июн', 'июл', 'август', 'сентябр',
  'октябр', 'ноябр', 'декабр', 'летом', 'лету', 'на лето', 'начале лета', 'осен', 'весн', 'весенн', 'зим', 'полугоди', 'квартал', 'конце года',
  'конца года', 'концу года', 'начале года', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December', 'yesterday', 'last night', 'today', 'tonight', 'tomorrow', 'this morning', 'later', 'earlier', 'summer', 'autumn',
  'fall', 'spring', 'winter', 'half', 'quarter', 'year',
];
/** A legislature's or assembly's season named by its session («осенней сессии», 'the spring session'). */
const SESSION = /сесси|session/;
/** A day-month or a year the sentence gives beside a session's season («весенней сессии … 14 апреля», "on June 20", «в 2024 году»). */
let dayOrYear: RegExp | null = null;
const DAY_OR_YEAR = () => (dayOrYear ??= rx(`\\d\\s*${MONTH_ANY}|${MONTH_ANY}\\s*\\d|(?<!\\d)(?:19|20)\\d\\d(?!\\d)`, 'iu'));

/** A cheap test before the patterns below run (month and season words, day words, relative phrases). */
export const LOOSE_GATE = cueTest([...WORD_CUES, ...RELATIVE_CUES]);

const DAY_WORDS = Object.entries(lexicon.relativeDays)
  .filter(([k]) => /^-?\d$/.test(k))
  .flatMap(([k, words]) => (words as string[]).map((w) => ({ w, offset: Number(k) })));
const DAY_RE = atWordStart(`(?<![\\p{L}])(${alt(DAY_WORDS.map((d) => d.w))})(?![\\p{L}])`, 'giu');
const DAY_EXACT = DAY_WORDS.map((d) => ({ re: rx(`^(?:${d.w})$`, 'iu'), offset: d.offset }));

/** English frames also open a sentence ("In June, the two met …", "Last December …"): the month stays case-sensitive ("may"). */
const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const FRAME = { ru: alt(lexicon.monthFrame.ru), en: alt(lexicon.monthFrame.en.flatMap((w) => [w, capitalised(w)])) };
/** Any month word: after a dash it makes a range of months («в январе — марте»), left to the period readers. */
const ANY_MONTH = {
  ru: alt(lexicon.monthsRu.flat()),
  en: alt(lexicon.monthsEn.flat().flatMap((m) => [m, m.charAt(0).toUpperCase() + m.slice(1)])),
};
// A dash after the month starts a range only when a month or a number follows: «в сентябре — на саммите» is a month.
const MONTH_ALONE = {
  ru: atWordStart(`(?<![\\p{L}])(${FRAME.ru})\\s+([а-яё]{3,8})(?![\\p{L}\\d])(?!\\s*(?:\\d|[-–—]\\s*(?:\\d|(?:${ANY_MONTH.ru})(?![\\p{L}]))))`, 'giu'),
  // "mid-June": a frame ending in a hyphen takes the month without a space.
  en: atWordStart(`(?<![\\p{L}])(${FRAME.en})(?:\\s+|(?<=-))([A-Z][a-z]{2,8})(?![\\p{L}\\d])(?!\\s*(?:\\d|[-–—]\\s*(?:\\d|(?:${ANY_MONTH.en})(?![\\p{L}]))))`, 'gu'),
};
/**
 * A second month offered as an alternative right after the first («в конце июля или в начале августа», "late July or
 * early August", "in May or June"): the date both share is the year. Tried only where «или» / "or" follows the month.
 */
const MONTH_OR = {
  ru: rx(`^\\s+или\\s+(?:(?:${FRAME.ru})\\s+)?(?:${ANY_MONTH.ru})(?![\\p{L}])`, 'iu'),
  en: rx(`^\\s+or\\s+(?:(?:${FRAME.en})(?:\\s+|(?<=-)))?(?:${ANY_MONTH.en})(?![\\p{L}])`, 'u'),
};
const OR_WORD = { ru: ' или ', en: ' or ' };
const SEASON = {
  ru: atWordStart(`(?<![\\p{L}])(?:(${alt([...lexicon.seasons.lastRu, ...lexicon.seasons.nextRu])})\\s+)?(${alt(lexicon.seasons.ru)})(?![\\p{L}])(?!\\s+(?:\\d|текущ|прошл|этого|нынешн|следующ|будущ|минувш|\\d{4}))`, 'giu'),
  // "in the first half of August" is a part of the month, read with the month.
  en: atWordStart(`(?<![\\p{L}])(${alt(lexicon.seasons.en)})(?![\\p{L}])(?!\\s+(?:of\\s+)?(?:the\\s+)?(?:\\d|year|this|last|next|current|(?:${ANY_MONTH.en})(?![\\p{L}])))`, 'giu'),
};
/** «сентябрьский саммит», «после октябрьских выборов», «Мартовская революция 2005 года»: a month adjective, with the year written after it. */
const MONTH_ADJECTIVE = atWordStart(
  `(?<![\\p{L}])(${looseLexicon.monthAdjectiveStemsRu.join('|')})(?:ий|ая|ое|ие|ого|ой|ому|ую|ым|ыми|ими|их|ых|ом|ем)(?![\\p{L}])(?=(?:\\s+(?:[\\p{L}-]+\\s+){0,2}?((?:19|20)\\d\\d)\\s+(?:года|г\\.))?)`,
  'giu',
);

/** A word in the sentence's middle (after a small letter, a digit or a comma) starting with a capital. */
const AFTER_WORD = /[\p{Ll}\d,;)»]\s+$/u;

/** True when the word at `at` of `text` starts with a capital though it does not open the sentence (a proper name). */
function inProperName(text: string, at: number): boolean {
  const c = text[at]!;
  return at > 0 && c !== c.toLowerCase() && AFTER_WORD.test(text.slice(Math.max(0, at - 3), at));
}

/**
 * What follows a month adjective and tells its month past: «прошлого года» (group 1: the year before), or a noun of
 * something that has already happened («августовский кризис», «после августовского финансового кризиса»).
 */
const PAST_AFTER_ADJECTIVE = rx(
  `\\s+(?:(?:[\\p{L}-]+\\s+){0,2}?(прошлого\\s+года)(?![\\p{L}])|(?:[\\p{L}-]+\\s+)?(?:${looseLexicon.monthAdjectivePastNounsRu.join('|')}))`,
  'iuy',
);

/** «в прошлом году …» before a month adjective, no year, number or clause end between: the adjective's year is the one before. */
const LAST_YEAR_BEFORE = rx(/(?:^|[^\p{L}])(?:в|во)\s+(?:прошлом|минувшем)\s+году(?![\p{L}])[^.;!?\d]*$/iu);
/** How far before a month adjective «в прошлом году» may stand. */
const LAST_YEAR_REACH = 60;

/**
 * Cue words of the patterns below, each tested once for a sentence: a pattern opening with a lookbehind
 * is tried at every position of it, a cue list is scanned only where one of its first letters stands.
 * A month word the lexicon knows starts with one of `MONTH_PREFIXES` (so does a month adjective's stem).
 */
const CUES = {
  days: cueTest(DAY_WORDS.map((d) => d.w)),
  month: cueTest(MONTH_PREFIXES),
  season: { ru: cueTest(lexicon.seasons.ru), en: cueTest(lexicon.seasons.en) },
};

/** A season after «к» / «на» / «до» / "by" / "for" / "before": a deadline or a plan. */
const DEADLINE = /^(?:к|на|до|by|for|before)\s/iu;
/** "by February", «к февралю»: the month a step must be done by. */
const BY_DEADLINE = /^(?:by|к)$/iu;
const LAST = /^(?:last|(?:в\s+)?(?:прошл|минувш))/i;
const NEXT = /^(?:next|(?:в\s+)?(?:следующ|будущ))/i;
/** «ранее в ноябре», "earlier in November": a month told as past, whatever the verbs. */
const EARLIER = /^(?:earlier in|ранее в)$/i;
/** «Ранее, в январе, …», "Earlier, in May, …": the same with a comma after the adverb, right before the month's frame. */
const EARLIER_COMMA = /(?:^|[^\p{L}])(?:ранее|earlier),\s*$/iu;

/** True when «Ранее,» / "Earlier," stands right before the frame at `at` (the comma first, as most frames have none). */
function earlierBefore(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - 10), at);
  return before.includes(',') && EARLIER_COMMA.test(before);
}
/** "this spring": a season of the article's year (not "this winter", which may end in the next one). */
const THIS_SEASON = /^this\s+(?:spring|summer|autumn|fall)$/i;


/** Months after the article's beyond which a day told without a tense is nearer in the year before. */
const HALF_YEAR = 6;
/** Months ahead within which a day of an earlier month told without a tense is the coming one («с 1 января» in December). */
const SOON_MONTHS = 2;

/**
 * The year of month `m`: the article's, shifted by «last/next» or by tense against the article's month;
 * for a `day` of the month told without a tense, the nearer year.
 */
export function monthYear(m: number, frame: string, sentence: string, lang: Language, y0: number, am: number | null, at: number = sentence.length, day = false): number {
  const f = frame.toLowerCase();
  if (LAST.test(f)) return am !== null && m < am ? y0 : y0 - 1;
  if (NEXT.test(f)) return am !== null && m > am ? y0 : y0 + 1;
  if (EARLIER.test(f) || earlierBefore(sentence, at)) return am !== null && m > am ? y0 - 1 : y0;
  if (am === null || m === am) return y0;
  // "his first visit since his inauguration in December": a month in a "since" phrase is a starting point, past — also an
  // earlier month of the article's year in a sentence that speaks of the visit to come ("will be his first since …").
  if (lang === 'en' && inSincePhrase(sentence, at)) return m > am ? y0 - 1 : y0;
  // «первая поездка … после своего избрания в октябре», "her first trip abroad after her election in October": the
  // first of something after an event counts from that event, which is past («Это будет первый визит … после его
  // вступления в должность в мае» in September: the May before, whatever the tense of the visit).
  if (FIRST_AFTER[lang].test(sentence.slice(Math.max(0, at - FIRST_AFTER_REACH), at))) return m > am ? y0 - 1 : y0;
  // "met the minister and invited him to the games in September" in July, «пригласил на форум в мае»: the month of
  // what the guest is invited to is neither dated by the verbs before the invitation nor moved to another year.
  if (invitedBefore(sentence, at, lang)) return y0;
  // "at the summit in May, which has already taken place": the clause after the month tells it past, whatever the main verb.
  if (heldAlreadyAfter(sentence, at, lang)) return m > am ? y0 - 1 : y0;
  // "later than the date set at the February session", «срок, установленный на февральском заседании»: a decision's
  // participle right before the gathering the month names tells that gathering past, whatever the main verb.
  if (decidedAtBefore(sentence, at, lang)) return m > am ? y0 - 1 : y0;
  // "ended with the appointment of X as secretary general from January 1" in November, «решение … с 1 января» in December:
  // a day a decision takes effect from, soon after the article's month, is the coming one whatever verb told the decision.
  if (day && m < am && m + 12 - am <= SOON_MONTHS && startsAfterDecision(sentence, at, lang)) return y0 + 1;
  // The verb nearest before the month dates it; without one, the tense of the whole sentence. A
  // deadline after an infinitive ("agreed to prepare … by February") is a step still to come.
  // «обсудили проведение Дней культуры в июне», "discussed holding a forum in June": the discussed event is to come.
  // So is the month of a step agreed ("agreed … to hold its first meeting in December", «договорились провести … в декабре»).
  const near =
    ((BY_DEADLINE.test(f) || agreedBefore(sentence, at, lang)) && infinitiveBefore(sentence, at, lang)) || discussedHoldingBefore(sentence, at, lang) ? 'future' : tenseBefore(sentence, at, lang);
  if (near === 'future') return m < am ? y0 + 1 : y0;
  // "had agreed on a joint audit in August" in July: the month is the agreed step's, not gone by a year.
  if (m > am && agreedOnBefore(sentence, at, lang)) return y0;
  if (near === 'past') return m > am ? y0 - 1 : y0;
  // Tense is the reporter's: quoted words («…», "…") are someone else's, unless the month is in them.
  const told = toldAround(sentence, at);
  const future = FUTURE[lang].test(told) || speaksOfFuture(told, lang);
  if (future && m < am) return y0 + 1;
  const past = tellsPast(sentence, at, lang);
  if (!future && m > am && past) return y0 - 1;
  // An English day told without a tense either way is the nearer of its two years, a coming one
  // only when close: "since the Dec. 17 elections" in an April article is the December before,
  // "from Jan. 1" in a late-December one the January after. (Russian perfective futures such as
  // «отметит» carry no marker the lexicon knows, so a Russian day keeps the article's year.)
  if (day && lang === 'en' && !future && !past) {
    if (m - am > HALF_YEAR) return y0 - 1;
    if (m < am && m + 12 - am <= SOON_MONTHS) return y0 + 1;
  }
  return y0;
}

/** How far after a month's frame its relative clause "…, which has already taken place" may end. */
const HELD_REACH = 80;
const HELD_CUE = { en: 'already', ru: 'уже' };
/** A relative clause after the month, before any other comma or stop: «в мае, который уже состоялся». */
const HELD_ALREADY = {
  en: rx(`^[^,;.]{0,20},\\s*(?:${lexicon.heldAlreadyAfter.en.join('|')})(?![\\p{L}])`, 'u'),
  ru: rx(`^[^,;.]{0,20},\\s*(?:${lexicon.heldAlreadyAfter.ru.join('|')})(?![\\p{L}])`, 'iu'),
};

/** True when a relative clause right after the month at `at` tells its event as already past. */
function heldAlreadyAfter(sentence: string, at: number, lang: Language): boolean {
  const window = sentence.slice(at, at + HELD_REACH);
  return window.includes(HELD_CUE[lang]) && HELD_ALREADY[lang].test(window);
}

/** How far before a month the participle of a decision taken at its gathering may stand. */
const DECIDED_REACH = 60;
const decided = lexicon.decidedAtBefore;
/**
 * What a window must hold before its pattern is tried: "at", "during" in English; in Russian the literal start of a
 * participle stem («установлен», «утвержд», «прошедш»), since letters common to all participles («нн», «ён») filter nothing.
 */
const DECIDED_CUE = { en: [' at ', ' during '], ru: decided.ru.map((stem: string) => stem.split(/[[\\(]/)[0]!.toLowerCase()) };
/** "set at the", "agreed during the session": not after "be", "to" or "will" («будет», «быть»), which tell a decision still to come. */
const DECIDED_AT = {
  en: rx(`(?<![\\p{L}])(?<!(?:be|been|being|to|is|are|will|would)\\s+)(?:${decided.en.join('|')})\\s+(?:at|during)\\s+(?:\\p{L}+\\s+){0,3}$`, 'iu'),
  ru: rx(`(?<![\\p{L}])(?<!(?:будет|будут|быть|может|могут)\\s+)(?:${decided.ru.join('|')})\\p{L}{0,5}\\s+(?:(?:на|в\\s+ходе|во\\s+время)\\s+(?:\\p{L}+\\s+){0,2})?$`, 'iu'),
};
/** A Russian date told at a place, not as a deadline: «в феврале», «февральском», «прошлогодней» (not «на февраль»). */
const MONTH_AT_RU = rx(/^(?:(?:в|во)\s+\p{L}+е|\p{L}+(?:ом|ой|ем|ей))(?![\p{L}])/iu);

/** True when the month at `at` names a gathering a decision told by a past participle was taken at ("the date set at the February session"). */
export function decidedAtBefore(sentence: string, at: number, lang: Language): boolean {
  const window = sentence.slice(Math.max(0, at - DECIDED_REACH), at);
  const lower = lang === 'ru' ? window.toLowerCase() : window;
  if (!DECIDED_CUE[lang].some((c) => lower.includes(c))) return false;
  return (lang === 'en' || MONTH_AT_RU.test(sentence.slice(at, at + 24))) && DECIDED_AT[lang].test(window);
}

/** How far before the day the decision a starting day belongs to may be told. */
const DECISION_REACH = 100;
/** "from", "as of", «с»: the day right after is a start. */
const START_RIGHT_BEFORE = {
  en: rx(/(?:^|[^\p{L}])(?:from|as\s+of|effective|starting)\s+$/iu),
  ru: rx(/(?:^|[^\p{L}])(?:с|со|начиная\s+с)\s+$/iu),
};
const decision = lexicon.decisionTakingEffect;
/** A decision in the window before the start: an appointment, a decision, an approval. */
const DECISION_BEFORE = {
  en: rx(`(?<![\\p{L}])(?:${decision.en.join('|')})`, 'iu'),
  ru: rx(`(?<![\\p{L}])(?:${decision.ru.join('|')})`, 'iu'),
};

/** True when the day at `at` is told as the start of a decision told before it ("the appointment of X … from January 1"). */
function startsAfterDecision(sentence: string, at: number, lang: Language): boolean {
  const before = sentence.slice(Math.max(0, at - 14), at);
  if (!START_RIGHT_BEFORE[lang].test(before)) return false;
  return DECISION_BEFORE[lang].test(sentence.slice(Math.max(0, at - DECISION_REACH), at));
}

/** «первый … после …», "first … after …" right before a month, no comma or semicolon between. */
const FIRST_AFTER = {
  ru: rx(/(?:^|[^\p{L}])(?:перв(?:ый|ая|ое|ого|ой|ым)|впервые)\s[^,;:.!?]{0,60}?(?<![\p{L}])после\s[^,;:.!?]{0,40}$/iu),
  en: rx(/(?:^|[^\p{L}])first\s[^,;:.!?]{0,60}?(?<![\p{L}])after\s[^,;:.!?]{0,40}$/iu),
};
/** How far before a month its «первый … после» may start. */
const FIRST_AFTER_REACH = 110;

/** How far before a month its "since" may stand ("since his inauguration in December"). */
const SINCE_REACH = 40;
const LETTER_BEFORE = rx(/\p{L}/u);

/** True when `at` lies in a "since" phrase: the word "since" within `SINCE_REACH` before it, no comma or semicolon between. */
function inSincePhrase(sentence: string, at: number): boolean {
  const i = sentence.lastIndexOf('since', at);
  if (i < 0 || i < at - SINCE_REACH || (i > 0 && LETTER_BEFORE.test(sentence[i - 1]!))) return false;
  return !/[,;:]/.test(sentence.slice(i, at));
}

/** Loose mentions of one sentence; `taken` tells spans already claimed by fuller dates. */
export function looseMentions(s: Sentence, lang: Language, article: PartialDate | null, taken: (a: number, b: number) => boolean): LooseMention[] {
  return article && LOOSE_GATE.test(s.text) ? gatedLooseMentions(s, lang, article, taken) : [];
}

/** `looseMentions` of a sentence that passes `LOOSE_GATE` (a caller that tested it spares a second scan). */
export function gatedLooseMentions(s: Sentence, lang: Language, article: PartialDate | null, taken: (a: number, b: number) => boolean): LooseMention[] {
  if (!article) return [];
  const y0 = Number(article.slice(0, 4));
  const am = article.length >= 7 ? Number(article.slice(5, 7)) : null;
  const out: LooseMention[] = [];
  // Whether `[index, index + length)` is claimed: by a fuller date, or by a loose mention read before it.
  const claimed = (index: number, length: number) => taken(s.start + index, s.start + index + length) || out.some((o) => index < o.index + o.length && o.index < index + length);
  const push = (index: number, length: number, date: PartialDate, anaphoric?: number) => {
    if (claimed(index, length)) return;
    out.push({ index, length, date, ...(anaphoric === undefined ? {} : { anaphoric }) });
  };
  // Longer relative phrases first («ранее в тот же день», «в минувшую пятницу», "next month").
  const relative = relativeMentions(s.text, lang, article);
  for (let i = 0; i < relative.length; i++) {
    const r = relative[i]!;
    if (r.same === undefined) push(r.index, r.length, r.date, r.anaphoric);
    else if (!taken(s.start + r.index, s.start + r.index + r.length)) out.push({ index: r.index, length: r.length, date: r.date, same: r.same });
  }
  if (article.length === 10 && CUES.days.test(s.text)) {
    for (const m of execAllAt(DAY_RE, s.text)) {
      const offset = DAY_EXACT.find((d) => d.re.test(m[1]!))?.offset ?? 0;
      push(m.index!, m[0].length, addDays(article, offset));
    }
  }
  // A match whose word is no month gives nothing: without a month word's start none can give a month.
  const month = CUES.month.test(s.text);
  for (const m of month ? execAllAt(MONTH_ALONE[lang], s.text) : []) {
    const mo = monthNumber(m[2]!);
    if (!mo) continue;
    const end = m.index! + m[0].length;
    const or = s.text.startsWith(OR_WORD[lang], end) ? s.text.slice(end).match(MONTH_OR[lang]) : null;
    const length = or ? m[0].length + or[0].length : m[0].length;
    // p75: its year is read only for a month no fuller date has claimed (seven in ten on 1,000 articles are claimed).
    if (claimed(m.index!, length)) continue;
    const y = monthYear(mo, m[1]!, s.text, lang, y0, am, m.index!);
    push(m.index!, length, or ? String(y) : `${y}-${pad2(mo)}`);
  }
  if (lang === 'ru' && month) {
    for (const m of execAllAt(MONTH_ADJECTIVE, s.text)) {
      const mo = looseLexicon.monthAdjectiveStemsRu.indexOf(m[1]!.toLowerCase()) + 1;
      if (mo < 1 || claimed(m.index!, m[0].length)) continue;
      // «у мемориала героям Апрельской революции», «после Октябрьской революции»: a month adjective written with a capital
      // inside the sentence is part of an event's proper name, of a year of its own, not a time of the clause.
      if (!m[2] && inProperName(s.text, m.index!)) continue;
      const end = m.index! + m[0].length;
      PAST_AFTER_ADJECTIVE.lastIndex = end;
      const after = m[2] ? null : PAST_AFTER_ADJECTIVE.exec(s.text);
      // «августовского кризиса прошлого года»: that month of the year before; «после августовского кризиса»: the last August.
      // «В прошлом году из-за июньской трагедии …»: last year told before the adjective in its clause is its year.
      const lastYear = !m[2] && !after && LAST_YEAR_BEFORE.test(s.text.slice(Math.max(0, m.index! - LAST_YEAR_REACH), m.index));
      const y = m[2] ?? (after ? (after[1] ? y0 - 1 : am !== null && mo > am ? y0 - 1 : y0) : lastYear ? y0 - 1 : monthYear(mo, '', s.text, lang, y0, am, m.index!));
      push(m.index!, m[0].length, `${y}-${pad2(mo)}`);
    }
  }
  for (const m of CUES.season[lang].test(s.text) ? execAllAt(SEASON[lang], s.text) : []) {
    const words = (m[1] ?? m[2] ?? m[0]).toLowerCase();
    // «в ходе весенней сессии … в апреле», «… 14 апреля»: a session's season yields to any other date of the sentence.
    // A legislature's spring session runs into the summer: it is the article's year, not rolled on when the spring is over.
    const session = SESSION.test(words);
    if ((session && (out.length || DAY_OR_YEAR().test(s.text))) || claimed(m.index!, m[0].length)) continue;
    const last = session ? null : seasonLastMonth(m[2] ?? m[0]);
    // «к весне» in a December article speaks of next spring.
    // «к весне», "by spring": a deadline looks forward even without a future verb.
    // «весной в Бишкек приедет делегация»: the verb nearest before or after the season looks forward too.
    // "who met twice this spring, are expected to meet again": "this" names the season of the
    // article's own year, passed or not, whatever the sentence's main verb (winter straddles two years).
    const rolled = last !== null && am !== null && last < am && !THIS_SEASON.test(words) && (DEADLINE.test(m[0]) || speaksOfFuture(s.text, lang) || tenseBefore(s.text, m.index!, lang) === 'future');
    const y = LAST.test(words) ? y0 - 1 : NEXT.test(words) || rolled ? y0 + 1 : y0;
    push(m.index!, m[0].length, String(y));
  }
  return out;
}
