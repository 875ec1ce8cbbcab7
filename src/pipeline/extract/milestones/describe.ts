/**
 * Describing a milestone: who took part (people mentioned in its sentence), whether it is a
 * bilateral step, and short generated titles in English and Russian.
 */
import type { Language, MilestoneType } from '../../../schema/dataset';
import type { PersonDraft, Sentence } from '../../types';
import { placeNames, type OrganisationHit } from './knowledge';
import { CueFamily } from './cue-family';
import { familyFirst, genitiveOf } from './genitive';
import { prebuiltGenitives } from './prebuilt-genitives';
import { lowerCase, MARKERS } from './lexicon';
import { rx } from '../regex';
import eventLexicon from '../../knowledge/event-lexicon.json';

const MAX_TITLE = 80;

/** Ids of the people with a mention inside `[start, end)`. */
export function peopleWithin(people: PersonDraft[], start: number, end: number): string[] {
  // Loops, not filter/some/map: closures and a middle list per clause added to the pass's allocation.
  // Lengths and lists read once: in baseline code each property read, `length` too, is an inline-cache call.
  const out: string[] = [];
  for (let i = 0, n = people.length; i < n; i++) {
    const p = people[i]!;
    const ms = p.mentions;
    for (let j = 0, k = ms.length; j < k; j++) {
      const m = ms[j]!;
      if (m.start >= start && m.end <= end) {
        out.push(p.id);
        break;
      }
    }
  }
  return out;
}

/** Ids of the people mentioned in `sentence`. */
export function peopleInSentence(people: PersonDraft[], s: Sentence): string[] {
  return peopleWithin(people, s.start, s.end);
}

/** «По словам Касымалиева», "according to Putin": the source of the report, not a participant. */
const ATTRIBUTION = rx(/(?:по словам|по данным|со ссылкой на|according to)\s+(?:[\p{L}-]+\s+){0,4}$/iu);

/** People of a clause who take part in its event: mentioned in it and not only as its source. */
export function participants(people: PersonDraft[], text: string, start: number, end: number): PersonDraft[] {
  const out: PersonDraft[] = [];
  for (let i = 0, n = people.length; i < n; i++) {
    const p = people[i]!;
    const ms = p.mentions;
    for (let j = 0, k = ms.length; j < k; j++) {
      const m = ms[j]!;
      if (m.start >= start && m.end <= end && !ATTRIBUTION.test(text.slice(Math.max(0, m.start - 60), m.start))) {
        out.push(p);
        break;
      }
    }
  }
  return out;
}

const FOREIGN_PARTIES = { ru: eventLexicon.markers.foreignParty.ru.join('|'), en: eventLexicon.markers.foreignParty.en.join('|') };
/** `FOREIGN_LEADER_MEETS`, built on first use: asked only of a meeting on a summit's sidelines. */
let foreignLeaderMeetsRes: Record<Language, RegExp> | null = null;
/**
 * A third country's leader as a party of the meeting: the subject before the verb («президент Узбекистана провел встречу с …»,
 * "the Kazakh President met …") or the counterpart after it («встретился с премьер-министром Таджикистана», "met the Uzbek
 * leader"), names in between.
 */
const FOREIGN_LEADER_MEETS = (): Record<Language, RegExp> => (foreignLeaderMeetsRes ??= {
  ru: rx(
    `(?<![\\p{L}])(?:президент|премьер|лидер|глав|министр|вице-премьер)[\\p{L}-]*(?:\\s+(?:государства|правительства|МИД))?\\s+(?:${FOREIGN_PARTIES.ru})(?![\\p{L}])(?:\\s+\\p{Lu}[\\p{L}-]+){0,3}\\s+(?:провел|провёл|встретил)|(?:встреч\\p{L}*|переговор\\p{L}*|встретил\\p{L}*)\\s+(?:с|со)\\s+(?:президент|премьер|лидер|глав|министр|вице-премьер)[\\p{L}-]*(?:\\s+(?:государства|правительства|МИД))?\\s+(?:${FOREIGN_PARTIES.ru})(?![\\p{L}])`,
    'u',
  ),
  en: rx(
    `(?<![\\p{L}])(?:${FOREIGN_PARTIES.en})\\s+(?:President|Prime\\s+Minister|Premier|leader|Foreign\\s+Minister)(?:,?\\s+\\p{Lu}[\\p{L}-]+){0,3},?\\s+(?:met|held)(?![\\p{L}])|(?<![\\p{L}])(?:met|talks)\\s+(?:with\\s+)?(?:the\\s+|his\\s+|her\\s+)?(?:${FOREIGN_PARTIES.en})\\s+(?:President|Prime\\s+Minister|Premier|leader|counterpart|Foreign\\s+Minister)`,
    'u',
  ),
});
/** Whether a meeting on a summit's sidelines has a third country's leader as a party (`FOREIGN_LEADER_MEETS`). */
function foreignLeaderMeets(clause: string, lang: Language): boolean {
  return FOREIGN_LEADER_MEETS()[lang].test(clause);
}

/** The markers `isBilateral` asks, as one family. */
const BILATERAL_MARKERS = {
  ru: new CueFamily([MARKERS.bilateralAdjective.ru, MARKERS.sidelines.ru, MARKERS.thirdCountry.ru, MARKERS.multilateral.ru]),
  en: new CueFamily([MARKERS.bilateralAdjective.en, MARKERS.sidelines.en, MARKERS.thirdCountry.en, MARKERS.multilateral.en]),
};

/**
 * False for multilateral context: summits, multilateral councils and forums as such, and events
 * naming a multilateral organisation or a third country — unless the clause marks the step as
 * Kyrgyz–Russian («российско-киргизский», "bilateral") or as a meeting on the sidelines.
 */
export function isBilateral(type: MilestoneType, key: string, clause: string, lang: Language, placeCountry: string | null): boolean {
  // A trip to a third country («отправится в Астану») is not a Kyrgyz–Russian step.
  if (type === 'visit' && placeCountry && placeCountry !== 'KG' && placeCountry !== 'RU') return false;
  // The four markers below in one scan: most clauses hold none of their cues.
  const marked = BILATERAL_MARKERS[lang].mayMatch(lowerCase(clause));
  if (marked && MARKERS.bilateralAdjective[lang].test(clause)) return true;
  if (marked && type === 'meeting' && MARKERS.sidelines[lang].test(clause)) return !foreignLeaderMeets(clause, lang);
  if (type === 'summit' || type === 'forum' || key === 'council' || key === 'domestic') return false;
  if (!marked) return true;
  // A visit to Kyrgyzstan or Russia is a bilateral step even when made for a summit there.
  if (type === 'visit') return !MARKERS.thirdCountry[lang].test(clause);
  return !MARKERS.multilateral[lang].test(clause) && !MARKERS.thirdCountry[lang].test(clause);
}

/** Surnames already taken: a split per name of each title was ≈1.5% of the milestone pass's allocation (heap sampling). */
const SURNAMES = new Map<string, string>();

/** The last word of a name («Садыр Жапаров» → «Жапаров»). */
function surname(name: string): string {
  let out = SURNAMES.get(name);
  if (out === undefined) {
    out = name.trim().split(/\s+/).pop() ?? name;
    if (SURNAMES.size < 10_000) SURNAMES.set(name, out);
  }
  return out;
}
/**
 * The text with its first letter upper-cased. A Latin or Russian first letter is mapped by its code
 * (the mapping `toUpperCase` gives, without its ICU call: ≈10,000 titles a run over 1,000 articles).
 */
export function capitalise(s: string): string {
  const c = s.charCodeAt(0);
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) || c === 0x401 || s.length === 0) return s;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f)) return String.fromCharCode(c - 0x20) + s.slice(1);
  if (c === 0x451) return `Ё${s.slice(1)}`;
  return s.charAt(0).toUpperCase() + s.slice(1);
}
const cap = (s: string) => (s.length <= MAX_TITLE ? s : `${s.slice(0, MAX_TITLE - 1).trimEnd()}…`);

/** `, Bishkek` / `, Бишкек` of each place already titled: its names' lookup lower-cases the name (an ICU call) and makes an object. */
const WHERE = new Map<string, { en: string; ru: string }>();

/** The place's part of a title in each language («, Бишкек» / ", Bishkek"); unknown names are kept as written. */
export function whereOf(place: string): { en: string; ru: string } {
  let out = WHERE.get(place);
  if (out === undefined) {
    const names = placeNames(place);
    out = { en: `, ${names.en}`, ru: `, ${names.ru}` };
    if (WHERE.size < 10_000) WHERE.set(place, out);
  }
  return out;
}

/** Genitives already made: the same officials recur across thousands of articles. */
const GENITIVES = new Map<string, string>();
/** The officials' genitives made when the pipeline was compiled (names not written family name first). */
const OFFICIAL_GENITIVES = new Map(prebuiltGenitives?.() ?? []);

/** Russian genitive of a surname («Атамбаев» → «Атамбаева»), using the given name for gender. */
function genitive(p: PersonDraft): string {
  const known = GENITIVES.get(p.nameRu);
  if (known) return known;
  const first = familyFirst(p);
  const out = (!first && OFFICIAL_GENITIVES.get(p.nameRu)) || genitiveOf(p.nameRu, first);
  if (GENITIVES.size < 10_000) GENITIVES.set(p.nameRu, out);
  return out;
}

/** «по телефону», "telephoned", "video call": talks held over a line, not face to face. */
const PHONE = rx(/телефон|позвони|созвонил|\b(?:tele)?phon|\brang\b|\bcall(?:ed|s)? (?:his|her|their|the)\b/iu);
const VIDEO = rx(/видеосвяз|видеоконференц|\bvideo ?(?:call|link|conference)/iu);
/**
 * A literal every match of `PHONE` or `VIDEO` holds, under the same flags: one scan rules both out
 * (their `\b` alternatives make V8 try every position of the clause).
 */
const LINE_CUE = rx(/телефон|позвони|созвонил|phon|rang|call|видео|video/iu);

/** The label of talks held by telephone or video link ("phone call", «Телефонный разговор»); other labels unchanged. */
export function talksLabel<L extends { labelEn: string; labelRu: string }>(label: L, clause: string): L | { labelEn: string; labelRu: string } {
  if (label.labelEn !== 'talks' || !LINE_CUE.test(clause)) return label;
  if (VIDEO.test(clause)) return { labelEn: 'video call', labelRu: 'Разговор по видеосвязи' };
  if (PHONE.test(clause)) return { labelEn: 'phone call', labelRu: 'Телефонный разговор' };
  return label;
}

/** What a title is built from. */
export interface TitleParts {
  type: MilestoneType;
  labelEn: string;
  labelRu: string;
  people: readonly PersonDraft[];
  place: string | null;
  /** Organisation or forum the event belongs to (summits, councils, forums). */
  organisation: OrganisationHit | null;
}

/** Types whose titles name the people taking part; the others name the event only. */
const PERSONAL = new Set<MilestoneType>(['visit', 'meeting', 'igc_session', 'agreement', 'statement']);
/** Types whose titles name the organisation the event belongs to («Саммит ОДКБ», "EAEU accession"). */
export const HOSTED = new Set<MilestoneType>(['summit', 'forum', 'other']);

const surnameEn = (p: PersonDraft) => (familyFirst(p) ? p.nameEn.slice(0, p.nameEn.indexOf(' ')) : surname(p.nameEn));
const surnameRu = (p: PersonDraft) => (familyFirst(p) ? p.nameRu : surname(p.nameRu));

/**
 * `who.map(name).join(separator)` by a loop: the people arrays reach here from several places in
 * several internal layouts, and each new one threw away makeTitles' optimised `map` (three times
 * on the bench corpus).
 */
function joined(who: readonly PersonDraft[], name: (p: PersonDraft) => string, separator: string): string {
  let out = '';
  for (let i = 0; i < who.length; i++) out += (i ? separator : '') + name(who[i]!);
  return out;
}

/** The first `max` people with distinct English surnames: two namesakes read as one name twice ("Primakov–Primakov"). */
function distinctSurnames(people: readonly PersonDraft[], max: number): PersonDraft[] {
  const out: PersonDraft[] = [];
  for (let i = 0; i < people.length && out.length < max; i++) {
    const p = people[i]!;
    const name = surnameEn(p);
    let seen = false;
    for (let j = 0; j < out.length && !seen; j++) seen = surnameEn(out[j]!) === name;
    if (!seen) out.push(p);
  }
  return out;
}

/** No people: one shared empty list for the titles of events that name nobody (never mutated). */
export const NOBODY: readonly PersonDraft[] = [];

/** "Putin–Atambayev talks, Bishkek" / «Переговоры Путина и Атамбаева, Бишкек» (≤ 80 characters). */
export function makeTitles(t: TitleParts): { titleEn: string; titleRu: string } {
  // The visitor comes first; a visit is titled by its visitor alone.
  // A session (`labelEn` "session") is a body's: «Заседание, Бишкек», not «Заседание Оверчука».
  const who = t.people.length && PERSONAL.has(t.type) && t.labelEn !== 'session' ? distinctSurnames(t.people, t.type === 'visit' ? 1 : 3) : NOBODY;
  const where = t.place ? whereOf(t.place) : null;
  const whereEn = where ? where.en : '';
  const whereRu = where ? where.ru : '';
  const org = HOSTED.has(t.type) ? t.organisation : null;
  let en = capitalise(t.labelEn);
  let ru = t.labelRu;
  // Two assignments, not `[en, ru] = […]`: array destructuring runs the iterator protocol in the tiers a batch run keeps this in.
  if (org && org.kind === 'forum') {
    en = org.en;
    ru = org.ru;
  } else if (org) {
    en = `${org.en} ${t.labelEn}`;
    ru = t.type === 'other' ? `${t.labelRu} (${org.ru})` : `${t.labelRu} ${org.ru}`;
  }
  if (who.length) {
    en = `${joined(who, surnameEn, '–')} ${org ? en : t.labelEn}`;
    ru = PERSONAL.has(t.type) && t.type !== 'agreement' && t.type !== 'statement'
      ? `${ru} ${joined(who, genitive, who.length === 2 ? ' и ' : ', ')}`
      : `${ru}: ${joined(who, surnameRu, ', ')}`;
  }
  // «Заседание Жапарова и Мишустина»: a label that starts the Russian title is capitalised too.
  return { titleEn: cap(`${en}${whereEn}`), titleRu: cap(capitalise(`${ru}${whereRu}`)) };
}

/** "talks with X", "received by X", «встреча с X», «визит к X»: a visit's host, right before the name. */
const HOST = rx(/(?:\b(?:with|by)|(?:^|\s)(?:с|со|у|к|ко))\s+(?:[\p{L}.-]+\s+){0,4}$/iu);

/** True when a mention of `p` in `[start, end)` names a visitor, not the host («переговоры с X», "received by X"). */
export function namesVisitor(p: PersonDraft, text: string, start: number, end: number): boolean {
  for (let i = 0; i < p.mentions.length; i++) {
    const x = p.mentions[i]!;
    if (x.start >= start && x.end <= end && !HOST.test(text.slice(Math.max(start, x.start - 60), x.start))) return true;
  }
  return false;
}

/** The opening word of a relative clause: «который», «прибывший», "who". */
const RELATIVE_WORD = String.raw`^[\s,(—–-]*(?:котор\p{L}+|\p{L}+вш(?:ий|ая|ие|его|ему|им|ими)(?:ся)?|who|whom)(?!\p{L})`;

/** «…, который прибыл в Москву», «прибывший …», "…, who arrived in Bishkek": a clause about the person named right before it. */
const RELATIVE_OPENING = rx(RELATIVE_WORD, 'iu');

/** "met X", "received X", "telephoned X": an English bare object, right before the name. */
const OBJECT = rx(/\b(?:met|meets|received|receives|visited|called|telephoned|phoned|thanked|congratulated|invited)\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu);

/** «X напомнил, что …», "X said the delegation …": the person before is the speaker of the clause, not its subject. */
const REPORTING = rx(/^[^;]*?(?:\b(?:said|says|recalled|noted|added|stated|announced|explained)\b|(?:^|\s)(?:сказал|заявил|напомнил|отметил|сообщил|подчеркнул|добавил|пояснил|рассказал|уточнил|говорит|считает)\p{L}*,?\s+(?:о том,\s+)?что(?!\p{L}))/iu);

/** «…, что он посетит», "confirming that he will travel": the speaker is the subject of a clause opened by a pronoun. */
const PRONOUN_OPENING = rx(/^[\s,]*(?:(?:confirming|saying|adding)\s+)?(?:that\s+)?(?:he|she|он|она)(?!\p{L})/iu);

/** A relative clause opened right after its head's name and not closed before the name after it («Путин, который принял Бакиева»). */
const OPEN_RELATIVE = rx(`${RELATIVE_WORD}[^,;]*$`, 'iu');

/**
 * The subject a clause cut from its sentence leaves before it: the person named nearest before the
 * clause («Муралиев, прибывший в Москву», "Maripov, appointed last month, is expected to visit"),
 * not one named after «с», "with", "by" («встретится с Лужковым, а завтра посетит») unless the
 * clause is a relative one about that person («переговоры с Жумалиевым, который прибыл …»), nor a
 * source («по словам X»), and not across a semicolon, which opens a sentence of its own.
 */
export function subjectBefore(people: readonly PersonDraft[], text: string, sentenceStart: number, clauseStart: number): PersonDraft | null {
  const from = Math.max(sentenceStart, text.lastIndexOf(';', clauseStart - 1) + 1);
  if (clauseStart <= from) return null;
  const opening = text.slice(clauseStart, clauseStart + 40);
  const relative = RELATIVE_OPENING.test(opening);
  const pronoun = PRONOUN_OPENING.test(opening);
  let best: PersonDraft | null = null;
  let at = -1;
  let bestEnd = -1;
  // The name nearest before the name taken, when the clause is not relative: a head whose relative
  // clause holds that name ("Putin, who received Bakiyev in May, will visit" → Putin).
  let head: PersonDraft | null = null;
  let headEnd = -1;
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    for (let j = 0; j < p.mentions.length; j++) {
      const m = p.mentions[j]!;
      if (m.start < from || m.end > clauseStart || m.start <= at) continue;
      const before = text.slice(Math.max(from, m.start - 60), m.start);
      if ((!relative && (HOST.test(before) || OBJECT.test(before))) || ATTRIBUTION.test(before)) continue;
      if (!pronoun && REPORTING.test(text.slice(m.end, clauseStart))) continue;
      best = p;
      at = m.start;
      bestEnd = m.end;
    }
  }
  if (!best || relative) return best;
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    if (p === best) continue;
    for (let j = 0; j < p.mentions.length; j++) {
      const m = p.mentions[j]!;
      if (m.start >= from && m.end <= at && m.end > headEnd) {
        head = p;
        headEnd = m.end;
      }
    }
  }
  if (head && OPEN_RELATIVE.test(text.slice(headEnd, at)) && text.slice(bestEnd, clauseStart).includes(',')) return head;
  return best;
}

/**
 * The people a title names: the clause's own, led by the subject its sentence gives before it when
 * a visit's clause names no visitor or a meeting's clause names fewer than two sides. A session
 * (`labelEn` "session": of a commission or council) is a body's, not the subject's.
 */
export function titledPeople(type: MilestoneType, labelEn: string, who: PersonDraft[], text: string, s: Sentence, clauseStart: number, clauseEnd: number, people: readonly PersonDraft[]): PersonDraft[] {
  if (type === 'visit' ? who.some((p) => namesVisitor(p, text, clauseStart, clauseEnd)) : type !== 'meeting' || labelEn === 'session' || who.length >= 2) return who;
  const subject = subjectBefore(people, text, s.start, clauseStart);
  return subject && !who.includes(subject) ? [subject, ...who] : who;
}
