/**
 * Finding event triggers in a sentence and choosing the one that names a clause's event.
 */
import type { Language } from '../../../schema/dataset';
import type { DateMention, Sentence } from '../../types';
import { MARKERS, TRIGGERS, type Trigger, type TriggerHit } from './lexicon';
import type { LanguageLexicon } from './language';
import { candidateTriggers, TRIGGER_CUES } from './trigger-cues';
import { inSpeech, type Ranges } from './speech';
import { rx } from '../regex';
import { dateRightBefore } from './date-before-anaphora';

/** True when the words before a trigger refer back to an event already told («в церемонии открытия»). */
export function refersBack(text: string, at: number, lang: Language, end = at): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  // "co-chaired a session of the intergovernmental commission": the body has "the", the event a new "a".
  if (lang === 'en' && NEW_OF_THE.test(before)) return false;
  if (!ANAPHORA[lang].test(before)) return false;
  // "witnessed the signing of an agreement on …", "the signing of several documents": "the" is the act's, the
  // documents are new.
  return !(lang === 'en' && end > at && NEW_DOCUMENTS_AFTER.test(text.slice(end, end + 48)));
}

/**
 * " of an agreement", " of several documents", " of agreements on school exchanges" (a bare plural with its subject):
 * a signing's objects told as new, after the signing word.
 */
const NEW_DOCUMENTS_AFTER =
  /^\s+of\s+(?:an?|several|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+(?:number|package|series|set)\s+of|(?:[a-z-]+\s+)?(?:agreements|documents|accords|contracts|memoranda|memorandums)\s+(?:on|for|to|in)\s)/i;

/** "a session of the", "a new round of the": an indefinite article before the body the trigger names. */
const NEW_OF_THE = rx(/(?:^|\s)an?\s+(?:[\p{L}-]+\s+){1,2}of\s+the\s+$/iu);

/** Types an anaphoric «на встрече» / "during the meeting" can point back to. */
const GATHERINGS = new Set(['meeting', 'igc_session', 'visit', 'summit', 'forum']);
const WITH = /^\s+(?:с|со|между|with|between)\s/iu;
/** «встрече премьер-министра Темира Сариева с …»: up to four words of the host, then «с» and a counterpart (not «с участием»). */
const HOST_WITH = rx(/^(?:\s+[\p{L}-]+){1,4}\s+(?:с|со)\s+(?!участи)/u);
/**
 * «переговоров Садыра Жапарова и Владимира Путина», «переговорах президентов Садыра Жапарова и Владимира Путина»: the two
 * sides named in the genitive, each by one or two capitalised words, after their common title in lower case if any.
 */
const NAMED_PAIR = rx(/^\s+(?:\p{Ll}+\s+)?(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+\s+и\s+\p{Lu}\p{Ll}+/u);
/**
 * How far after an anaphoric trigger a date may be, with no comma between, and still be its own
 * («визита … в марте», «государственного визита Президента Российской Федерации в Кыргызстан 12 октября»).
 */
const OWN_DATE_REACH = 70;
/** A comma or a word opening what was said ("after the talks that trade … last year"): the date is another clause's. */
const OTHER_CLAUSE = rx(/[,;:]|(?:^|[^\p{L}])(?:that|что|which|котор\p{L}*)(?![\p{L}])/u);
/** «на встрече», «в ходе переговоров», «комментируя итоги консультаций» (a gerund framing the words said), «назвал итоги визита», «ранее называл визит» (a judgement of it), "during the meeting": a reference to an event already told. */
const ANAPHORA: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])(?:на|в|во|в ходе|во время|по итогам|(?:комментируя|подводя|оценивая) итоги|после|в рамках|по результатам|(?:назва|называ)л\p{L}*(?:\s+итоги)?|оценил\p{L}*)\s+(?:[\p{L}-]+(?:ой|ых|ом|ей|их|ого|его|ую|юю|ая|яя|ые|ие|ий|ый|ее|ое)\s+){0,2}$/iu),
  en: rx(/(?:^|[^\p{L}])(?:the|during|at|after|following|in|called|described)\s+$/iu),
};
/**
 * "joined the expanded talks", "took part in the narrow-format meeting": a format word between the article and the noun
 * names talks already told, when talks were (with only a trip told, "X took part in the expanded talks" tells the talks).
 */
const FORMAT_ANAPHORA: Partial<Record<Language, RegExp>> = {
  en: rx(/(?:^|[^\p{L}])(?:the|during|at|after|following|in)\s+(?:expanded|enlarged|extended|narrow|narrow-format|restricted|one-on-one|closed-door|face-to-face)\s+$/iu),
};

/**
 * Trigger hits of a sentence, in text order. Drops hits inside excluded phrases («в беседе с
 * RT»), speech-only-weak triggers in direct speech, «this meeting» in speech, and — when an
 * event of the kind was already found — anaphoric references to it («на встрече»).
 */
export function findTriggers(
  s: Sentence,
  lex: LanguageLexicon,
  speech: Ranges,
  seenTypes: Set<string>,
  mentions: readonly DateMention[] = [],
  lower = s.text.toLowerCase(),
  // The triggers whose cues occur, found with one scan for all of them, and those without cues;
  // most sentences have none, and then nothing else is done.
  candidates: readonly number[] = candidateTriggers(TRIGGER_CUES[lex.lang], lower),
  // The dates of the events told so far: a day of the sentence's own that none of them has makes a gathering another one.
  toldDates: readonly { date: string | null }[] = [],
): TriggerHit[] {
  if (!candidates.length) return [];
  const lang = lex.lang;
  let excluded: { start: number; end: number }[] | null = null;
  const hits: TriggerHit[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const trigger = TRIGGERS[candidates[k]!]!;
    const matches = lex.triggers[candidates[k]!]!.all(s.text, lower, true);
    for (let j = 0; j < matches.length; j++) {
      const m = matches[j]!;
      excluded ??= lex.exclusions.all(s.text, lower);
      if (overlapsAny(excluded, m.start, m.end)) continue;
      if (overlapsAny(hits, s.start + m.start, s.start + m.end)) continue;
      const spoken = inSpeech(speech, s.start + m.start);
      if (spoken && (trigger.speech ? lex.demonstrative.test(wordsBefore(s.text, m.start)) : !ownMeeting(trigger, s.text, m, lang))) continue;
      const weak = trigger.type === 'meeting' || (trigger.type === 'visit' && !spoken);
      // Cheapest questions first: most hits are no weak reference to a gathering already found.
      if (weak && gatheringSeen(seenTypes) && refersToSeen(s, m, mentions, lang, seenTypes.has('meeting'), trigger.key) && !dayOfItsOwn(s, m, mentions, toldDates)) continue;
      insertByStart(hits, { trigger, start: s.start + m.start, end: s.start + m.end });
    }
  }
  return hits;
}

/**
 * Adds `hit` to `hits` (in text order) after every hit starting at or before it: the order a
 * stable sort by start gives, without the sort's working copy (a sentence holds a few hits).
 */
function insertByStart(hits: TriggerHit[], hit: TriggerHit): void {
  hits.push(hit);
  let i = hits.length - 1;
  for (; i > 0 && hits[i - 1]!.start > hit.start; i--) hits[i] = hits[i - 1]!;
  hits[i] = hit;
}

/** True when one of `spans` overlaps `[start, end)`; a loop, as two closures per match added to the pass's allocation. */
function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (let i = 0; i < spans.length; i++) if (spans[i]!.start < end && start < spans[i]!.end) return true;
  return false;
}

/** The meeting triggers that name a counterpart with their verb («встречался с …», «обсуждал … с министром»). */
const OWN_MEETING_KEYS = new Set(['meeting', 'discussion']);
/** A meeting verb in the past opening a trigger's match: «встречался», «обсуждал», "met", "discussed" (not the noun «встреча»). */
const MEETING_VERB: Record<Language, RegExp> = {
  ru: /^(?:встреча(?:лся|лась|лись)|встрети(?:лся|лась|лись)|обсужда(?:л|ла|ли)|обсуди(?:л|ла|ли))(?![а-яё])/iu,
  en: /^(?:met|discussed)(?![a-z])/iu,
};
/** «я», «мы», "I", "we" a word or two before the verb: the speaker tells a meeting of their own. */
const FIRST_PERSON_BEFORE: Record<Language, RegExp> = {
  ru: rx(/(?<![\p{L}])(?:я|мы)(?:\s+[\p{L}-]+){0,2}\s+$/iu),
  en: rx(/(?<![\p{L}])(?:I|[Ww]e)(?:\s+[\p{L}'’-]+)?\s+$/u),
};

/**
 * True when a meeting trigger in direct speech is a meeting the speaker tells in the first person with its verb
 * («Этот вопрос я подробно обсуждал с министром в июле», "I met his deputy in May"): an interview's account of the
 * speaker's own talks, not the quoted words about the day's meeting that these triggers are kept out of speech for.
 * Asked only for a trigger barred from speech.
 */
function ownMeeting(trigger: Trigger, text: string, m: { start: number; end: number }, lang: Language): boolean {
  return OWN_MEETING_KEYS.has(trigger.key) && MEETING_VERB[lang].test(text.slice(m.start, m.end)) && FIRST_PERSON_BEFORE[lang].test(wordsBefore(text, m.start));
}

/** The text up to 40 characters before offset `at` of `text`: where a demonstrative or anaphora would be. */
const wordsBefore = (text: string, at: number) => text.slice(Math.max(0, at - 40), at);

/**
 * True when a weak trigger match `m` of sentence `s` refers back to a gathering already told
 * («на встрече»), with no counterpart and no date of its own to make it another event. `talksSeen`: talks (a meeting)
 * were told, which a format word before the noun may point back to (`FORMAT_ANAPHORA`).
 */
function refersToSeen(s: Sentence, m: { start: number; end: number }, mentions: readonly DateMention[], lang: Language, talksSeen: boolean, key: string): boolean {
  // «на встрече с X», «переговоры между X и Y», "the talks between X and Y" name a counterpart: a new meeting, not a reference back.
  if (WITH.test(s.text.slice(m.end, m.end + 10))) return false;
  // «участвовал в заседании Межпарламентской комиссии …»: a sitting of a body named by its capitalised name is an
  // occasion of its own; the same sitting told again the same day is dropped as a retelling (`retoldBefore`).
  // (A line headed by a numeric stamp, «12.04.2022 Министр принял участие в заседании Совета …», is a link of a news list.)
  if (namesSittingBody(s.text, m.end, key, lang) && !stampedBefore(s, m.start, mentions)) return false;
  // «на встрече премьер-министра Темира Сариева с министром»: the host in the genitive, then the counterpart.
  // «в ходе переговоров Садыра Жапарова и Владимира Путина»: the two sides named after the noun, talks of their own.
  if (lang === 'ru' && (HOST_WITH.test(s.text.slice(m.end, m.end + 60)) || NAMED_PAIR.test(s.text.slice(m.end, m.end + 60)))) return false;
  // «после государственного визита … в марте этого года»: a date of its own makes it another event.
  const ownDate = mentions.some((d) => {
    const gap = d.start - (s.start + m.end);
    return gap >= 0 && gap <= OWN_DATE_REACH && !OTHER_CLAUSE.test(s.text.slice(m.end, m.end + gap));
  });
  if (ownDate) return false;
  const before = wordsBefore(s.text, m.start);
  const anaphora = ANAPHORA[lang].exec(before) ?? (talksSeen ? (FORMAT_ANAPHORA[lang]?.exec(before) ?? null) : null);
  if (!anaphora) return false;
  // «в ходе прошлогоднего визита», "during last year's visit": a date among the words before makes it another event.
  const from = s.start + m.start - before.length + anaphora.index;
  // «в декабре прошлого года, во время визита»: the date set right before the words dates the gathering.
  const at = from + (/^[^\p{L}]/u.test(anaphora[0]) ? 1 : 0);
  return !mentions.some((d) => d.start >= from && d.end <= s.start + m.start) && !dateRightBefore(s.text, s.start, at, mentions);
}

/** The trigger key of a sitting («заседание», «сессия»). */
const SESSION_KEY = 'session';
/** « Межпарламентской», « Совета»: a capitalised word right after the noun, the name of the body that sits. */
const NAMED_BODY = /^ \p{Lu}\p{Ll}/u;

/**
 * True when a sitting's noun ending at `end` of `text` (trigger `key`) is followed by the capitalised name of the body that
 * sits («в заседании Межпарламентской комиссии»): an occasion of its own, not a reference back to talks told.
 */
export function namesSittingBody(text: string, end: number, key: string, lang: Language): boolean {
  return key === SESSION_KEY && lang === 'ru' && NAMED_BODY.test(text.slice(end, end + 3));
}

/** A numeric date («12.04.2022», "04/12/2022"). */
const NUMERIC_DATE = /\d[./]\d/;

/**
 * «Накануне Иван Петров принял участие в заседании Совета МПА», "On Tuesday, he took part in the council's session": a day
 * of the sentence's own before the words, in the same clause, that no event told so far has, makes the gathering another one.
 */
function dayOfItsOwn(s: Sentence, m: { start: number; end: number }, mentions: readonly DateMention[], told: readonly { date: string | null }[]): boolean {
  for (let i = 0; i < mentions.length; i++) {
    const d = mentions[i]!;
    // A numeric stamp («12.04.2022 Министр принял участие …») heads an item of a news list, not a day the sentence tells.
    if (d.date.length !== 10 || d.start < s.start || d.end > s.start + m.start || NUMERIC_DATE.test(d.text)) continue;
    if (OTHER_CLAUSE.test(s.text.slice(d.end - s.start, m.start).replace(/^\s*,/u, ''))) continue;
    if (!told.some((o) => o.date === d.date)) return true;
  }
  return false;
}

/** True when a numeric date («12.04.2022») stands in sentence `s` before offset `at` of it: an item of a news list. */
function stampedBefore(s: Sentence, at: number, mentions: readonly DateMention[]): boolean {
  for (let i = 0; i < mentions.length; i++) {
    const d = mentions[i]!;
    if (d.start >= s.start && d.end <= s.start + at && NUMERIC_DATE.test(d.text)) return true;
  }
  return false;
}

/** True when a gathering is among the kinds of event found so far. */
function gatheringSeen(seenTypes: Set<string>): boolean {
  for (const t of seenTypes) if (GATHERINGS.has(t)) return true;
  return false;
}

/** «В ходе визита …», "During his visit, …": the visit names the time of the clause's meeting, as the sidelines of a summit do. */
const DURING_VISIT = {
  ru: rx(/(?:^|[^\p{L}])(?:в ходе|во время|в рамках)\s+(?:своего\s+|этого\s+|того\s+же\s+)?(?:визита|поездки|пребывания)(?![\p{L}])/iu),
  en: /\b(?:during|in the course of)\s+(?:his|her|their|the|this|that)\s+(?:visit|trip|stay)\b/iu,
};

/** How much closer to the date a lower-priority trigger must be to name the event instead. */
const NEAR = 20;
const GENERIC = new Set(['visit', 'meeting', 'summit', 'forum']);
const priority = (h: TriggerHit) => TRIGGERS.indexOf(h.trigger);
const distance = (h: TriggerHit, m: DateMention) => Math.max(0, m.start - h.end, h.start - m.end);

/**
 * The hit that names the clause's event: a meeting when the clause says it happened on the
 * sidelines of something larger; else the first by priority, unless another is much nearer the
 * clause's date («темы визита — председательство в текущем году»).
 */
export function chooseHit(hits: TriggerHit[], clause: string, lang: Language, mention: DateMention | null): TriggerHit {
  // Most clauses have one hit: no question to ask.
  if (hits.length === 1) return hits[0]!;
  // The markers are asked only when a meeting is among the hits: without one their answer changes nothing.
  const meeting = hits.find((h) => h.trigger.type === 'meeting');
  if (meeting && (MARKERS.sidelines[lang].test(clause) || DURING_VISIT[lang].test(clause))) return meeting;
  const sorted = [...hits].sort((a, b) => priority(a) - priority(b));
  const first = sorted[0]!;
  if (!mention) return first;
  const closest = sorted.reduce((best, h) => (distance(h, mention) < distance(best, mention) ? h : best));
  const gain = distance(first, mention) - distance(closest, mention);
  // A specific event («председательство», «вывод сил») nearer the date beats a generic visit or meeting.
  const specific = closest.trigger.type === 'other' && closest.trigger.key !== 'council' && GENERIC.has(first.trigger.type);
  return gain > NEAR || (gain > 0 && specific) ? closest : first;
}
