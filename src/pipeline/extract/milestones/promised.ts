/**
 * Money or supplies promised or asked for, not given: «Москва пообещала Бишкеку кредит»,
 * «на которую Москва обещает кредит», "Russia has promised military aid". Told without a date of
 * their own, promises are a plan (status planned, no date), not a financing that took place on the
 * day of the article or of the occasion. Money only asked for by one side («премьер попросил
 * ускорить выделение транша», "asked for a new budget loan") is a request made at talks, no step of
 * the two sides (`askedFor`).
 */
import type { Language } from '../../../schema/dataset';
import type { TriggerHit } from './lexicon';
import type { Dating } from './dating';
import { rx } from '../regex';

/** Triggers of money and supplies given. */
const FUNDS = new Set(['finance', 'debt']);

/** A verb of promising or asking («пообещала», "pledged", "asked for"), before the money it governs (a few words between) or as its word. */
const PROMISE = {
  ru: rx(/(?:^|[^\p{L}])(?:(?:по)?обеща(?:л|ла|ли|ет|ют|на|но|ны|нн\p{L}*|ни\p{L}*)|(?:по|за)?проси(?:л|ла|ли|т|ят)|просьб\p{L}*)(?:\s+[\p{L}\d$.,«»-]+){0,14}\s*$/iu),
  en: rx(/\b(?:promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|(?:asked|asks|asking|ask)\s+(?:[\p{L}-]+\s+){0,2}for|request(?:s|ed|ing)?|s(?:ought|eeks?|eeking))\b(?:\s+[\p{L}\d$.,'’-]+){0,14}\s*$/iu),
};

/** «строительство ГЭС, на которую Москва обещает кредит»: the promise of money told after the project. */
const PROMISE_AFTER = {
  ru: rx(/^[^.;:]{0,60}?(?:^|[^\p{L}])(?:по)?обеща(?:л|ла|ли|ет|ют)\s+(?:[\p{L}-]+\s+){0,2}(?:кредит|за[её]м|займ|грант|помощ|деньг|средств)/iu),
  en: rx(/^[^.;:]{0,60}?\bpromis(?:es|ed)\s+(?:[\p{L}-]+\s+){0,2}(?:loans?|grants?|aid|credits?|money|funds?)\b/iu),
};

/** How far before the money word the verb may stand. */
const REACH = 120;

/** True when the clause's money or supplies are only promised or asked for. */
export function promisedFunds(hit: TriggerHit, text: string, from: number, lang: Language): boolean {
  if (!FUNDS.has(hit.trigger.key)) return false;
  const at = hit.start - from;
  if (at < 0) return false;
  return PROMISE[lang].test(text.slice(Math.max(0, at - REACH), hit.end - from)) || PROMISE_AFTER[lang].test(text.slice(hit.end - from));
}

/** Makes `d` the dating of a plan told without a date. */
export function asPromise(d: Dating): void {
  d.date = null;
  d.status = 'planned';
  d.dateEvidence = 'Promised or asked for, not yet given; no date of its own';
  d.narrativeArticleDate = false;
}

/** A verb of asking («попросил», «просит», «с просьбой», "asked for", "requested", "sought"), before the money it governs. */
const ASKED = {
  ru: rx(/(?:^|[^\p{L}])(?:(?:по|за)?проси(?:л|ла|ли|т|ят)|просьб\p{L}*)(?:\s+[\p{L}\d$.,«»-]+){0,14}\s*$/iu),
  en: rx(/\b(?:(?:asked|asks|asking|ask)\s+(?:[\p{L}-]+\s+){0,2}(?:for|to consider)|request(?:s|ed|ing)?|s(?:ought|eeks?|eeking))\b(?:\s+[\p{L}\d$.,'’-]+){0,14}\s*$/iu),
};

/** Money given after the request in the same clause («просил о гранте, и Москва выделила …», "asked for a loan and received it"). */
const GIVEN_AFTER = {
  ru: rx(/(?:^|[^\p{L}])(?:вы|пре|пере|на)?(?:делил|доставил|числил|правил|получил)\p{L}*/iu),
  en: rx(/\b(?:provided|granted|allocated|transferred|disbursed|received|got|sent|approved)\b/iu),
};

/**
 * True when the clause's money is only asked for by one side («премьер попросил ускорить выделение транша», "asked for a new
 * budget loan", "asked Moscow to consider a loan"), with no money given told after the request: a request made at talks,
 * no step of the two sides (a promise of money stays a plan, `promisedFunds`).
 */
export function askedFor(hit: TriggerHit, text: string, from: number, lang: Language): boolean {
  if (!FUNDS.has(hit.trigger.key)) return false;
  const at = hit.start - from;
  if (at < 0) return false;
  return ASKED[lang].test(text.slice(Math.max(0, at - REACH), hit.end - from)) && !GIVEN_AFTER[lang].test(text.slice(hit.end - from));
}
