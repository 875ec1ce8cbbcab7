/**
 * Background stretches of a clause: a relative clause or a participle phrase after a comma
 * (", which opened in 2003", «, подписанного в 1992 году») and a "since …" phrase. They describe
 * something other than the clause's event, so a trigger in one yields to a trigger outside, and
 * a date in one does not date an event outside — unless the stretch describes that very trigger
 * word ("the summit, held in Osh on Friday"). Openers are data in knowledge/event-lexicon.json.
 */
import type { Language } from '../../../schema/dataset';
import type { DateMention } from '../../types';
import raw from '../../knowledge/event-lexicon.json';
import { rx } from '../regex';
import type { TriggerHit } from './lexicon';
import type { LanguageLexicon } from './language';

/** A background stretch, absolute offsets; `since` stretches only demote triggers. */
export interface Stretch {
  start: number;
  end: number;
  since: boolean;
  /** A measure's participle with no comma before it ("restrictions imposed in the summer"): it ends with its date's words. */
  bare: boolean;
}

const b = raw.backgroundClauses;
const OPENER = {
  ru: rx(`(?:${b.ru.join('|')})(?![\\p{L}])`, 'giu'),
  en: rx(`(?:${b.en.join('|')})(?![\\p{L}])`, 'giu'),
};
/** Openers that are relative pronouns («, который», ", which"), as against participle phrases. */
const RELATIVE = { ru: /котор|чей|чья|чьи/iu, en: /\b(?:which|who|whose|whom)\b/iu };
/** A possessive relative opener («, чей срок», ", whose term"). */
const POSSESSIVE = { ru: rx(/^[\s,]*(?:чей|чья|чь[её]|чьи|чьего|чьей|чьих)(?![\p{L}])/iu), en: /^[\s,]*whose\b/iu };
/** Participles that open a stretch with no comma after a measure's noun (`bareParticiples`; none in Russian yet). */
const BARE = { ru: bareOf(b.bareParticiples.ru), en: bareOf(b.bareParticiples.en) };
function bareOf(words: readonly string[]): RegExp {
  return words.length ? rx(`^(?:${words.join('|')})(?![\\p{L}])`, 'iu') : /(?!)/;
}
const SINCE = { ru: rx(`^(?:${b.since.ru.join('|')})`, 'iu'), en: rx(`^(?:${b.since.en.join('|')})`, 'iu') };
const WORD_BEFORE = rx(/[\p{L}\d]$/u);
const OCCURRENCE = {
  ru: rx(`(?<![\\p{L}])(?:${b.occurrence.ru.join('|')})(?![\\p{L}])`, 'iu'),
  en: rx(`(?<![\\p{L}])(?:${b.occurrence.en.join('|')})(?![\\p{L}])`, 'iu'),
};
/** A relative clause that opens with the verb of taking place («, которая состоялась», ", which took place", ", which was held"). */
const OCCURS_AFTER_PRONOUN = {
  ru: rx(`^[\\s,]*(?:котор\\p{L}*)\\s+(?:${b.occurrence.ru.join('|')})(?![\\p{L}])`, 'iu'),
  en: rx(`^[\\s,]*(?:which|that)\\s+(?:was\\s+|were\\s+)?(?:${b.occurrence.en.join('|')})(?![\\p{L}])`, 'iu'),
};
/** True when the stretch at `start`–`end` of `text` opens with the verb of taking place: it tells when its antecedent happened. */
export function tellsOccurrence(text: string, start: number, end: number, lang: Language): boolean {
  return OCCURS_AFTER_PRONOUN[lang].test(text.slice(start, end));
}
const SINCE_YEAR = rx(`^(?:${[...b.since.ru, ...b.since.en].join('|')})\\s+$`, 'iu');
/**
 * "for the first time since 2003 later this year": a date a word or two after the year of a "since"
 * phrase ends that phrase; it tells when the clause's event happens, not a starting point.
 */
const AFTER_SINCE_YEAR = rx(`^(?:${[...b.since.ru, ...b.since.en].join('|')})\\s+(?:19|20)\\d\\d\\s+(?:(?:later|earlier|early|late|in|on|at|by)\\s+){0,2}$`, 'iu');
/**
 * Where a stretch ends: the next comma, semicolon or dash, or a second reported clause joined by
 * "and that" / «и что» ("said the section had issued 25,000 documents since January and that
 * consular days would be held in October"): what follows is the speaker's next point, not the stretch.
 */
const STOP = /[,;]|\s[—–-]\s|\s(?=(?:and|but) that\s)|\s(?=(?:и|а|но) что\s)/g;

/** One language's openers of background stretches (`LanguageLexicon.background`), read as fixed properties. */
export interface BackgroundWords {
  readonly opener: RegExp;
  readonly relative: RegExp;
  readonly bare: RegExp;
  readonly since: RegExp;
}

/** The background openers of `lang`: the tables' entries. */
export const backgroundWords = (lang: Language): BackgroundWords => ({ opener: OPENER[lang], relative: RELATIVE[lang], bare: BARE[lang], since: SINCE[lang] });

/**
 * A participle of an outcome in «-нут-», «-нят-» («договорённостей, достигнутых в ходе визита …», «решений,
 * принятых в ходе визита»): a background stretch only after a verb of discussing, which took up what it tells, and when it
 * tells an event of its own (the trip); without one its date is the talks' occasion told loosely.
 */
export const OUTCOME_PARTICIPLE = rx(/^\p{L}+(?:нут|нят)\p{L}{2,3}(?:ся|сь)?(?![\p{L}])/u);

/** The trigger keys of a verb of discussing («обсудили», «обсудил с …»): talks that took up an outcome reached before. */
const DISCUSSING = new Set(['discussed', 'discussion']);

/** True when a hit of `hits` before `start` is a verb of discussing (not a gathering's noun told again: «Встреча стала продолжением …»). */
const talksOutside = (hits: readonly TriggerHit[], start: number) => hits.some((h) => h.start < start && DISCUSSING.has(h.trigger.key));

/** The background stretches of clause text `text` starting at offset `from`. */
export function backgroundStretches(text: string, from: number, lex: LanguageLexicon, hits: readonly TriggerHit[] = []): Stretch[] {
  const out: Stretch[] = [];
  const w = lex.background;
  const re = w.opener;
  re.lastIndex = 0;
  /** Where the last relative clause («, который …», ", who …") ended. */
  let lastEnd = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "since" must start a word; comma openers carry their own boundary.
    if (m[0][0] !== ',' && m.index > 0 && WORD_BEFORE.test(text.slice(m.index - 1, m.index))) continue;
    // "X, who arrived on Thursday, discussed on Friday …": right after a relative clause closes, a
    // verb form is the main predicate, not another participle phrase.
    const relative = w.relative.test(m[0]);
    if (m.index === lastEnd && !relative) continue;
    const bodyAt = m[0][0] === ',' ? m.index + m[0].length - m[0].slice(1).trimStart().length : m.index;
    STOP.lastIndex = m.index + m[0].length;
    const stop = STOP.exec(text);
    // "restrictions imposed in the summer on …": a measure's participle with no comma before it ends with the words of
    // its date ("an agreement signed by the ministries in June" runs on like a comma-led phrase).
    const bare = m[0][0] !== ',' && w.bare.test(m[0]);
    const end = bare ? m.index + m[0].length : stop ? stop.index : text.length;
    if (lex.lang === 'ru' && OUTCOME_PARTICIPLE.test(text.slice(bodyAt, bodyAt + 24)) && !(talksOutside(hits, from + bodyAt) && hits.some((h) => h.start >= from + bodyAt && h.start < from + end))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: from + bodyAt, end: from + end, since: w.since.test(text.slice(bodyAt).trimStart()), bare });
    lastEnd = relative ? end : -1;
    re.lastIndex = Math.max(end, m.index + 1);
  }
  re.lastIndex = 0;
  return out;
}

const inside = (x: { start: number }, s: Stretch) => s.start <= x.start && x.start < s.end;

/** The hits that may name the clause's event: those outside background stretches, else all. */
export function foregroundHits(hits: TriggerHit[], stretches: Stretch[]): { hits: TriggerHit[]; background: boolean } {
  if (!stretches.length) return { hits, background: false };
  const outside = hits.filter((h) => !stretches.some((s) => inside(h, s)));
  return outside.length ? { hits: outside, background: false } : { hits, background: true };
}

/**
 * The mentions that may date the event at `hit`. A relative or participle stretch that holds a
 * trigger of its own tells another event (", signed in Astana in 2014"): its dates count only
 * for that trigger or for the trigger word the stretch describes. A stretch without one dates
 * the event it hangs on when it tells when that happens («заседании комиссии, которое пройдет
 * завтра»), not when it describes something else («премьер, назначенный в конце марта»).
 */
export function foregroundMentions(ms: DateMention[], hit: TriggerHit, all: TriggerHit[], stretches: Stretch[], text: string, lang: Language): DateMention[] {
  // Most clauses lie in no stretch: every mention counts, with no question asked of each.
  if (!stretches.length) return ms.slice();
  return ms.filter((m) => {
    const s = stretches.find((x) => inside(m, x));
    if (!s || inside(hit, s)) return true;
    // "since 2003" is a starting point (the subordinate-year rule weighs it); "since the court
    // issued a warrant in March" dates something else.
    if (s.since) {
      const before = text.slice(s.start, m.start);
      return SINCE_YEAR.test(before) || AFTER_SINCE_YEAR.test(before);
    }
    // ", whose term ends this year": a possessive relative tells of its antecedent's own things, not when the event happens.
    if (!all.some((h) => inside(h, s))) return (OCCURRENCE[lang].test(text.slice(s.start, s.end)) && !POSSESSIVE[lang].test(text.slice(s.start, s.end))) || adjacent(hit, s, text);
    return adjacent(hit, s, text) || occursAs(hit, s, text, lang) || signsDocument(hit, all, s, text) || opensAgain(hit, all, s, text);
  });
}

/**
 * «Договора о дружбе, сотрудничестве и взаимной помощи», "Treaty of Friendship, Cooperation and
 * Mutual Assistance": a name whose commas only list its subjects, the last joined by «и» / "and".
 */
const ENUMERATED_NAME = /^[^,;:]+(?:,\s*[^,;:]+){1,3}\s(?:и|and)\s[^,;:]+$/u;

/** How far a document's name may run between its noun and ", which could be signed …". */
const DOCUMENT_NAME_REACH = 170;

/**
 * True when stretch `s` tells the signing of the document named by `hit` ("a new agreement on
 * the status of migrants, which could be signed before summer"): the stretch's date is the
 * document's own, when no signing is told outside the stretch (a later step of it may be: `LATER_STEP`).
 */
function signsDocument(hit: TriggerHit, all: TriggerHit[], s: Stretch, text: string): boolean {
  // The document's later step told after the stretch («…, вступил в силу») is dated as the document named before it.
  const laterStep = hit.trigger.key === 'signing' && hit.start >= s.end && laterStepDone(hit, text);
  const noun = laterStep ? all.find((h) => h.trigger.key === 'document' && h.end <= s.start && s.start - h.end <= DOCUMENT_NAME_REACH) : hit;
  if (!noun || noun.trigger.key !== 'document' || noun.end > s.start || s.start - noun.end > DOCUMENT_NAME_REACH) return false;
  const name = text.slice(noun.end, s.start).replace(/[\s,]+$/, '');
  if (/[,;:]\s*\S/.test(name) && !ENUMERATED_NAME.test(name)) return false;
  const signing = all.filter((h) => h.trigger.key === 'signing');
  return signing.some((h) => inside(h, s)) && signing.every((h) => inside(h, s) || laterStepDone(h, text));
}

/**
 * A document's step after its signing, told as done: a ratification, an entry into force («Договор, подписанный в декабре,
 * вступил в силу», "The treaty, signed last December, entered into force …"). Told of the document beside the stretch of
 * its signing, it leaves the stretch's date the document's own. A step still to come («ещё предстоит ратифицировать», "is
 * yet to be ratified") is an event of its own, which the golds keep apart.
 */
const LATER_STEP = rx(/^(?:ратифи|вступ|ratif|enter|came\s+into|took\s+effect)/iu);
/** A later step told as still to come: an infinitive or a future («ратифицировать», «вступит»), "ratify", "will enter". */
const STEP_TO_COME = rx(/^(?:ратифицировать|вступит|вступят|ratify(?![\p{L}])|enter(?![\p{L}]))/iu);
/** True when hit `h` at `text` is a later step of a document told as done or named (`LATER_STEP`, not `STEP_TO_COME`). */
const laterStepDone = (h: TriggerHit, text: string) => {
  const word = text.slice(h.start, h.end);
  return LATER_STEP.test(word) && !STEP_TO_COME.test(word);
};

/**
 * True when stretch `s` tells again the opening `hit` names before it ("the opening of a branch in Bishkek, which could
 * admit its first students next year", «открытие филиала, который примет первых студентов в 2026 году»): the
 * stretch's date is the opening's own.
 */
function opensAgain(hit: TriggerHit, all: TriggerHit[], s: Stretch, text: string): boolean {
  if (hit.trigger.key !== 'opening' || hit.end > s.start || s.start - hit.end > DOCUMENT_NAME_REACH) return false;
  return !/[;:]/.test(text.slice(hit.end, s.start)) && all.some((h) => h !== hit && h.trigger.key === 'opening' && inside(h, s));
}

/** How far a gathering's complement («встречи президентов Дмитрия Медведева и Курманбека Бакиева») may run before its relative clause. */
const COMPLEMENT_REACH = 80;

/**
 * True when stretch `s` tells when the gathering named by `hit` took place, with the gathering's
 * complement between them («встречи президентов А и Б, которая состоялась 28 августа в Душанбе на
 * полях саммита»; "the talks between the two presidents, which took place on May 5 on the sidelines
 * of …"): the stretch's date is the gathering's, though it names another event too.
 */
function occursAs(hit: TriggerHit, s: Stretch, text: string, lang: Language): boolean {
  if (hit.end > s.start || s.start - hit.end > COMPLEMENT_REACH) return false;
  if (/[,;:.()«»"]/.test(text.slice(hit.end, s.start).replace(/[\s,]+$/, ''))) return false;
  return OCCURS_AFTER_PRONOUN[lang].test(text.slice(s.start, s.end));
}

/**
 * True when stretch `s` describes the trigger word right before it ("the summit, held in …"). A participle with no
 * comma before it ("lifted restrictions imposed in the summer") describes the trigger's object, not its event.
 */
function adjacent(hit: TriggerHit, s: Stretch, text: string): boolean {
  return hit.end <= s.start && /^[\s,]*$/.test(text.slice(hit.end, s.start)) && (!s.bare || s.start === hit.end || text.charCodeAt(s.start - 1) !== SPACE || text.slice(hit.end, s.start).includes(','));
}
const SPACE = 0x20;
