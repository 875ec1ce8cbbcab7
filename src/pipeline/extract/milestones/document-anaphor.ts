/**
 * A document already told as signed or adopted, pointed back at by a bare noun inside the clause:
 * «За документ проголосовали 120 депутатов», «в итоге документ набрал нужное число голосов»,
 * «принятие документа стало возможным …», "He signed the document in the presence of …",
 * "The minister defended the agreement, saying …". With no date of its own, on the day of the
 * signing told before (of a document, or of a domestic law: «после чего документ два месяца ждал
 * подписи»), the clause counts votes, praises or defends that document: no second event.
 * Judged («защитил документ», "defended the agreement"), it may point back at a signing of any day.
 */
import type { Language, PartialDate } from '../../../schema/dataset';
import type { DateMention, MilestoneDraft } from '../../types';
import { rx } from '../regex';
import type { TriggerHit } from './lexicon';

/**
 * A bare singular document noun with no title or subject after it («документ о …», "the agreement on …" name one)
 * and no count or «ещё», «другой» before it («два документа», «ещё один документ» tell more documents).
 */
const BARE_DOCUMENT: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])(?<!(?:^|[^\p{L}])(?:один|два|три|четыре|оба|ещё|еще|другой|второй|новый|очередной|\d+)\s+)документ(?:а|у|ом|е)?(?![\p{L}])(?!\s+(?:о|об|по|между|с|со)\s)(?!\s*[«"(])/iu),
  en: /\b[Tt]he (?:document|agreement|deal|treaty)\b(?!\s+(?:on|of|with|between|to|for|that)\b)(?!\s*[«"(])/u,
};

/**
 * «Со стороны Киргизии соглашение подписал министр …», «Соглашение с российской стороны подписал …»: who signed for a
 * side names the document by its bare noun (an undated one is the document just told; English says "the agreement").
 */
const SIDE_SIGNER = rx(
  /(?:^|[^\p{L}])(?:(?:со\s+стороны|с\s+[\p{L}-]+\s+стороны|от\s+имени)\s+[^.;:]{1,60}?\s+(?:документ|соглашени[ея]|договор|меморандум|протокол)\s+подписал|(?:документ|соглашени[ея]|договор|меморандум|протокол)\s+(?:со\s+стороны|с\s+[\p{L}-]+\s+стороны|от\s+имени)(?:\s+[^.;:]{1,60}?)?\s+подписал)/iu,
);

/** True when clause `text` names who signed a bare document for a side (`SIDE_SIGNER`); the regex runs only where «стороны» or «имени» stands. */
function signedForSide(text: string, lang: Language): boolean {
  return lang === 'ru' && (text.includes('стороны') || text.includes('имени')) && SIDE_SIGNER.test(text);
}

/** A new step of a document's life (ratified, denounced, in force) is an event of its own, however it is named. */
const NEW_STEP: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])(?:ратифи|денонс|вступ|отмен)\p{L}*/iu),
  en: /\b(?:ratif|denounc|enter|took effect|takes effect|come into force|came into force|cancel)/iu,
};

/**
 * A vote counted on the ratification or the law just told («За ратификацию проголосовали 312 депутатов», «Поддержали
 * ратификацию фракции …», "The ratification was backed by 98 deputies", "312 deputies voted in favour"): the tally of
 * that vote, no new step of the document however it names it.
 */
const VOTE_TALLY: Record<Language, RegExp> = {
  ru: rx(
    /(?:^|[^\p{L}])(?:(?:за|против)\s+(?:ратификаци|принятие|документ|закон)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?проголосова\p{L}*\s+(?:\d|все|единогласно)|поддержал\p{L}*\s+(?:ратификаци|документ|закон)\p{L}*\s+фракци)/iu,
  ),
  en: /\b(?:\d+\s+(?:deputies|lawmakers|senators|members\s+of\s+parliament)\s+voted\s+(?:for|in\s+favou?r|against)|(?:ratification|law|bill)\s+was\s+(?:backed|supported)\s+by\s+\d+)/iu,
};

/** A time word of the clause's own («в сентябре», "last September") that the dates pass left without a date (no year known). */
const OWN_TIME: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|прошл|вчера|накануне)\p{L}*/iu),
  en: /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|last|ago|yesterday)\b/u,
};

/** A verb of judging right before the noun («защитил документ», "defended the agreement"): the document of any day told before, judged. */
const JUDGED: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])(?:защища|защити|критикова|раскритикова|оцени|приветствова|назва)\p{L}*\s+документ/iu),
  en: /\b(?:defended|defends|criticized|criticised|criticizes|criticises|praised|praises|welcomed|welcomes|questioned|hailed|called)\s+the (?:document|agreement|deal|treaty)\b/iu,
};

/**
 * «Наряду с документом подписаны …», "Along with the treaty, the delegations signed …": the document told before is
 * named only to add others to it; the clause tells their signing.
 */
const BESIDES_DOCUMENT: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])(?:наряду\s+с|помимо|кроме|вместе\s+с)\s+(?:этим\s+|этого\s+)?документ\p{L}*/iu),
  en: /\b(?:[Aa]long\s+with|[Tt]ogether\s+with|[Ii]n\s+addition\s+to|[Bb]esides|[Aa]part\s+from|[Aa]longside)\s+the (?:document|agreement|deal|treaty)\b/u,
};

/**
 * «Оно заменит документ 2011 года», "It replaces the 2008 agreement": the document a new one replaces is another, older
 * one; its date is its own signing's, never the new document's.
 */
const REPLACED_DOCUMENT: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])(?:замен(?:ит|ят|яет|яют|ил|ила|ило|или)|смен(?:ит|ил|ило)|прид[её]т\s+на\s+смену)\s+(?:собой\s+)?(?:[\p{L}-]+\s+){0,2}?документ/iu),
  en: /\b(?:replaces?|replaced|replacing|supersedes?|superseded|superseding)\s+(?:the\s+|an?\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:document|agreement|deal|treaty)\b/iu,
};

/** A domestic law told signed («подписал закон «О …»», "signed a bill"): a bare «документ» after it may be that law. */
const LAW_NOUN: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])закон/iu),
  en: /\b(?:law|bill)\b/iu,
};

/** True when the undated clause `text` names, by a bare noun, an agreement of its date already told. */
export function pointsBackToDocument(
  hit: TriggerHit,
  text: string,
  mention: DateMention | null,
  date: PartialDate | null,
  out: readonly MilestoneDraft[],
  headlines: ReadonlySet<MilestoneDraft>,
  lang: Language,
): boolean {
  if (hit.trigger.type !== 'agreement' || mention) return false;
  // The tally's cue words first: most clauses name no vote.
  const tally = (text.includes('проголосова') || text.includes('фракци') || text.includes('voted') || text.includes(' by ')) && VOTE_TALLY[lang].test(text);
  if (!tally && (!(BARE_DOCUMENT[lang].test(text) || signedForSide(text, lang)) || NEW_STEP[lang].test(text))) return false;
  if (OWN_TIME[lang].test(text) || BESIDES_DOCUMENT[lang].test(text)) return false;
  const judged = JUDGED[lang].test(text);
  return out.some((o) => !headlines.has(o) && (o.type === 'agreement' || (o.type === 'other' && LAW_NOUN[lang].test(o.quote.text))) && o.status === 'past' && (o.date === date || judged));
}

/**
 * «Кыргызстан и Россия подписали протокол … . Документ подписан накануне в Москве.», "… signed a protocol on …. The
 * document was signed on Monday in Moscow.": a clause naming by a bare noun, with a date of its own, the one signing
 * told before on the article's day: the same signing, whose day it gives. Of `sameDay` (the events of the article's
 * day), the one past agreement it dates, or null.
 */
export function documentGivenDay(hit: TriggerHit, text: string, mention: DateMention | null, status: string, sameDay: readonly MilestoneDraft[], lang: Language): MilestoneDraft | null {
  if (hit.trigger.type !== 'agreement' || !mention || status !== 'past') return null;
  if (!BARE_DOCUMENT[lang].test(text) || NEW_STEP[lang].test(text) || BESIDES_DOCUMENT[lang].test(text) || REPLACED_DOCUMENT[lang].test(text)) return null;
  const signed = sameDay.filter((o) => o.type === 'agreement' && o.status === 'past');
  return signed.length === 1 ? signed[0]! : null;
}
