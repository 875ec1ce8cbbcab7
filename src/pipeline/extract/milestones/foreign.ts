/**
 * Events of third countries: a Russian minister's talks in Almaty, a Chinese premier's visit to
 * Bishkek, the presidents of Kazakhstan and Belarus meeting apart. Articles on Kyrgyz–Russian
 * relations tell them as context; they are no Kyrgyz–Russian milestone.
 */
import type { Language, MilestoneType } from '../../../schema/dataset';
import type { PersonDraft } from '../../types';
import { countriesNamed } from './knowledge';
import { MARKERS, type TriggerHit } from './lexicon';

/** The kinds of event a third party can make a third country's own (`isForeignEvent`): meetings, visits and signings. */
export function mayBeForeign(type: MilestoneType): boolean {
  return type === 'meeting' || type === 'visit' || type === 'agreement';
}

/**
 * True when `clause`, telling an event of `type`, names a third country as a party outside a
 * multilateral setting (a CIS council in Minsk, a meeting on the sidelines): talks or a visit that
 * lack one of the two sides, or a signing with neither. A side is named by its country, adjective
 * («российско-киргизский» names both; a bare «двусторонний» neither), capital or a participant's
 * country. A clause that also tells something else (`others`: the types of its other triggers)
 * stays, as do other events naming a third country: a US air base in Kyrgyzstan to be closed, a
 * ratification by Tajikistan of an agreement on a Russian base, an incursion from Uzbekistan.
 * `who`: the clause's participants, or a function giving them — asked only when no marker names a
 * side (most clauses name no third country and never need them).
 */
export function isForeignEvent(
  clause: string,
  lang: Language,
  type: MilestoneType,
  others: readonly MilestoneType[],
  who: readonly PersonDraft[] | (() => readonly PersonDraft[]),
): boolean {
  const gathering = type === 'meeting' || type === 'visit';
  if (!mayBeForeign(type)) return false;
  if (others.some((t) => t !== 'meeting' && t !== 'visit' && t !== 'agreement')) return false;
  // «…продлил участие в Договоре, из которого вышли Узбекистан и Грузия»: a third country named in a
  // relative clause after a document is said of the document, not a party to its signing.
  if (!MARKERS.foreignParty[lang].test(gathering ? clause : withoutRelativeTail(clause))) return false;
  if (MARKERS.multilateral[lang].test(clause) || MARKERS.sidelines[lang].test(clause)) return false;
  let people = typeof who === 'function' ? null : who;
  const from = (country: string) => (people ??= (who as () => readonly PersonDraft[])()).some((p) => p.country === country);
  let kyrgyz = MARKERS.kyrgyzSide[lang].test(clause) || from('KG');
  let russian = MARKERS.russianSide[lang].test(clause) || from('RU');
  // «Екатеринбург посетила делегация Нарынской области, … транзит через Казахстан»: a side named by a city or
  // region of its own (asked only when a side is still missing).
  if (!kyrgyz || !russian) {
    const countries = countriesNamed(clause, lang);
    kyrgyz ||= countries.has('KG');
    russian ||= countries.has('RU');
  }
  return gathering ? !(kyrgyz && russian) : !kyrgyz && !russian;
}

/** ", из которого …", ", в которой …", ", which …", ", from which …": a relative clause closing the clause. */
const RELATIVE_TAIL = /,\s*(?:(?:из|в|во|с|со|к|от|у|на|для|по)\s+)?котор(?:ый|ая|ое|ые|ого|ой|ому|ую|ым|ом|ых|ыми)(?![\p{L}])[^]*$|,\s*(?:(?:from|in|of|to|with)\s+)?which(?![\p{L}])[^]*$/iu;

/** `clause` without a relative clause at its end. */
function withoutRelativeTail(clause: string): string {
  return clause.replace(RELATIVE_TAIL, '');
}

/**
 * True when the aid or money of `hit` is a third country's own ("Kazakhstan pledged $1 million in
 * relief aid", "The United States said it would provide aid", «Китай выделил помощь»): the giver is
 * named before the event word (`before`), Kyrgyzstan not as a party to it there («Бишкек и Вашингтон
 * договорились, что США предоставят …» is a deal), and Russia nowhere in the clause (`clause`). Told
 * beside Russia's aid in crisis coverage, it is no Kyrgyz–Russian step.
 */
export function aidByThirdCountry(hit: TriggerHit, before: string, clause: string, lang: Language): boolean {
  return (
    hit.trigger.key === 'finance' &&
    MARKERS.foreignParty[lang].test(before) &&
    !MARKERS.kyrgyzSide[lang].test(before) &&
    !MARKERS.russianSide[lang].test(clause)
  );
}

/**
 * True when a message of `hit` is a third country's own: «Поздравления также направили президент Казахстана и президент
 * Узбекистана», «Новогодние поздравления Путину также направили …», 'Congratulations also came from the Kazakh president':
 * the clause names a third country and no Kyrgyz side, by marker or by a participant's country. Kyrgyz readouts list the
 * other leaders who greeted or condoled beside their own leader's message; those are no Kyrgyz–Russian step. (A Kyrgyz
 * leader's message to a third country's leader, «Атамбаев также поздравил президента Таджикистана», names the Kyrgyz side
 * and stays, as an event of its own day.)
 */
export function messageByThirdCountry(hit: TriggerHit, clause: string, lang: Language, who: () => readonly PersonDraft[]): boolean {
  return (
    hit.trigger.key === 'messages' &&
    MARKERS.foreignParty[lang].test(clause) &&
    !MARKERS.kyrgyzSide[lang].test(clause) &&
    !who().some((p) => p.country === 'KG')
  );
}

/**
 * True when a message of `hit` passes between the Kyrgyz side's own officials: «Ранее Жапарова поздравил исполняющий
 * обязанности президента, спикер Жогорку Кенеша Талант Мамытов», 'the acting president congratulated the president-elect':
 * two or more participants, all Kyrgyz, and no Russian side named in the clause. A domestic courtesy beside the Russian
 * leader's message, no step of the two sides.
 */
export function messageAtHome(hit: TriggerHit, clause: string, lang: Language, who: () => readonly PersonDraft[]): boolean {
  if (hit.trigger.key !== 'messages' || MARKERS.russianSide[lang].test(clause)) return false;
  const people = who();
  return people.length >= 2 && people.every((p) => p.country === 'KG');
}
