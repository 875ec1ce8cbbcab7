/**
 * Clauses that hold an event word yet tell no event of their own: a bare attribution ("said on
 * Friday"), a speech verb dated before what it reports, a hedge («может», "could"), a topic of
 * the talks («обсудили вопросы поставок»), talks told by what one side said to the other.
 */
import type { Language } from '../../../schema/dataset';
import type { DateMention } from '../../types';
import { lowerCase, MARKERS, type TriggerHit } from './lexicon';
import { rx } from '../regex';

/** Talks told by what one side said to the other («заявил своему коллеге», "told his counterpart"). */
export const SPOKEN_TO = /^(?:заяви|сказа|сообщи|told|assured|promised)/iu;

/** How many characters may follow a speech verb in a bare attribution ("said on Friday"). */
export const ATTRIBUTION_TAIL = 25;

/** A clause opened by a conjunction: a predicate of its own ("and the next is scheduled …", «а следующее пройдёт …»). */
const COORDINATED_START = /^(?:and|but|while|whereas|а|и|но|однако)\s/iu;

/**
 * A clause that only says who said it: a speech verb with little after it — unless a coordinated
 * plan comes before the speaker, set off by a comma ("and the next is scheduled for Bishkek in
 * the autumn, the cabinet said"): that plan is what was said.
 */
export function isAttribution(text: string, lang: Language): boolean {
  const all = MARKERS.statement[lang].all(text);
  const first = all[0];
  const last = all.length > 0 ? all[all.length - 1] : undefined;
  if (first === undefined || last === undefined) return false;
  if (lang === 'ru' && invertedAttribution(text, first.start, first.end)) return true;
  if (text.length - last.end > ATTRIBUTION_TAIL) return false;
  const comma = text.lastIndexOf(',', last.start);
  return !(comma > 0 && COORDINATED_START.test(text) && MARKERS.planned[lang].test(text.slice(0, comma)));
}

/** Nothing but dashes, commas and spaces before a clause's opening speech verb. */
const LEADING = /^[\s,;—–-]*$/u;
/** What opens the content of a statement after its verb: a comma, colon, quote, «что», «о». */
const CONTENT_OPENER = rx(/[,:;«»"“”„]|(?:^|[^\p{L}])(?:что|чтобы|о|об)(?![\p{L}])/iu);

/**
 * «…, | сообщил в понедельник первый вице-премьер Иван Петров.»: a Russian piece cut off at a date
 * that opens with its speech verb and goes on only to the date and the speaker (set after the
 * verb, as Russian wires put it) says who said it. English is left out: "said the shipment was
 * due" reports without a "that", so a verb there may open what was said.
 */
function invertedAttribution(text: string, verbStart: number, verbEnd: number): boolean {
  return LEADING.test(text.slice(0, verbStart)) && !CONTENT_OPENER.test(text.slice(verbEnd));
}

/** How far a date may follow its speech verb ("said on Monday that …") and still be the statement's. */
export const STATEMENT_DATE_REACH = 30;
/** "that" / «что» right after a statement's date, opening what was said. */
export const THAT = { ru: rx(/^[\s,]*(?:[\p{L}-]+\s+){0,3}?,?\s*что\s/u), en: rx(/^[\s,]*(?:[\p{L}-]+\s+){0,3}?that\s/u) };

/**
 * Where the report begins when `m` dates a speech verb, not the planned event reported after it
 * («заявил в понедельник, что документы будут подписаны», "said earlier this week that documents
 * are being prepared for signing"); else null.
 */
export function reportedFrom(text: string, from: number, m: DateMention, hit: TriggerHit, lang: Language): number | null {
  if (hit.start < m.end) return null;
  const verb = MARKERS.statement[lang].all(text.slice(0, m.start - from)).pop();
  if (!verb || m.start - from - verb.end > STATEMENT_DATE_REACH) return null;
  const rest = text.slice(m.end - from);
  const that = THAT[lang].exec(rest);
  if (!that || m.end + that[0].length > hit.start) return null;
  const report = rest.slice(that[0].length);
  return MARKERS.planned[lang].test(report) ? m.end + that[0].length : null;
}

/** How near its event word a hedge («может», "could") must stand to make it only possible. */
export const HEDGE_REACH = 40;

/** True when a hedge stands near the event word of the clause. */
export function hedged(hit: TriggerHit, text: string, from: number, lang: Language): boolean {
  return MARKERS.hedge[lang].all(text).some(
    (m) => Math.max(from + m.start - hit.end, hit.start - (from + m.end)) <= HEDGE_REACH && !(from + m.start >= hit.end && PURPOSE.test(text.slice(hit.end - from, m.start))),
  );
}

/** "so that", «чтобы»: what follows is the purpose of the event, whose "could" hedges the purpose, not the event. */
const PURPOSE = /(?:^|[^\p{L}])(?:so that|in order that|чтобы)(?![\p{L}])/iu;

/**
 * True when a loan or grant is an international lender's ("The IMF approved a $73 million loan",
 * «Всемирный банк выделил кредит»): a lender that is neither side is named in `before` (the
 * clause up to the event word) with no Russian party named ahead of it ("Russia and the World
 * Bank will lend …" stays; a fund of the two sides told in the next clause is its own subject), or right after the
 * loan's word in `body`, the article's text.
 */
export function lentByThirdParty(hit: TriggerHit, before: string, lang: Language, body = ''): boolean {
  if (hit.trigger.key !== 'finance' && hit.trigger.key !== 'fundApproval' && hit.trigger.key !== 'fundFirstApproval') return false;
  const lender = MARKERS.lender[lang].all(before)[0];
  if (lender !== undefined) return !MARKERS.russianSide[lang].test(before.slice(0, lender.start));
  // «о выделении кредита Азиатского банка развития», "a loan from the World Bank": the lender right after the loan's word.
  const after = body.slice(hit.end, hit.end + LENDER_AFTER);
  const next = after.length ? MARKERS.lender[lang].all(after)[0] : undefined;
  return next !== undefined && !MARKERS.russianSide[lang].test(after.slice(0, next.start));
}

/** How far after a loan's word its lender may be named («кредита Всемирного банка», "a loan from the World Bank"). */
const LENDER_AFTER = 24;

/**
 * Triggers of what thanks take as their object whatever the word: a thing given or granted (money, a debt written off or
 * deferred, a gift, a batch of arms or aid, land, a grant for an accession) or a document or decision (a stay extended) —
 * not a gathering, a celebration or days of culture held, which one thanks someone for hosting or attending.
 */
const THANKED_KEYS = new Set(['finance', 'debt', 'deferral', 'accession', 'gift', 'batch', 'armsTransfer', 'goodsDelivered', 'fundApproval', 'fundFirstApproval', 'land']);

/** Lower-case words one of which every thanks pattern holds («благодар», «признательн», "thank", "gratitude", …). */
const THANKS_CUES = ['благодар', 'признательн', 'thank', 'gratitude', 'grateful', 'appreciation'];

/**
 * False when none of the thanks' cue words stands in `[from, to)` of the article's lower case `lower` (null when that is not
 * at hand: then it may): the cheap test before `thankedFor`, which slices the clause.
 */
export function mayThank(lower: string | null, from: number, to: number): boolean {
  if (lower === null) return true;
  for (const cue of THANKS_CUES) {
    const at = lower.indexOf(cue, from);
    if (at >= 0 && at < to) return true;
  }
  return false;
}

/**
 * True when the event word is what someone thanks for: aid or a delivery («поблагодарил российскую
 * сторону за поставки вакцины», "thanked Moscow for the supply of fuel"), or anything told inside
 * thanks for support or hospitality ("thanked Putin for Russia's support during the chairmanship").
 * `before` (the clause up to the event word) holds a verb of thanks and its «за» / "for"; `lower` is
 * its lower case (a slice of the article's, from the caller). The caller keeps one its clause dates. Not when a verb
 * of its own follows the thanks ("… for its support and invited Putin to visit"): that is another act.
 */
export function thankedFor(hit: TriggerHit, before: string, lang: Language, lower = lowerCase(before)): boolean {
  // «благодарю коллег за председательство в Содружестве», "thanked Bishkek for its chairmanship": a chairmanship thanked
  // for right after «за» / "for" is a courtesy at its end (not «за организацию встреч в год председательства»).
  if (hit.trigger.key === CHAIRMANSHIP_KEY && chairThanked(before, lang, lower)) return true;
  const thanks = (THANKED_KEYS.has(hit.trigger.key) || hit.trigger.type === 'agreement' ? MARKERS.thanks : MARKERS.thanksForSupport)[lang].all(before, lower);
  // "thanked Moscow for its support and invited Putin to visit": a verb of its own after the thanks is another act.
  if (thanks.length === 0) return false;
  const rest = before.slice(thanks[thanks.length - 1]!.end);
  return !NEW_PREDICATE[lang].test(rest) && !NEW_SUBJECT_LAST[lang].test(rest);
}

/** True when `before` (a chairmanship's clause up to its word) ends with thanks and «за» / "for" (`CHAIR_OBJECT` between). */
function chairThanked(before: string, lang: Language, lower: string): boolean {
  const thanks = MARKERS.thanks[lang].all(before, lower);
  return thanks.length > 0 && CHAIR_OBJECT.test(before.slice(thanks[thanks.length - 1]!.end));
}

/** The trigger key of a chairmanship of an organisation («председательство», "chairmanship"). */
const CHAIRMANSHIP_KEY = 'chairmanship';
/** Between «за» / "for" and a chairmanship thanked for: at most a possessive or an article. */
const CHAIR_OBJECT = rx(/^\s*(?:(?:the|its|his|her|their|your|Ваше|ваше|его|её|ее|их)\s+)?$/u);

/** «…, а стороны » / ', and the two sides ' right before the event word (the verb itself): a new subject's predicate. */
const NEW_SUBJECT_LAST = {
  ru: rx(/,\s+а\s+(?:[\p{L}-]+\s+){1,2}$/u),
  en: rx(/,\s+(?:and|while)\s+the\s+(?:[\p{L}-]+\s+){1,2}$/u),
};

/**
 * «… и пригласил», "… and invited", «…, а стороны договорились», '…, and the two sides agreed': «и» / "and" and a verb in
 * the past (after «, а» / ', and the' with up to two words of a new subject between), which opens a predicate of its own; not a verb
 * of telling («и напомнил о договоренностях», "and recalled the deals"), whose words are still the courtesy's.
 */
const NEW_PREDICATE = {
  ru: rx(/(?:(?<![\p{L}])и\s+(?:также\s+)?|,\s+а\s+(?:[\p{L}-]+\s+){0,2}?)(?!напомн|отмет|заяв|подчеркн|сказ|сообщ|выраз|добав|указ|говор|рассказ)\p{Ll}{2,}(?:ил|ила|или|ал|ала|али|ел|ела|ели)(?:ся|сь)?(?![\p{L}])/u),
  en: rx(/(?:(?<![\p{L}])and\s+(?:also\s+)?|,\s+and\s+the\s+(?:[\p{L}-]+\s+){0,2}?)(?!noted|recalled|stressed|added|expressed|voiced|reiterated|emphasi[sz]ed|underlined|pointed|mentioned|remarked)\p{Ll}{2,}ed(?![\p{L}])/u),
};

/** Triggers that name a document, a membership or a debt write-off by a noun: in an opinion they are its subject, not an event. */
export const OPINION_KEYS = new Set(['document', 'accession', 'debt']);

/**
 * A document's term or content: "The agreement will run for 15 years", «Соглашение рассчитано на
 * пять лет», «заключено сроком на 15 лет», «Документ предусматривает …», «Документ требует …», "The deal
 * provides for …", "The treaty allows …": what the document says, not an event.
 */
export const DOCUMENT_TERM = {
  ru: rx(/(?:^|[^\p{L}])(?:документ|соглашение|договор|меморандум|протокол)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}(?:предусматрива\p{L}*|предполага\p{L}*|устанавлива\p{L}*|позволя\p{L}*|разреша\p{L}*|обязыва\p{L}*|требу\p{L}*|запреща\p{L}*)|(?:рассчитан\p{L}*|действ(?:ует|уют|овать)|продлится)\s+(?:на|в течение)\s+(?:\d+|\p{L}+)\s+(?:лет|год\p{L}*)|сроком\s+на\s+(?:\d+|\p{L}+)\s+(?:лет|год\p{L}*)/iu),
  en: rx(/\b(?:document|agreement|treaty|memorandum|protocol|deal)s?\s+(?:[\p{L}-]+\s+){0,2}(?:provides?|provided|envisages?|stipulates?|sets? out|allows?|requires?|obliges?|bans?|prohibits?)\b|\b(?:will|would|is to|is due to)\s+(?:run|last|remain in force|be valid)\s+(?:for\s+)?(?:\d+|[a-z]+)\s+years\b|\bvalid for\s+(?:\d+|[a-z]+)\s+years\b/iu),
};

/** «подписал закон», "signed a decree": the act a signing verb is followed by. */
const LAW_SIGNED = {
  ru: rx(/^\s+(?:[\p{L}-]+\s+){0,2}?(?:закон|указ|постановлени|распоряжени)\p{L}*/iu),
  en: rx(/^\s+(?:[\p{L}-]+\s+){0,2}?(?:law|decree|bill|budget)s?\b/iu),
};
/** What makes a signed law bilateral: a ratification, a denunciation or an international document. */
const INTERNATIONAL_ACT = {
  ru: rx(/ратифи|денонс|соглашени|договор|конвенци|протокол|меморандум/iu),
  en: /ratif|denounc|agreement|treaty|convention|protocol|memorandum/iu,
};

/**
 * True when a signing hit signs a domestic act: «Президент подписал закон о республиканском
 * бюджете», "signed a decree on …" — a law that ratifies or denounces an agreement stays.
 * `after`: the sentence after the hit (a law's title in quotes lies beyond its clause); `before`:
 * the words before it, `word`: the hit's own text.
 */
export function signsDomesticAct(hit: TriggerHit, after: string, lang: Language, before = '', word = '', sentenceBefore = ''): boolean {
  if (hit.trigger.key !== 'signing') return false;
  // «Сенаторы одобрили выход из конвенции, а глава государства подписал соответствующий закон», "… signed the relevant law": the
  // law the sentence refers back to is the denunciation or ratification it told.
  if (LAW_SIGNED[lang].test(after)) return !INTERNATIONAL_ACT[lang].test(after) && !(RELEVANT_LAW[lang].test(after) && INTERNATIONAL_ACT[lang].test(sentenceBefore));
  // «Закон подписан», «Закон направлен на подпись президенту», "The bill was signed into law".
  return LAW_BEFORE[lang].test(before) && !INTERNATIONAL_ACT[lang].test(before) && !INTERNATIONAL_ACT[lang].test(word);
}

/** «соответствующий закон», "the relevant law": a law named by what the sentence told before it. */
const RELEVANT_LAW = {
  ru: rx(/^\s+(?:[\p{L}-]+\s+)?соответствующ\p{L}*\s+(?:закон|указ)/iu),
  en: /^\s+(?:the|a)\s+(?:relevant|corresponding|respective)\s+(?:law|decree|bill)\b/iu,
};

/** A domestic act named right before the signing word: «Закон подписан», "the bill was signed". */
const LAW_BEFORE = {
  ru: rx(/(?:^|[^\p{L}])(?:закон(?:ы|а|у|ом|е|ов)?|указ(?:ы|а|у|ом|е)?|постановлени\p{L}*|распоряжени\p{L}*)\s+(?:[\p{L}-]+\s+){0,3}$/iu),
  en: rx(/\b(?:law|decree|bill|budget)s?\s+(?:[\p{L}-]+\s+){0,3}$/iu),
};

/** A quotation mark: a law named by its title («О государственном языке»), or by what it is called ("foreign agents"). */
const QUOTE_MARK = /[«"“]/u;

/**
 * True when the domestic act a signing hit signs is named by a title or a name in quotes: «подписал закон «О …»»,
 * "signed a bill requiring groups to register as "foreign representatives"". Such a law is news of its own (a
 * language law, a media law), unlike «подписал закон о республиканском бюджете»; `after`: the sentence after the hit.
 */
export function signsNamedAct(after: string, lang: Language): boolean {
  const law = LAW_SIGNED[lang].exec(after);
  return law !== null && QUOTE_MARK.test(after.slice(law[0].length));
}

/** A domestic act signed on a day of its own («29 мая президент подписал закон …»): a domestic event, not a bilateral document. */
export function asDomesticAct(hit: TriggerHit): TriggerHit {
  return { ...hit, trigger: { ...hit.trigger, key: 'domesticAct', type: 'other', labelEn: 'law signed', labelRu: 'Подписание закона' } };
}

/**
 * A promise before a document's name: «пообещал, что … все обязательства будут выполнены, включая
 * соглашения …», "promised that the government would honor existing agreements": the documents are
 * what was promised about, not signed.
 */
export const PROMISED_BEFORE = {
  ru: rx(/(?:^|[^\p{L}])(?:пообеща|обеща|завери|гарантирова)\p{L}*,?\s+что\s/iu),
  en: rx(/\b(?:promised|pledged|vowed|assured\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+that\s/iu),
};

/** Kinds of event that a discussion verb before them turns into a topic of the talks. */
export const TOPIC_TYPES = new Set(['other', 'agreement', 'igc_session']);

/**
 * True when a passive verb of discussion follows the trigger in its clause ("where the accession roadmap will also be
 * discussed", «где дорожная карта будет рассмотрена»): the thing named is a topic, like one named after an active verb.
 */
export function isTopicBefore(hit: TriggerHit, text: string, from: number, lang: Language): boolean {
  return TOPIC_TYPES.has(hit.trigger.type) && hit.trigger.key !== 'signing' && MARKERS.topicAfter[lang].all(text).some((m) => from + m.start >= hit.end);
}

/** A clause that goes on with the object list of the clause before it («…, а также подготовку …»). */
export const CONTINUES = /^(?:а также|а затем|и|as well as|and)\s/iu;

/** How far after a document's name its participle of signing may stand. */
const SIGNED_REACH = 120;
/** «…, подписанной по итогам встречи», ", signed after the talks": the document was signed there and then. */
const SIGNED_AFTER = {
  ru: rx(/^[^.;]*?,\s+подписанн\p{L}*\s+(?:по итогам|в ходе|во время|на)\s/iu),
  en: /^[^.;]*?,\s+signed\s+(?:after|during|at|following)\s/iu,
};

/** «…, которое решено провести в марте», ", which is to be held in March": the gathering is planned for a time of its own. */
const HELD_AFTER = {
  ru: rx(/^[^.;]*?,\s+(?:котор\p{L}*|намеченн\p{L}*|запланированн\p{L}*)\s+(?:[\p{L}-]+\s+){0,3}?(?:провести|проведут|пройд[её]т|состоится|намечен\p{L}*|запланирован\p{L}*)\s/iu),
  en: /^[^.;]*?,\s+(?:(?:which|that)\s+(?:is|was|will be)\s+(?:to be\s+)?|to be\s+)?(?:held|scheduled|planned)\s/iu,
};

/** «…, прошедшего в декабре», ", held in December": a gathering told as held at a time of its own. */
const HELD_PAST = {
  ru: rx(/^[^.;]*?,\s+(?:прошедш|состоявш|проведённ|проведенн)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:в|во)\s+(?:январ|феврал|март|апрел|ма[еяй]|июн|июл|август|сентябр|октябр|ноябр|декабр|\d)/iu),
  en: /^[^.;]*?,?\s+(?:held|which took place|that took place)\s+(?:in|on)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)/u,
};

/** The words one of which `HELD_PAST` needs: the regex only runs where one stands. */
const HELD_CUES = { ru: ['прошедш', 'состоявш', 'проведённ', 'проведенн'], en: ['held', 'took place'] };

/** True when `after` (the text after a gathering's noun) tells it as held at a time of its own. */
function heldPast(after: string, lang: Language): boolean {
  return HELD_CUES[lang].some((c) => after.includes(c)) && HELD_PAST[lang].test(after);
}

/** How far before a session's noun its "next", «очередное» may stand ("the next session of the", «очередному заседанию»). */
const NEXT_REACH = 40;
/** "next", "upcoming", «очередное», «предстоящее», «следующее» with up to three words before the session's trigger. */
const NEXT_BEFORE = {
  ru: rx(/(?:^|[^\p{L}])(?:очередн|предстоящ|следующ)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}$/iu),
  en: rx(/(?:^|[^\p{L}])(?:next|upcoming|forthcoming)\s+(?:[\p{L}-]+\s+){0,3}$/iu),
};
/**
 * The preparation the clause tells ("preparations for", «подготовку к»), or the holding of the next session as what was
 * agreed or hoped for («подтвердили договорённость о проведении очередного заседания», «надежду на скорое проведение
 * очередного заседания», 'agreed on holding the next session'), anywhere before the session.
 */
const PREPARATION = { ru: rx(/(?:^|[^\p{L}])(?:подготовк|проведени)/iu), en: /\b(?:prepar(?:ations?|ing)|holding)\b/iu };

/**
 * True when the session at `at` of the clause `text` is told as the next one, prepared for («подготовку к очередному
 * заседанию»); the preparation may be told in the clause before (`earlier`, the sentence up to this clause) when this
 * one only continues its list (", as well as the next session …").
 */
export function nextSessionPrepared(text: string, at: number, lang: Language, earlier = ''): boolean {
  const before = text.slice(0, at);
  if (!NEXT_BEFORE[lang].test(before.slice(-NEXT_REACH))) return false;
  return PREPARATION[lang].test(before) || (earlier !== '' && CONTINUES.test(text) && PREPARATION[lang].test(earlier));
}

/**
 * True when `hit` is named after a discussion verb — of its clause, or of the clause before
 * (`before`, the sentence up to this clause) when this one only continues its list — and is no
 * signing or gathering told in its own right.
 */
export function isTopic(hit: TriggerHit, text: string, from: number, lang: Language, before = ''): boolean {
  if (!TOPIC_TYPES.has(hit.trigger.type) || hit.trigger.key === 'signing') return false;
  // «обсудили реализацию Программы …, подписанной по итогам встречи»: a document told as signed is an event.
  if (SIGNED_AFTER[lang].test(text.slice(hit.end - from, hit.end - from + SIGNED_REACH))) return false;
  // «подготовку к заседанию межправкомиссии, которое решено провести в марте»: a session planned with a time of its own is an event.
  if (hit.trigger.type === 'igc_session' && HELD_AFTER[lang].test(text.slice(hit.end - from, hit.end - from + SIGNED_REACH))) return false;
  // «обсудили итоги заседания комиссии, прошедшего в декабре в Бишкеке», "the session held in December": a gathering told as held, at a time of its own.
  if ((hit.trigger.type === 'igc_session' || hit.trigger.type === 'meeting') && heldPast(text.slice(hit.end - from, hit.end - from + SIGNED_REACH), lang)) return false;
  // "discussed preparations for the next session of the commission", «обсудили подготовку к очередному заседанию
  // межправкомиссии»: the next session prepared is a plan of its own, even with no time told yet.
  if (hit.trigger.type === 'igc_session' && nextSessionPrepared(text, hit.start - from, lang, before)) return false;
  if (MARKERS.topic[lang].all(text).some((m) => from + m.end <= hit.start)) return true;
  return before !== '' && CONTINUES.test(text) && MARKERS.topic[lang].test(before);
}

/** A dash or bullet opening a line of a list («– о выполнении соглашения …», "- on the opening of consulates"). */
const LIST_DASH = /^[ \t]*[–—•-]/u;
/** A list item told as what was spoken about: a dash, then «о», «об», «обо», "on", "about". */
const ABOUT_ITEM = /^[ \t]*[–—•-][ \t]*(?:о|об|обо|on|about)[ \t]/iu;
/** How many list lines back the line that opens the list is looked for. */
const LIST_REACH = 12;

/**
 * «Стороны обменялись мнениями по ряду вопросов, в том числе:» then «– о выполнении Соглашения …» on lines of their own,
 * "The sides exchanged views on:" then "- on the opening of new consulates": an item about something («о …», "on …") of a
 * list that a line with a verb of discussion and a colon opens is a topic of the talks, as an object after the verb is.
 * An item naming a step by its noun ("- preparations for the next session") is left to the other rules. `at`: where the
 * item's sentence starts.
 */
export function listedTopic(hit: TriggerHit, body: string, at: number, lang: Language): boolean {
  if (!TOPIC_TYPES.has(hit.trigger.type) || hit.trigger.key === 'signing' || hit.trigger.type === 'igc_session') return false;
  let start = body.lastIndexOf('\n', at - 1) + 1;
  if (!ABOUT_ITEM.test(body.slice(start, at + 8))) return false;
  for (let n = 0; n < LIST_REACH && start > 0; n++) {
    const prev = body.lastIndexOf('\n', start - 2) + 1;
    const line = body.slice(prev, start - 1);
    start = prev;
    if (LIST_DASH.test(line)) continue;
    return line.trimEnd().endsWith(':') && MARKERS.topic[lang].test(line);
  }
  return false;
}
