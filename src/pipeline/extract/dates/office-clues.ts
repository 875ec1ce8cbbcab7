/**
 * Year clues from a term of office told relatively: «президент X, вступивший в должность в ноябре
 * прошлого года», "X, who took office last November". The official's known term start gives the
 * article's year (start year + 1 for "last year", the start year for "this year").
 */
import type { ArticleDoc, PersonDraft, Sentence } from '../../types';
import type { RangeConstraint } from './constraints';
import type { DateKnowledge, Term } from './context';
import { MONTH_EN, MONTH_RU, monthNumber } from './lexicon';
import type { YearClue } from './year-clues';
import { rx } from '../regex';

/** Cheap test before the full pattern: a verb of taking office. */
const PREFILTER = /вступ|заступ|избран|назначен|возглав|смени|инаугурац|took office|took over|sworn|elected|appointed|inaugurat|became|replaced|succeeded/i;
const TOOK_OFFICE =
  '(?:вступи\\p{L}*\\s+в\\s+должность|заступи\\p{L}*\\s+на\\s+(?:пост|должность)|избран\\p{L}*|назначен\\p{L}*|возглави\\p{L}*|took\\s+office|took\\s+over|became|(?:was\\s+)?sworn\\s+in|(?:was\\s+)?elected|(?:was\\s+)?appointed|(?:was\\s+)?inaugurated)';
const WHEN_RU = `(?:в\\s+(?<mr>${MONTH_RU})\\s+)?(?<rr>прошл|минувш|этого|этом|текущ|нынешн)\\p{L}*\\s+год\\p{L}*`;
const WHEN_EN = `(?:(?<re1>last|this)\\s+(?<me1>${MONTH_EN})|(?:in\\s+(?<me2>${MONTH_EN})\\s+)?(?<re2>last|this)\\s+year)`;
/** «возглавил министерство в феврале», "was appointed in February": a month with no year is a month of this year. */
const WHEN_MONTH = `(?:в\\s+(?<mo>${MONTH_RU})|in\\s+(?<meo>${MONTH_EN}))(?!\\s*,?\\s*(?:\\d|прошл|минувш|этого|текущ|нынешн|сего|позапрошл|last|this|of))`;
/**
 * «сменивший Сергея Иванова на посту министра обороны», "who replaced X at the Defense Ministry": a successor's
 * phrase names the one replaced and the post, so more words stand before the time.
 */
const REPLACED = '(?:смени(?:л|вш)\\p{L}*|replaced|succeeded)';
/** «вступил в должность в прошлом месяце», "was inaugurated last month": the article is a month after the start (or in its month). */
const WHEN_LAST_MONTH = '(?:в\\s+)?(?:(?<lm>прошлом|минувшем|last)|(?<tm>этом|текущем|this))\\s+(?:месяце|month)';
const OFFICE_WHEN = rx(
  `(?:${TOOK_OFFICE}\\s+(?:[\\p{L}-]+\\s+){0,3}?|${REPLACED}\\s+(?:[\\p{L}.-]+\\s+){1,7}?)(?:${WHEN_RU}|${WHEN_EN}|${WHEN_LAST_MONTH}|${WHEN_MONTH})(?![\\p{L}])`,
  'giu',
);

type Role = DateKnowledge['officials'][number]['roles'][number];

/** The first five letters of each word of five letters or more: what a phrase and an office's title share. */
function stemsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().replace(/ё/g, 'е').match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 5)));
}

/**
 * Of an official's terms started in more than one year, the ones whose title shares the most words with the phrase
 * («на посту министра обороны», 'at the Defense Ministry'), when that leaves one year; else all of them.
 */
function titledRoles(roles: Role[], phrase: string): Role[] {
  const said = stemsOf(phrase);
  const score = (r: Role) => [...stemsOf(`${r.titleRu ?? ''} ${r.titleEn ?? ''}`)].filter((w) => said.has(w)).length;
  const top = Math.max(...roles.map(score));
  const best = roles.filter((r) => score(r) === top);
  return top > 0 && new Set(best.map((r) => r.from!.slice(0, 4))).size === 1 ? best : roles;
}

/** How far before the phrase the official's name may stand (same sentence). */
const NAME_WINDOW = 120;

/** The sentences of a document with a verb of taking office: found once by the caller and handed to both questions asked of them below. */
export function officeSentences(doc: ArticleDoc): Sentence[] {
  const found: Sentence[] = [];
  for (let i = 0; i < doc.sentences.length; i++) if (PREFILTER.test(doc.sentences[i]!.text)) found.push(doc.sentences[i]!);
  return found;
}

/**
 * «после вступления Ивана Орлова в должность мэра 3 марта», "since Orlov took office on March 3",
 * «после ее инаугурации 3 марта»: the start of a term told by its day and month with no year. The name may stand
 * inside the phrase (a noun of taking office governs it), else before it.
 */
const TOOK_OFFICE_ON = rx(
  `(?:(?:вступлени\\p{L}*|вступи\\p{L}*)\\s+(?:[\\p{L}.-]+\\s+){0,4}?в\\s+должность|заступлени\\p{L}*\\s+(?:[\\p{L}.-]+\\s+){0,4}?на\\s+(?:пост|должность)|инаугураци\\p{L}*|took\\s+office|taking\\s+office|(?:was\\s+)?sworn\\s+in|(?:was\\s+)?inaugurated|inauguration)` +
    `\\s+(?:[\\p{L}.-]+\\s+){0,3}?(?:(?<d>\\d{1,2})\\s+(?<mr>${MONTH_RU}|${MONTH_EN})|(?:on\\s+)?(?<me>${MONTH_EN})\\s+(?<de>\\d{1,2})(?:st|nd|rd|th)?)(?![\\d\\p{L}])(?!,?\\s*(?:\\d|года|г\\.|прошлого|минувшего|last))`,
  'giu',
);
/** A cheap test before `TOOK_OFFICE_ON`: a day written as digits. */
const HAS_DAY = /\d/;

/** The official named inside `[at, end)` first, else the one named nearest before `at` in the sentence `s`. */
function officialAt(people: PersonDraft[], s: Sentence, at: number, end: number): PersonDraft | null {
  let inside: PersonDraft | null = null;
  let first = Infinity;
  let before: PersonDraft | null = null;
  let best = -1;
  for (const p of people) {
    for (const sp of p.mentions) {
      if (sp.start >= at && sp.end <= end && sp.start < first) {
        first = sp.start;
        inside = p;
      } else if (sp.end <= at && sp.start >= Math.max(s.start, at - NAME_WINDOW) && sp.start > best) {
        best = sp.start;
        before = p;
      }
    }
  }
  return inside ?? before;
}

/**
 * Year clues from a term's start told by day and month alone: each term of the official that began on that day gives
 * its year (a day-month with no year is of the article's year, as a bare month is above). Two terms begun on the same
 * day (a re-election) give two clues, which the offices named elsewhere tell apart.
 */
export function officeStartDayClues(people: PersonDraft[], kb: DateKnowledge, sentences: Sentence[]): YearClue[] {
  const out: YearClue[] = [];
  for (const s of sentences) {
    if (!HAS_DAY.test(s.text)) continue;
    TOOK_OFFICE_ON.lastIndex = 0;
    for (let m = TOOK_OFFICE_ON.exec(s.text); m; m = TOOK_OFFICE_ON.exec(s.text)) {
      const g = m.groups!;
      const month = monthNumber((g.mr ?? g.me)!);
      const day = Number(g.d ?? g.de);
      if (!month || day < 1 || day > 31) continue;
      const at = s.start + m.index;
      const person = officialAt(people, s, at, at + m[0].length);
      const official = person && kb.officials.find((o) => o.id === person.id);
      if (!official) continue;
      const on = `-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const years = new Set(official.roles.filter((r) => r.from?.slice(4, 10) === on).map((r) => Number(r.from!.slice(0, 4))));
      for (const year of years) out.push({ year, weight: 2, evidence: `year ${year} from «${m[0]}» (${person.nameRu || person.nameEn} took office ${year}${on})` });
    }
  }
  return out;
}

/** Exact-year clues from officials said to have taken office last year or this year. */
export function officeStartClues(doc: ArticleDoc, people: PersonDraft[], kb: DateKnowledge, sentences = officeSentences(doc)): YearClue[] {
  const out: YearClue[] = [];
  for (const s of sentences) {
    OFFICE_WHEN.lastIndex = 0;
    for (let m = OFFICE_WHEN.exec(s.text); m; m = OFFICE_WHEN.exec(s.text)) {
      const g = m.groups!;
      const at = s.start + m.index;
      const rel = (g.rr ?? g.re1 ?? g.re2 ?? '').toLowerCase();
      const shift = /^(?:прошл|минувш|last)/.test(rel) ? 1 : 0;
      const monthOnly = Boolean(g.mo ?? g.meo);
      const monthWord = g.mr ?? g.me1 ?? g.me2 ?? g.mo ?? g.meo;
      const month = monthWord ? monthNumber(monthWord) : null;
      // The official named nearest before the phrase (an empty stretch to look inside).
      const person = officialAt(people, s, at, at);
      const official = person && kb.officials.find((o) => o.id === person.id);
      if (!official) continue;
      const wanted = new Set(person!.textRoles.map((r) => r.role));
      let roles = official.roles.filter((r) => r.from && (wanted.size === 0 || wanted.has(r.role)));
      // "Defense Minister X" read as a minister of no kind: the knowledge keeps the post under another key.
      if (roles.length === 0) roles = official.roles.filter((r) => r.from);
      if (month) roles = roles.filter((r) => Number(r.from!.slice(5, 7)) === month);
      if (roles.length > 1) roles = titledRoles(roles, m[0]);
      // "last month": the month after the start, in the next year when the term began in December.
      const years = new Set(roles.map((r) => Number(r.from!.slice(0, 4)) + (g.lm && r.from!.slice(5, 7) === '12' ? 1 : 0)));
      if (years.size !== 1) continue;
      const year = [...years][0]! + shift;
      // A bare month is weaker than «в прошлом году»: the writer may have left out the year of an older appointment.
      if (monthOnly && !month) continue;
      out.push({ year, weight: monthOnly ? 2 : 3, evidence: `year ${year} from «${m[0]}» (${person!.nameRu || person!.nameEn} took office ${roles[0]!.from})` });
    }
  }
  return out;
}

/** "interim President", «и.о. президента», «временно исполняющий обязанности» written just before a name. */
const ACTING_BEFORE = rx(
  /(?:(?<![\p{L}])(?:interim|acting|caretaker)\s+(?:[\p{L}-]+\s+){0,3}|(?:(?<![\p{L}])и\.\s?о\.|(?<![\p{L}])врио|временно\s+исполняющ\p{L}*\s+обязанности|исполняющ\p{L}*\s+обязанности)\s+(?:[\p{L}-]+\s+){0,4})$/iu,
);
const ACTING_PREFILTER = /interim|acting|caretaker|и\.\s?о\.|врио|исполняющ/i;
/** An acting term with no end date in the knowledge is assumed to last at most this long. */
const ACTING_MONTHS = 12;

function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7) || '1') - 1 + months;
  return `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}${iso.slice(7)}`;
}

/**
 * Officials the text calls acting or interim: the article falls within an acting term of theirs
 * (marked `acting` in the knowledge), else within the first year of the term of the role named.
 */
export function actingConstraints(doc: ArticleDoc, people: PersonDraft[], kb: DateKnowledge): RangeConstraint[] {
  if (!ACTING_PREFILTER.test(doc.text)) return [];
  const out: RangeConstraint[] = [];
  for (const p of people) {
    const official = kb.officials.find((o) => o.id === p.id);
    if (!official) continue;
    const acting = p.mentions.some((sp) => ACTING_BEFORE.test(doc.text.slice(Math.max(0, sp.start - 60), sp.start)));
    if (!acting) continue;
    const wanted = new Set(p.textRoles.map((r) => r.role));
    const held = official.roles.filter((r) => r.from && (wanted.size === 0 || wanted.has(r.role)));
    const marked = held.filter((r) => r.acting);
    const terms: Term[] = marked.length
      ? marked.map((r) => ({ from: r.from, to: r.to }))
      : held.map((r) => ({ from: r.from, to: r.to && r.to < addMonths(r.from!, ACTING_MONTHS) ? r.to : addMonths(r.from!, ACTING_MONTHS) }));
    if (terms.length === 0) continue;
    out.push({ kind: 'office', terms, evidence: `${p.nameRu || p.nameEn} as acting or interim (${terms.map((t) => `${t.from}..${t.to}`).join(', ')})` });
  }
  return out;
}

/** Cheap test before the full pattern: a word of a short span after the start of a term. */
const EARLY_PREFILTER = /year|weeks|months|год|недел|месяц/i;
/**
 * "less than a year after X took office", "weeks after X was sworn in", «менее чем через год после вступления X в
 * должность», «не прошло и года с тех пор, как X вступил в должность»: the article is within a year of the start.
 */
const EARLY_TERM = rx(
  `(?:(?:less\\s+than|under|not\\s+even|barely)\\s+(?:a|one)\\s+year\\s+(?:after|since)|(?:just\\s+|only\\s+|a\\s+few\\s+|several\\s+)?(?:weeks|months)\\s+after|within\\s+(?:a|one)\\s+year\\s+of|(?:менее|меньше)\\s+(?:чем\\s+)?(?:через\\s+)?(?:года?|полугода)\\s+(?:спустя\\s+)?(?:после|с\\s+момента|с\\s+тех\\s+пор,?\\s+как)|не\\s+прошло\\s+и\\s+года\\s+(?:с\\s+момента|после|с\\s+тех\\s+пор,?\\s+как|как)|(?:через|спустя)\\s+(?:несколько|пару|считанные)\\s+(?:недел|месяц)\\p{L}*\\s+после(?:\\s+того,?\\s+как)?)` +
    `\\s+(?:[\\p{L}.-]+\\s+){0,4}?(?:${TOOK_OFFICE}|taking\\s+office|being\\s+sworn\\s+in|вступлени\\p{L}*|избрани\\p{L}*|назначени\\p{L}*|инаугураци\\p{L}*|вступи\\p{L}*)(?![\\p{L}])`,
  'giu',
);
/** How far after the phrase the official's name may stand («после вступления Ивана Орлова в должность»). */
const NAME_AFTER = 40;
/** The span after a term's start that "less than a year after" allows. */
const EARLY_MONTHS = 12;

/**
 * Officials said to have taken office less than a year (or weeks, months) before: the article falls within a year
 * of the start of that term (of the role the text or the phrase names when the official held several).
 */
export function earlyTermConstraints(doc: ArticleDoc, people: PersonDraft[], kb: DateKnowledge, sentences = officeSentences(doc)): RangeConstraint[] {
  const out: RangeConstraint[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (!EARLY_PREFILTER.test(s.text)) continue;
    EARLY_TERM.lastIndex = 0;
    for (let m = EARLY_TERM.exec(s.text); m; m = EARLY_TERM.exec(s.text)) {
      const at = s.start + m.index;
      const end = Math.min(s.end, at + m[0].length + NAME_AFTER);
      // A name inside the phrase or just after it, else the nearest before it.
      const person = officialAt(people, s, at, end);
      const official = person && kb.officials.find((o) => o.id === person.id);
      if (!official) continue;
      const phrase = doc.text.slice(at, end);
      const wanted = new Set(person!.textRoles.map((r) => r.role));
      let roles = official.roles.filter((r) => r.from && (wanted.size === 0 || wanted.has(r.role)));
      if (roles.length === 0) roles = official.roles.filter((r) => r.from);
      if (roles.length > 1) roles = titledRoles(roles, phrase);
      if (roles.length === 0) continue;
      const terms: Term[] = roles.map((r) => ({ from: r.from, to: addMonths(r.from!, EARLY_MONTHS) }));
      out.push({ kind: 'office', terms, evidence: `«${m[0]}»: ${person!.nameRu || person!.nameEn} within a year of taking office (${terms.map((t) => `${t.from}..${t.to}`).join(', ')})` });
    }
  }
  return out;
}
