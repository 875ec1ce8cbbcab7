/**
 * A sum of money told with no date of its own: «На эти цели Россия выделила … помощь в размере 200 млн
 * долларов», "It gave Bishkek a $200 million grant", "the Fund, which has disbursed about $350
 * million in loans", and a trade goal the leaders set ("have set a goal of $5 billion a year"). Dated
 * only by the article or by the occasion told before it, such a clause is background to the news —
 * aid given at some time, a goal set earlier — and no milestone of that day: what it tells is a sum,
 * read by the figure rules. A sum the two sides agreed on («согласилась предоставить», "agreed to
 * provide") is their agreement, and aid in kind («гуманитарную помощь — лекарства на 50 млн рублей»)
 * a delivery: both stay.
 */
import type { Language } from '../../../schema/dataset';
import { rx } from '../regex';
import type { TriggerHit } from './lexicon';

/** A sum of money: a number with a scale word or a currency sign. */
const SUM: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}\d])(?:\d[\d\s,.]*\s*(?:трлн|млрд|млн|миллиард\p{L}*|миллион\p{L}*)(?![\p{L}])|\$\s?\d)/iu),
  en: rx(/(?:^|[^\p{L}\d])(?:(?:US)?\$\s?\d|(?:USD|US dollars?)\s?\d|\d[\d,.]*\s*(?:trillion|billion|million|bn|mn)(?![\p{L}]))/iu),
};

/** The two sides' agreement on the sum, or aid in kind: the clause stays an event. */
const KEPT: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])(?:согласил\p{L}*|договорил\p{L}*|договор[её]нност\p{L}*|гуманитарн\p{L}*)/iu),
  en: rx(/\b(?:agreed?|agreements?|humanitarian)\b/iu),
};

/**
 * True when clause `text`, whose event `hit` has no date of its own and is dated only by the
 * article or the occasion before it, tells only a sum of money. A goal is dropped only when dated by
 * the article's own day (`articleDay`): told right after a meeting of the occasion («На встрече …
 * Он напомнил, что президенты поставили цель …») it may be that meeting's.
 */
export function toldSum(hit: TriggerHit, text: string, lang: Language, articleDay: boolean): boolean {
  const key = hit.trigger.key;
  return (key === 'finance' || (key === 'target' && articleDay)) && SUM[lang].test(text) && !KEPT[lang].test(text);
}

/**
 * A verb of a level reached a few words after the money word (no comma, «что», "which" or "and" between: the level
 * is the money's own), then a sum: «гранты … превысили 100 млн долларов», "foreign grants to NGOs exceeded $100
 * million": a statistic of money, whatever year it is told with, no step of the timeline.
 */
const LEVEL_AFTER: Record<Language, RegExp> = {
  ru: rx(/^(?:\s+(?!(?:что|котор\p{L}*|и|а|но)\s)[\p{L}-]+){0,5}?\s+(?:превысил\p{L}*|превышает|превышают|составил\p{L}*|составляет|составляют|достигл\p{L}*|достиг(?![\p{L}]))\s+(?:[\p{L}-]+\s+){0,2}?(?:\d|\$)/iu),
  en: rx(/^(?:\s+(?!(?:that|which|who|and|but|what)\s)[\p{L}-]+){0,5}?\s+(?:exceeded|exceeds?|topped|tops|reached|reaches|totall?ed|totals|amounted\s+to|amounts\s+to|stood\s+at|surpassed)\s+(?:[\p{L}-]+\s+){0,2}?(?:\d|\$|US\$)/iu),
};

/** True when money word `hit` is the subject of a level reached by a sum (`after`: the clause after the hit). */
export function sumLevel(hit: TriggerHit, after: string, lang: Language): boolean {
  return hit.trigger.key === 'finance' && LEVEL_AFTER[lang].test(after);
}

/** "has provided", "have allocated": money given told in the present perfect (English only). */
const PERFECT_GIVEN = /\b(?:has|have)\s+(?:already\s+)?(?:provided|allocated|given|granted)\b/iu;

/** True when clause `text` tells money given in the present perfect (`PERFECT_GIVEN`): some time before the article. */
export function givenInPerfect(text: string, lang: Language): boolean {
  return lang === 'en' && text.includes('ha') && PERFECT_GIVEN.test(text);
}
