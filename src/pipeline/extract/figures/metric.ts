/**
 * Deciding what a quantity measures from its subject and the words around it: trade turnover,
 * its growth in percent or as a multiple, or something that is not turnover (a share, a debt
 * write-off, investment, aid, exports or imports alone), or nothing worth reporting.
 */
import type { FigureDraft } from '../../types';
import { directionOf, hasChangePreposition, type Cue, type Words } from './context';
import {
  AFTER_DOWN_ON_YEAR_BEFORE,
  RUSSIA_OWNS_FOREIGN_TRADE,
  RETRACTED_VERSION,
  SCOPE_PAIR,
  BILATERAL_PARTNER,
  CAPITAL_METONYM,
  BLOC_WORDS,
  MEMBERS_OF_UNION,
  FOREIGN_TRADE,
  IMPLIED_FOLLOWER,
  OUR_TRADE,
  OUR_TRADE_WITH_KYRGYZSTAN,
  REGION_WORD,
  RUBLE_TERMS,
  RUSSIA,
  RUSSIA_SHARE_OF,
  SCOPE_BILATERAL,
  SCOPE_MEMBERS,
  MEMBERS_AFTER_BLOC,
  TRADE_OF,
  TRADE_OF_NEXT,
  SCOPE_WITH,
  WITH_NOT_PARTNER,
  SCOPE_WITHIN,
  SECTOR_TRADE,
  WITH_ALL_MEMBERS,
  type Subject,
} from './lexicon';
import type { Quantity } from './numbers';
import { withoutComparisonAsides } from './comparison-aside';
import { commonFirst, escapeRegExp, rx } from '../regex';
import { KYRGYZ_AS_PARTY, RUSSIA_AS_PARTY, RUSSIA_NAMES, RUSSIA_WITHOUT_ABBREVIATION, oneOf } from './pair-names';
import { places } from '../../knowledge';
import eventLexicon from '../../knowledge/event-lexicon.json';

/** One quantity of a sentence as read so far. */
export interface Read {
  q: Quantity;
  subject: Subject | null;
  kind: FigureDraft['kind'];
  /** +1, or −1 for a fall. */
  sign: -1 | 1;
  draft: FigureDraft | null;
  sentenceLength: number;
}

/** The words around a quantity. */
export interface Around {
  /** Text from the previous quantity (or the sentence start) to this one. */
  window: string;
  /** Text from this quantity to the next one (or the sentence end). */
  after: string;
  text: string;
  /** Subject words inside `window`. */
  cues: Cue[];
  /** The sentence names a currency other than the dollar (a function: it is asked of few sums). */
  foreignMoney: () => boolean;
  prevQ: Read | null;
  words: Words;
  winStart: number;
  /** The metric of the last figure of the sentence before, when this figure's subject is carried over from it. */
  carried?: string | null;
  /** This sentence or the one before names a Russian region (asked only of "our trade with Kyrgyzstan"). */
  regionNear?: () => boolean;
  /** The sentence names the head of a region or city in office (asked only of "our trade"). */
  regionalHead?: () => boolean;
  /** The metric of the last figure of the sentence before, whatever this figure's subject (who "the two countries" are). */
  previousMetric?: () => string | null;
  /** The last change in percent read earlier in the sentence ("rose 11.4 percent …, to $742 million, and 7.9 percent"). */
  prevChange?: () => Read | null;
  /** The text of the sentence before (who "the two countries" or "its" are). */
  previousText?: () => string;
  /** Whether a person of a third country (neither Russia nor Kyrgyzstan) is named at `[from, to)` of the sentence. */
  foreignPersonAt?: (from: number, to: number) => boolean;
}

/** What a quantity measures. */
export interface Metric {
  name: string;
  value: number;
  unit: string;
}

/** Words after a percentage that make it a share of something («20% от», "67 percent of"). */
// «из-за» is "because of", not "out of".
const SHARE_AFTER = rx(/^\s*(?:of|от|из|всех|всего|общего|всей|of\s+all)(?![\p{L}-])/iu);
/** Multiples that are verbs of growth by themselves. */
const GROWTH_MULTIPLE_WORD = /удво|утро|doubl|tripl|quadrupl/iu;
/** Multiples that are verbs of a fall by themselves ("halved"). */
const FALL_MULTIPLE_WORD = /halv/iu;
/** A sign written before a number: "(+15%)", «-3%». */
const PLUS = /(?:^|[\s(])\+\s*$/u;
const MINUS = /(?:^|[\s(])[−-]$/u;
/** Subjects whose money, growth or multiple is reported under their own names. */
const SIDE_SUBJECTS = new Set<Subject>(['investment', 'aid', 'loan', 'exports', 'imports', 'debt']);

/** «товарооборот со Свердловской областью», "trade with Kazakhstan": the partner named after the turnover word. */
const TRADE_WITH = rx(/(?:товарооборот|торгов\p{L}*\s+оборот|(?<![\p{L}])оборот|торговл|trade|turnover)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:с|со|with)\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/iu);

/**
 * A cheap test for a bloc's name (capitals or a bloc word) before the bloc matcher runs. The capitals' class is long
 * (hundreds of ranges: upper and lower case alternate in the Latin and Cyrillic extensions), so the lookahead first
 * rejects the characters that are most of a text and are no capital (lower-case Latin and Russian letters, spaces,
 * digits, commas, points): the same matches, the window scanned 2.5× faster.
 */
export const BLOC_WORDS_GATE = rx(/(?![a-zа-яё\s\d,.])\p{Lu}{2}|[Сс]оюз|[Uu]nion|зарубеж|abroad|[Ww]orld|[Мм]ир|bloc|grouping|Asia|[Аа]зи(?:[яиюе]|ат)/u);

const WITH_WORD = rx(/(?:^|\s)(?:с|со|with|between|между)\s/iu);
const CAPITAL = rx(/^\p{Lu}/u);

/**
 * «с соседним Казахстаном», «с братской Белоруссией», "with neighbouring China": a lower-case adjective before the
 * partner's name is an epithet; the name after it is the partner.
 */
const EPITHET = rx(/^(?:\p{Ll}[\p{L}-]*(?:ым|им|ой|ей)|neighbou?ring)\s+(?=\p{Lu})/u);

/** The partner named after a trade word, without an epithet before its name. */
function withoutEpithet(partner: string | undefined): string | undefined {
  return partner === undefined ? undefined : partner.replace(EPITHET, '');
}

/** One-word names of places of a kind from the places knowledge («Татарстан», "Bashkiria"), as stems taking any case ending. */
function placeNames(kind: string): RegExp {
  const stems = places
    .filter((p) => p.kind === kind)
    .flatMap((p) => p.aliases)
    // English names of several words do not decline ("St. Petersburg"): they are kept whole.
    .filter((a) => a.name.length > 4 && (!a.name.includes(' ') || a.lang === 'en'))
    .map((a) => escapeRegExp(a.name.includes(' ') ? a.name : a.name.replace(/[аяоеьйи]$/u, '')));
  return rx(`(?<![\\p{L}])(?:${[...new Set(stems)].join('|')})\\p{L}*`, 'u');
}
const REGION_NAME = placeNames('region');
/** Countries («Казахстан», "Uzbekistan"), as stems taking any case ending. */
const COUNTRY_NAME = placeNames('country');
/**
 * «Казахстан, северный сосед Киргизии, наторговал с ней …», "Kazakhstan, its northern neighbour, traded some …": a
 * country that opens the clause as the subject of a verb
 * of trading (an apposition between commas may follow it) owns that trade; the clause opens the window, or follows a
 * colon, a dash or «, а».
 */
const COUNTRY_TRADES = rx(/(?:^|[:;—–]|,\s+(?:а|и|но|and|but)(?=\s))\s*(?:the\s+)?(\p{Lu}[\p{L}-]+)(?:\s*,[^,.;]{1,60},)?\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:на)?торговал\p{L}*|traded)(?![\p{L}])/u);
/** Cities («Москва», "Novosibirsk"): trade of a city with a country is the city's, not the country's. */
const CITY_NAME = placeNames('city');
/** «товарооборот Новосибирской области с Кыргызстаном»: the owner named between the turnover word and «с». */
const TRADE_OWNER = rx(/(?:товарооборот|торгов\p{L}*\s+оборот|(?<![\p{L}])торговл)\p{L}*\s+((?:[\p{L}-]+\s+){1,3}?)(?:с|со)\s/iu);
/** "China's trade with …", "Kazakhstan's bilateral trade with …": the owner before a possessive. */
const TRADE_OWNER_EN = rx(/(?<![\p{L}])(\p{Lu}[\p{L}-]+)['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:trade|turnover)\s+(?:[\p{L}-]+\s+){0,2}?with\s/u);
/** "trade between Sverdlovsk Region and Kyrgyzstan", «товарооборот между Татарстаном и Кыргызстаном», "between St. Petersburg and …". */
const TRADE_BETWEEN = rx(/(?:товарооборот|торговл|trade|turnover)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:between|между)\s+((?:[\p{L}’'-]+\.?\s+){0,3}?[\p{L}’'-]+)\s+(?:and|и)\s+((?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)/iu);
/**
 * «товарооборот Беларуси и Кыргызстана», «товарооборот Тюменской области и Кыргызстана», «торговля Армении и Грузии»: two
 * owners in the genitive joined by «и», with no «между» (the first may be a region's name of two or three words).
 */
const TRADE_PAIR = rx(/(?:[Тт]оварооборот|[Тт]оргов\p{L}*\s+оборот|[Тт]орговл)\p{L}*\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Ll}[\p{L}-]+){0,2}?)\s+и\s+(\p{Lu}[\p{L}-]+)/u);
/**
 * «Свердловская область в 2018 году наторговала с Киргизией на …», «Татарстан за год наторговал …», "Tatarstan traded
 * …": a region or a city that opens the clause as the subject of a verb of trading (a time or a place may come between).
 */
const REGION_TRADES = rx(
  /(?:^|[:;—–]|,\s+(?:а|и|но|and|but)(?=\s))\s*(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+(?:\p{Ll}[\p{L}-]+|Region|Oblast|Krai|Territory|Republic))?)\s+(?:[\p{L}\p{N}.-]+\s+){0,4}?(?:(?:на)?торговал\p{L}*|traded)(?![\p{L}])/u,
);
/** «с Китаем … республика наторговала на …», «с соседним Казахстаном … наторговала»: the partner (an epithet may stand before its name) named before a verb of trading. */
const PARTNER_BEFORE_VERB = rx(/(?:^|[\s:;,(—–])[Сс]о?\s+(?:\p{Ll}[\p{L}-]*(?:ым|им|ой|ей)\s+)?(\p{Lu}[\p{L}-]+)[^.]{0,80}?(?<![\p{L}])(?:на)?торговал\p{L}*/u);
/**
 * "Kazakhstan remained Kyrgyzstan's second-largest partner …, with turnover of …", «Казахстан остался вторым
 * торговым партнером Кыргызстана»: the country that is the partner opens the sentence, or a clause after a comma and a
 * conjunction ("…, and China is by far its largest trading partner, with two-way trade of …", «…, а Китай остается …»),
 * an adverb set off by commas allowed after it ("China, however, is its biggest trading partner: …"), and owns its trade;
 * so does one after a lead-in closed by a colon ("For comparison: China remains …", «Для справки: Китай остается …»).
 */
const PARTNER_SUBJECT = rx(
  /(?:(?:^|:)\s*(?:[\p{L}-]+\s+){0,2}?|[,;]\s+(?:and|but|while|whereas|а|и|но)\s+(?:[\p{L}-]+\s+)?)(\p{Lu}[\p{L}-]+)(?:\s*,\s*(?:however|meanwhile|by\s+contrast|in\s+turn|though|однако|напротив|между\s+тем|в\s+свою\s+очередь)\s*,)?\s+(?:remained|remains|is|was|became|has\s+become|ranked|ranks|остал\p{L}*|оста[её]тся|стал\p{L}*|является|был\p{L}*)\s+(?:(?:by\s+far|still|now|also|already|по-прежнему|также|уже)\s+)?(?:(?:as\s+)?(?:\p{Lu}[\p{L}-]+['’]s|the|a|an)\s+)?(?:[\p{L}-]+(?:['’]s)?\s+){0,3}?(?:trading\s+|trade\s+|торгов\p{L}*\s+)?(?:partner|партн[её]р)/u,
);
/**
 * "Uzbek-Russian trade", "U.S.-Kyrgyz trade", "Russia-UAE trade", «узбекско-российский товарооборот», "Kazakhstan–Russia trade": two
 * national adjectives or names (or an abbreviation) joined by a hyphen or an en dash before a trade word.
 */
const ADJECTIVE_PAIR = rx(/(?<![\p{L}‐–-])(?:(\p{Lu}\p{Ll}+|(?:\p{Lu}\.){2,}|\p{Lu}{2,3})[‐–-](\p{Lu}\p{Ll}+|(?:\p{Lu}\.){2,}|\p{Lu}{2,3})|(\p{Lu}?\p{Ll}+(?:ско|цко))[‐–-](\p{Ll}+))\s+(?:(?:[\p{L}]+\s+)?(?:trade|turnover|commerce)|товарооборот\p{L}*|торгов\p{L}*|торговл\p{L}*)(?![\p{L}])/gu);
/** A national adjective of Russia or Kyrgyzstan (either side of a bilateral pair). */
const PAIR_SIDE = rx(/^(?:Russia|Kyrgyz|Kirghiz|Kirgiz|Soviet|росси|кыргыз|киргиз|русск|советск)/iu);
/** Whether the window holds a pair of national adjectives before a trade word of which one is neither Russian nor Kyrgyz. */
function thirdPartyPair(window: string): boolean {
  if (!window.includes('-') && !window.includes('–') && !window.includes('‐')) return false;
  ADJECTIVE_PAIR.lastIndex = 0;
  let m: RegExpExecArray | null;
  let third = false;
  while ((m = ADJECTIVE_PAIR.exec(window))) third = !(PAIR_SIDE.test(m[1] ?? m[3]!) && PAIR_SIDE.test(m[2] ?? m[4]!));
  return third;
}
/** «С Казахстаном, напротив, торговля …», "With China, by contrast, trade …": a partner before the trade word at the sentence's start. */
const FRONTED_PARTNER = rx(/^\s*(?:[Сс]о?|With)\s+(\p{Lu}[\p{L}-]+)\s*,[^.]{0,60}?(?:товарооборот|торговл|оборот|trade|turnover)/u);
/**
 * «Для сравнения, с Казахстаном оборот области превышает …», "with China trade grew …": a partner right before the
 * trade word, with no comma after it; the word after the trade word may name its owner («оборот области»).
 */
const PARTNER_RIGHT_BEFORE = rx(/(?:^|[\s,])(?:[Сс]о?|[Ww]ith)\s+(\p{Lu}[\p{L}-]+)\s+(?:товарооборот|(?:торгов\p{L}*\s+)?оборот|торговл|trade|turnover)\p{L}*(?:\s+(\p{L}+))?/u);
/**
 * «Китай, торговля с которым превысила …», "China, with which trade reached …", «…, чем с Белоруссией, с которой он
 * превысил …» (the turnover as «он»): the name before a relative clause of trade.
 */
const RELATIVE_TRADE = rx(
  /(?<![\p{L}])(\p{Lu}[\p{L}-]+)\s*,\s+(?:(?:[\p{L}-]+\s+){0,2}?(?:товарооборот|торговл|оборот)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:с|со)\s+котор\p{L}+|(?:с|со)\s+котор\p{L}+\s+(?:он|она|оно)(?![\p{L}])|with\s+which\s+(?:[\p{L}-]+\s+){0,2}?(?:trade|turnover|commerce))(?![\p{L}])/u,
);
/**
 * «Казахстан нарастил торговлю с Киргизией до …», "Kazakhstan raised its trade with Kyrgyzstan to …": a country that opens
 * the clause (an apposition between commas may follow it: "Kazakhstan, the other neighbour, saw its own trade with …"; an
 * epithet may stand before it: ", while neighbouring China reported trade with …"), a verb or two, and the trade «с» /
 * "with" a partner: the country owns that trade.
 */
const COUNTRY_VERB_TRADE = rx(
  /(?:^|[:;—–]|,\s+(?:а|и|но|тогда\s+как|and|but|while|whereas)(?=\s))\s*(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+)?(\p{Lu}[\p{L}-]+)(?:\s*,[^,.;]{1,60},)?\s+(?:[\p{L}-]+\s+){1,2}?(?:(?:its|свою|свой)\s+(?:own\s+|собственн\p{L}*\s+)?)?(?:товарооборот|торговл|trade|turnover)\p{L}*\s+(?:с|со|with)\s/u,
);
/**
 * "Kyrgyzstan and Kazakhstan signed an agreement to raise their trade, which reached …", «Киргизия и Казахстан договорились
 * нарастить взаимную торговлю»: the two parties that open the sentence own "their", mutual or bilateral trade.
 */
const PAIR_OWNS_TRADE = rx(
  /^\s*(?:[\p{L}-]+,\s+)?(?:the\s+)?(\p{Lu}[\p{L}.-]+)\s+(?:and|и)\s+(?:the\s+)?(\p{Lu}[\p{L}.-]+)\s[^.;]*?(?<![\p{L}])(?:their|its|mutual|bilateral|их|взаимн\p{L}*|двусторонн\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}?(?:trade|turnover|commerce|товарооборот\p{L}*|торговл\p{L}*)/u,
);
/**
 * «Россия и Беларусь остаются крупнейшей парой с оборотом около $50 млрд», "Russia and Belarus, with turnover of …": two
 * parties named together, then «с оборотом» / "with trade": the sum is that pair's turnover.
 */
const PAIR_WITH_TURNOVER = rx(
  /(?<![\p{L}])(\p{Lu}[\p{L}.-]+)\s+(?:and|и)\s+(?:the\s+)?(\p{Lu}[\p{L}.-]+),?\s+(?:[\p{L}-]+\s+){0,4}?(?:с|со|with)\s+(?:(?:товаро|торговым\s+)?оборот\p{L}*|(?:a\s+)?(?:trade|turnover))(?![\p{L}])/u,
);
/** Talks or a meeting with a third country's official or delegation ("talks with Kazakh Prime Minister", «встретился с премьером Казахстана»). */
const TALKS_WITH_FOREIGN = rx(
  `(?<![\\p{L}])(?:talks|met|meeting|negotiations|переговор\\p{L}*|встреч\\p{L}*|встрети\\p{L}*)\\s+(?:with|с|со)\\s+(?:the\\s+)?(?:[\\p{L}.-]+\\s+){0,3}?(?:${[...eventLexicon.markers.foreignParty.ru, ...eventLexicon.markers.foreignParty.en].join('|')})(?![\\p{L}])`,
  'u',
);
/** `FOREIGN_HOLDS_TALKS`, built on first use: asked only of a turnover figure's window with a word of talks. */
let foreignHoldsTalks: RegExp | null = null;
/**
 * A third country's side holding the talks: «президент Узбекистана провел встречу с …», "the Kazakh Prime Minister, Ivan Orlov, met
 * …", "Tajik President X held talks with …" (a foreign name or adjective, then up to three names or titles, then the verb), not
 * after a preposition of place («в Казахстане провел встречу»).
 */
const FOREIGN_HOLDS_TALKS = (): RegExp => (foreignHoldsTalks ??= rx(
  `(?<![\\p{L}])(?<!(?:в|во|на|из|in|at|from)\\s)(?:${[...eventLexicon.markers.foreignParty.ru, ...eventLexicon.markers.foreignParty.en].join('|')})(?![\\p{L}])[\\s,]+(?:[\\p{L}.-]+[\\s,]+){0,3}?(?:провел\\p{L}*|провёл|встретил\\p{L}*|held\\s+talks|had\\s+talks|met)(?![\\p{L}])`,
  'u',
));
/** `FOREIGN_OWNS_TRADE`, built on first use: asked only of a window whose trade is with one side of the pair. */
let foreignOwnsTrade: RegExp | null = null;
/**
 * "Chinese trade with …", "Kazakh official trade with …", "U.S. trade with …", «китайский товарооборот с …»: a third country's
 * adjective or name (an epithet may follow it) right before the trade word and its «с» / "with".
 */
const FOREIGN_OWNS_TRADE = (): RegExp => (foreignOwnsTrade ??= rx(
  `(?<![\\p{L}])(?:${[...eventLexicon.markers.foreignParty.ru, ...eventLexicon.markers.foreignParty.en].join('|')})\\.?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?(?:trade|turnover|commerce|торговл\\p{L}*|товарооборот\\p{L}*)\\s+(?:with|с|со)\\s`,
  'u',
));
/** The pair's own trade: "bilateral", "mutual", "their", «взаимный», «двусторонний». */
const PAIR_TRADE = rx(/(?<![\p{L}])(?:bilateral|mutual|two-way|their|взаимн\p{L}*|двусторонн\p{L}*|их)\s+(?:[\p{L}-]+\s+)?(?:trade|turnover|товарооборот\p{L}*|торговл\p{L}*)/iu);
/** Russia named by name, adjective or capital. */
const RUSSIA_NAMED = commonFirst(rx(`(?<![\\p{L}])${oneOf(RUSSIA_AS_PARTY)}`, 'u'));
/** Cheap test before `TALKS_WITH_FOREIGN` and `FOREIGN_HOLDS_TALKS`. */
const TALKS_CUE = /talks|met|meeting|negotiations|переговор|встре/;

/**
 * True when the window tells talks with a third country's side and then the pair's own trade, Russia named nowhere ("had
 * talks with his Uzbek counterpart X, and the two governments agreed to lift bilateral trade to …"): that pair's trade.
 */
function pairTradeAtForeignTalks(window: string): boolean {
  if (!TALKS_CUE.test(window)) return false;
  const talks = TALKS_WITH_FOREIGN.exec(window) ?? FOREIGN_HOLDS_TALKS().exec(window);
  return talks !== null && PAIR_TRADE.test(window.slice(talks.index)) && !RUSSIA_NAMED.test(window);
}

/** A party that is a foreign country by name or adjective («Казахстан», "the United States"), neither side of the pair. */
function isForeignCountry(party: string): boolean {
  return isThirdParty(party) && (COUNTRY_NAME.test(party) || FOREIGN_PARTY.test(party));
}
/** "China, whose registered trade with Kyrgyzstan …": the name before "whose" and a trade word. */
const WHOSE_TRADE = rx(/(?<![\p{L}])(\p{Lu}[\p{L}-]+)\s*,\s+whose\s+(?:[\p{L}-]+\s+){0,2}?(?:trade|turnover|commerce)(?![\p{L}])/u);
/**
 * "The United States, by comparison, did about $40 million in trade with …", «Казахстан, для сравнения, …»: a party
 * that opens the sentence, set off by a word of comparison, is the subject the figure after it belongs to.
 */
const COMPARED_PARTY = rx(
  /^\s*(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.-]*\s+){0,2}?\p{Lu}[\p{L}.-]*)\s*,\s*(?:(?:by|for|in)\s+(?:comparison|contrast)|для\s+сравнения|напротив|в\s+свою\s+очередь)\s*,/u,
);
/** "Kazakhstan, with about $200 million in trade with its neighbour, …": a country opening the sentence owns the sum after «, with». */
const COUNTRY_WITH_SUM = rx(/^\s*(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.-]*\s+){0,2}?\p{Lu}[\p{L}.-]*)\s*,\s*(?:with|с|со)\s+(?:[\p{L}-]+\s+){0,2}$/u);
/** «товарооборот республики с Россией»: «республика» alone, trading with Russia, is the other side, Kyrgyzstan. */
const BARE_REPUBLIC = rx(/^(?:республик\p{L}*|republic['’]s)\s*$/iu);
const RUSSIA_PARTNER = new RegExp(`^${oneOf(RUSSIA_NAMES)}`, 'u');
/** A country other than Kyrgyzstan and Russia, by name or adjective (the foreign parties of the event lexicon). */
const FOREIGN_PARTY = rx(`(?<![\\p{L}])(?:${[...eventLexicon.markers.foreignParty.ru, ...eventLexicon.markers.foreignParty.en].join('|')})(?![\\p{L}])`, 'u');
const KYRGYZ_WORD = commonFirst(rx(`(?<![\\p{L}])${oneOf(KYRGYZ_AS_PARTY)}`, 'u'));
/** Kyrgyzstan or Russia named by name or adjective (Russia not by «РФ», as the test has always asked). */
const PAIR_NAMED = commonFirst(rx(`(?<![\\p{L}])${oneOf([...KYRGYZ_AS_PARTY, ...RUSSIA_WITHOUT_ABBREVIATION])}`, 'u'));
/** "according to Turkish figures", «по данным китайской таможни»: a third country's statistics cited as the source. */
const FOREIGN_SOURCE = rx(
  `(?<![\\p{L}])(?:according\\s+to|по\\s+данным|согласно(?:\\s+данным)?)\\s+(?:the\\s+)?(?:${[...eventLexicon.markers.foreignParty.ru, ...eventLexicon.markers.foreignParty.en].join('|')})(?![\\p{L}])`,
  'u',
);
/** "trade between the two countries", «товарооборот двух стран»: the two countries the sentence named. */
const TWO_COUNTRIES = rx(/(?:between|of)\s+the\s+two\s+countries|(?:двух|двумя|обеих|обоих)\s+(?:стран|государств)/iu);

/** «Таджикистана и Туркмении», "Tajikistan and Turkmenistan": two names joined by «и» / "and". */
const NAME_PAIR = rx(/(?<![\p{L}])(\p{Lu}[\p{L}-]+)\s+(?:и|and)\s+(\p{Lu}[\p{L}-]+)/gu);
/** "Its trade with", «Его товарооборот с»: a trade owned by a pronoun. */
const ITS_TRADE = rx(/(?<![\p{L}])(?:Its|its|Его|его)\s+(?:(?:total|bilateral|two-way|foreign)\s+)?(?:trade|turnover|товарооборот\p{L}*|торговл\p{L}*)\s+(?:with|с|со)\s/u);
/** The first word of a sentence, when it is a name. */
const FIRST_NAME = rx(/^\s*(\p{Lu}[\p{L}-]+)/u);

/** True when `name` is a country's name (from its first letter) that is neither Russia nor Kyrgyzstan. */
function isThirdCountry(name: string): boolean {
  return isThirdParty(name) && COUNTRY_NAME.exec(name)?.index === 0;
}

/** True when `text` names two third countries joined by «и» / "and" and neither Russia nor Kyrgyzstan. */
function namesThirdPair(text: string): boolean {
  if (PAIR_NAMED.test(text)) return false;
  NAME_PAIR.lastIndex = 0;
  for (let m = NAME_PAIR.exec(text); m; m = NAME_PAIR.exec(text)) if (isThirdCountry(m[1]!) && isThirdCountry(m[2]!)) return true;
  return false;
}

/** True when `text` opens with the name of a third country ("Uzbekistan has …", «Таджикистан …»). */
function opensWithThirdCountry(text: string): boolean {
  const first = FIRST_NAME.exec(text)?.[1];
  return first !== undefined && isThirdCountry(first);
}

/** Whether `text` names a region of the places knowledge («Татарстана», "Omsk Region"). */
export function namesRegion(text: string): boolean {
  return REGION_NAME.test(text);
}

/** "Moscow city trade with …", "the region's trade with …": a city or region owns the trade (not "the Kyrgyz Republic's"). */
const PLACE_OWNER_EN = rx(/(?<![\p{L}])(?:city|region|oblast|province|krai|territory)(?:['’]s)?\s+(?:(?:foreign|external|bilateral|total|overall)\s+)?(?:trade|turnover)(?![\p{L}])/iu);

/** "partners" as the other side of trade: whose partners the sentence says elsewhere. */
const PARTNERS = rx(/(?:партн[её]р|partner)\p{L}*/iu);
/** «с регионами России», "with Russian regions": the sentence is about trade between regions. */
const REGIONS_AS_PARTNERS = rx(
  /(?:с|со|with)\s+(?:the\s+)?(?:регионами\s+(?:России|РФ|Кыргызстана|Киргизии)|российскими\s+регионами|(?:Russian|Kyrgyz)\s+regions|regions\s+of\s+(?:Russia|Kyrgyzstan))/iu,
);

/** A bilateral word anywhere in a party's name. */
const BILATERAL_ANY = rx(BILATERAL_PARTNER.source.replace(/^\^/, ''), 'iu');
/** A personal pronoun as the partner after «с» / "with" («с ним», «с ней», "with it"). */
const PRONOUN_PARTNER = rx(/^(?:ним|ней|нею|ними|it|them)(?![\p{L}])/u);
/** Capitalised words (a country's name among them). */
const CAPITAL_WORD = rx(/(?<![\p{L}])\p{Lu}[\p{L}-]+/gu);

/** True when the last country named in the window before its trade word is a foreign one: the antecedent of «с ним». */
function pronounAntecedentForeign(window: string): boolean {
  const at = TRADE_WITH.exec(window)?.index ?? window.length;
  let last: string | null = null;
  CAPITAL_WORD.lastIndex = 0;
  for (let m = CAPITAL_WORD.exec(window); m && m.index < at; m = CAPITAL_WORD.exec(window)) if (COUNTRY_NAME.test(m[0]) || BILATERAL_ANY.test(m[0])) last = m[0];
  return last !== null && isForeignCountry(last);
}

/** A party that is a region: a region word or name not part of a country's own name («Кыргызской Республики»). */
function isRegion(party: string): boolean {
  if (!REGION_WORD.test(party) && !REGION_NAME.test(party)) return false;
  return !BILATERAL_ANY.test(party);
}

/** A city on one side and a country (not a city) on the other. */
function isCityVersusCountry(city: string, other: string): boolean {
  return CITY_NAME.test(city) && !CITY_NAME.test(other) && BILATERAL_ANY.test(other);
}

/** A named party (a capital letter after any "the") that is neither Russia, Kyrgyzstan nor a city: a third country. */
function isThirdParty(party: string): boolean {
  const name = party.replace(/^the\s+/i, '');
  return CAPITAL.test(name) && !BILATERAL_ANY.test(name) && !CITY_NAME.test(name);
}

/** "'s mutual trade", "'s turnover" right after a bloc's name: the bloc's possessive owning a trade word. */
const BLOC_OWNS_TRADE = /^['’]s\s+(?:(?:mutual|internal|overall|total|intra-[\p{L}]+)\s+)?(?:trade|turnover)(?![\p{L}])/iu;
/** Where the partner phrase before a bloc's name starts: a punctuation mark or bracket ends it. */
const PHRASE_BREAK = /[,.;:()«»"]/g;

/**
 * The bloc a trade is with: its name after «с/со» / "with" in the same phrase («со странами СНГ»,
 * «с государствами – членами Таможенного союза», "trade with fellow EAEU members"), with neither Russia
 * nor Kyrgyzstan as the partner named first («с Россией и другими странами ЕАЭС» stays bilateral); or
 * after «в рамках» / "within" / "intra-" when neither Russia nor the two countries are named.
 */
export function blocPartner(window: string): string | null {
  const hits = BLOC_WORDS.find(window);
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    const pre = window.slice(Math.max(0, h.start - 60), h.start);
    let cut = 0;
    for (const m of pre.matchAll(PHRASE_BREAK)) cut = m.index + 1;
    const phrase = pre.slice(cut);
    // "the EAEU's mutual trade", "the bloc's trade": the bloc owns the trade, unless a later trade word follows it.
    const owns = BLOC_OWNS_TRADE.exec(window.slice(h.end));
    if (owns && !TRADE_AFTER.test(window.slice(h.end + owns[0].length))) return h.tag;
    // «товарооборот Кыргызстана в рамках ЕАЭС», "intra-EAEU trade": inside the bloc, unless Russia or the two countries are named.
    if (SCOPE_WITHIN.test(phrase)) {
      if (SCOPE_PAIR.test(window)) continue;
      return h.tag;
    }
    // «взаимной торговли государств — членов ЕАЭС», "trade among EAEU members": the members' trade among themselves.
    if (SCOPE_MEMBERS.test(phrase) && !BILATERAL_ANY.test(phrase)) return h.tag;
    // «объём взаимной торговли ЕАЭС»: the bloc's name in the genitive right after the trade word owns it.
    if (TRADE_OF_NEXT.test(phrase) && !SCOPE_PAIR.test(phrase)) return h.tag;
    // "mutual trade of EAEU countries": the members named right after the bloc's name, neither Russia nor the two countries before it.
    if (TRADE_OF.test(phrase) && MEMBERS_AFTER_BLOC.test(window.slice(h.end, h.end + 24)) && !SCOPE_PAIR.test(phrase)) return h.tag;
    const w = SCOPE_WITH.exec(phrase);
    if (!w) continue;
    // «С учетом предстоящего вступления в Таможенный союз мы рассчитываем …»: no partner after a compound preposition.
    if (WITH_NOT_PARTNER.test(phrase.slice(w.index + w[0].length))) continue;
    if (BILATERAL_ANY.test(phrase.slice(w.index + w[0].length))) continue;
    return h.tag;
  }
  // «взаимная торговля стран союза»: the union by its common noun, after its members (no bloc's name to find).
  const union = window.includes('оюз') ? MEMBERS_OF_UNION.exec(window) : null;
  if (union && !BILATERAL_ANY.test(union[0])) return 'bloc';
  // «взаимная торговля в союзе», «товарооборот внутри Союза»: trade inside the union named by its common noun, unless
  // Russia or the two countries are named.
  if (window.includes('оюз') && TRADE_IN_UNION.test(window) && !SCOPE_PAIR.test(window)) return 'bloc';
  return null;
}

/** A trade word and the union by its common noun after «в», «внутри», «в рамках». */
const TRADE_IN_UNION = rx(/(?:торговл|оборот)\p{L}*\s+(?:в|внутри|в\s+рамках)\s+[Сс]оюз[аеу](?![\p{L}])/u);

/** "turnover", «оборот» right after the words of foreign trade ("foreign trade turnover"): one noun phrase with them. */
const TURNOVER_NOUN_NEXT = /^\s+(?:turnover|оборот\p{L}*)(?![\p{L}])/iu;
/** A trade word after the words of foreign trade: "the foreign trade minister said trade rose …" is about that trade. */
const TRADE_AFTER = /товарооборот|торгов|оборот|trade|turnover|commerce/iu;

/** A note in brackets. */
const BRACKETED = /\([^()]*\)/gu;

/** The window speaks of the country's foreign trade as a whole: its words are the last trade words, with no bilateral marker. */
function isForeignTrade(window: string): boolean {
  let end = -1;
  // `test` on the global regex moves `lastIndex` to each match's end: no iterator, regex clone or match arrays (`matchAll`).
  FOREIGN_TRADE.lastIndex = 0;
  while (FOREIGN_TRADE.test(window)) end = FOREIGN_TRADE.lastIndex;
  // "total foreign trade turnover": the noun that completes the words of foreign trade is no later trade word; nor is one
  // of a note in brackets («(без учета неорганизованной торговли)», "(excluding shuttle trade)"), which says what is counted.
  if (end < 0) return false;
  let rest = window.slice(end).replace(TURNOVER_NOUN_NEXT, '');
  if (rest.includes('(')) rest = rest.replace(BRACKETED, ' ');
  if (TRADE_AFTER.test(rest)) return false;
  // «внешнеторговый оборот Российской Федерации»: Russia owning the foreign trade marks no bilateral trade.
  RUSSIA_OWNS_FOREIGN_TRADE.lastIndex = 0;
  const scope = RUSSIA_OWNS_FOREIGN_TRADE.test(window) ? window.replace(RUSSIA_OWNS_FOREIGN_TRADE, ' ') : window;
  if (!SCOPE_BILATERAL.test(scope)) return true;
  // "Russia's share in the republic's overall external trade came to …": Russia holds a share of the whole (asked
  // only where a bilateral word stands and a word of share may).
  if (!(scope.includes('share') || scope.includes('дол') || scope.includes('Дол') || scope.includes('вес'))) return false;
  RUSSIA_SHARE_OF.lastIndex = 0;
  return RUSSIA_SHARE_OF.test(scope) && !SCOPE_BILATERAL.test(scope.replace(RUSSIA_SHARE_OF, ' '));
}

/** A turnover metric name: Kyrgyz–Russian, or the trade of something else (a region, a bloc, a country's total). */
export type TurnoverName =
  | 'trade_turnover'
  | 'regional_trade_turnover'
  | 'third_country_trade_turnover'
  | 'sector_trade_turnover'
  | 'total_foreign_trade_turnover'
  | 'group_trade_turnover'
  | `${string}_trade_turnover`;

/**
 * A word of trade («товарооборот», «торговля», «оборот», "trade", "turnover", "commerce"), or of the world (the words of
 * foreign trade that name no trade: «со всем миром», "with the world"), under the widest flags of the rules it is asked
 * before: every match of those rules holds one (metric.test.ts), so a window with none (" и составил ", ", что на ", "
 * last year to ": a third of the windows) skips them.
 */
export const TRADE_CUE = rx(/trade|turnover|commerce|торгов|оборот|мир|world/iu);

/**
 * The turnover metric for the partner the window names: Kyrgyz–Russian unless another partner is named. A rule whose
 * pattern needs a word that is not in the window (`includes`, as case-sensitive as the pattern, or `TRADE_CUE`) is not
 * run: most windows hold none of them, and each of those patterns otherwise tries every position of the window.
 */
export function turnoverName(window: string): TurnoverName {
  const trade = TRADE_CUE.test(window);
  if (trade && SECTOR_TRADE.test(window)) return 'sector_trade_turnover';
  const bloc = BLOC_WORDS_GATE.test(window) ? blocPartner(window) : null;
  if (bloc) return `${bloc}_trade_turnover`;
  // «внешнеторговый оборот Кыргызстана», "total foreign trade": the country's trade with the world.
  if (trade && isForeignTrade(window)) return 'total_foreign_trade_turnover';
  if (trade && PLACE_OWNER_EN.test(window)) return 'regional_trade_turnover';
  const partnerSubject = window.includes('partner') || window.includes('партн') ? PARTNER_SUBJECT.exec(window) : null;
  if (partnerSubject && isThirdParty(partnerSubject[1]!)) return 'third_country_trade_turnover';
  // «товарооборот Беларуси и Кыргызстана», «Товарооборот Казахстана и Киргизии»: another country is one owner.
  const pair = window.includes(' и ') && (window.includes('оборот') || window.includes('орговл')) ? TRADE_PAIR.exec(window) : null;
  // «товарооборот Тюменской области и Кыргызстана», «товарооборот Петербурга и Кыргызстана»: a region's or a city's.
  if (pair && (isRegion(pair[1]!) || isRegion(pair[2]!) || isCityVersusCountry(pair[1]!, pair[2]!))) return 'regional_trade_turnover';
  if (pair && (isThirdParty(pair[1]!) || isThirdParty(pair[2]!))) return 'third_country_trade_turnover';
  // "a forum of Russian and Kazakh businessmen … trade between the two countries": the pair is not Kyrgyz–Russian.
  const two = TWO_COUNTRIES.exec(window);
  if (two && FOREIGN_PARTY.test(window.slice(0, two.index)) && !KYRGYZ_WORD.test(window)) return 'third_country_trade_turnover';
  // «с Китаем, по киргизским данным, республика наторговала на …»: the partner before the verb.
  const tradedVerb = window.includes('торговал');
  const before = tradedVerb ? PARTNER_BEFORE_VERB.exec(window) : null;
  if (before && isThirdParty(before[1]!)) return 'third_country_trade_turnover';
  const regionTrader = tradedVerb || window.includes('traded') ? REGION_TRADES.exec(window)?.[1] : undefined;
  // A region word alone («Республика наторговала …») is the country speaking of itself: a region is named.
  const namedRegion = regionTrader && isRegion(regionTrader) && (regionTrader.includes(' ') || REGION_NAME.test(regionTrader));
  if (namedRegion || (regionTrader && CITY_NAME.test(regionTrader) && !BILATERAL_ANY.test(regionTrader))) return 'regional_trade_turnover';
  const trader = tradedVerb || window.includes('traded') ? COUNTRY_TRADES.exec(window)?.[1] : undefined;
  if (trader && isThirdParty(trader) && COUNTRY_NAME.test(trader)) return 'third_country_trade_turnover';
  const raiser = trade ? COUNTRY_VERB_TRADE.exec(window)?.[1] : undefined;
  if (raiser && isForeignCountry(raiser)) return 'third_country_trade_turnover';
  const pairOwns = trade ? PAIR_OWNS_TRADE.exec(window) : null;
  if (pairOwns && (isForeignCountry(pairOwns[1]!) || isForeignCountry(pairOwns[2]!))) return 'third_country_trade_turnover';
  const pairWith = trade && (window.includes(' и ') || window.includes(' and ')) ? PAIR_WITH_TURNOVER.exec(window) : null;
  if (pairWith && (isForeignCountry(pairWith[1]!) || isForeignCountry(pairWith[2]!))) return 'third_country_trade_turnover';
  // "had talks with his Uzbek counterpart X, and they agreed to lift bilateral trade to …": the talks' pair owns it.
  if (trade && pairTradeAtForeignTalks(window)) return 'third_country_trade_turnover';
  // "Uzbek-Russian trade", «узбекско-российский товарооборот»: a pair of adjectives with a third country.
  if (trade && thirdPartyPair(window)) return 'third_country_trade_turnover';
  // "The United States, by comparison, did about …": a foreign country set off as the subject of the comparison.
  const compared = window.includes(',') ? COMPARED_PARTY.exec(window)?.[1] : undefined;
  if (compared && isThirdParty(compared) && FOREIGN_PARTY.test(compared)) return 'third_country_trade_turnover';
  const holder = window.includes(',') ? COUNTRY_WITH_SUM.exec(window)?.[1] : undefined;
  if (holder && isThirdParty(holder) && (FOREIGN_PARTY.test(holder) || COUNTRY_NAME.test(holder))) return 'third_country_trade_turnover';
  if (!WITH_WORD.test(window)) return 'trade_turnover';
  // «С Казахстаном, напротив, торговля Киргизии выросла», "With China, by contrast, trade grew": a third partner fronted.
  const fronted = trade ? FRONTED_PARTNER.exec(window)?.[1] : undefined;
  if (fronted && isThirdParty(fronted)) return 'third_country_trade_turnover';
  const rightBefore = trade ? PARTNER_RIGHT_BEFORE.exec(window) : null;
  if (rightBefore && isThirdParty(rightBefore[1]!)) return rightBefore[2] && REGION_WORD.test(rightBefore[2]) && !BARE_REPUBLIC.test(rightBefore[2]) ? 'regional_trade_turnover' : 'third_country_trade_turnover';
  // "China, whose registered trade with Kyrgyzstan is …": the country before "whose" owns the trade.
  const whose =
    (window.includes('whose') ? WHOSE_TRADE.exec(window)?.[1] : undefined) ??
    (window.includes('котор') || window.includes('which') ? RELATIVE_TRADE.exec(window)?.[1] : undefined);
  if (whose && isThirdParty(whose)) return 'third_country_trade_turnover';
  // «со всеми странами Союза», "with all the countries of the union": a group, named by no bloc word.
  if (WITH_ALL_MEMBERS.test(window)) return 'group_trade_turnover';
  // The rules below read the trade word's owner, partner or pair: with none, the partner is the pair's own.
  if (!trade) return 'trade_turnover';
  const between = TRADE_BETWEEN.exec(window);
  if (between) {
    const [a, b] = [between[1]!, between[2]!];
    // «между республикой и Россией»: «республика» alone beside a country is the article's own, Kyrgyzstan (as in
    // «товарооборот республики с Россией»), so the pair is the other name's with Kyrgyzstan.
    if (BARE_REPUBLIC.test(a) && !isRegion(b)) return isThirdParty(b) ? 'third_country_trade_turnover' : 'trade_turnover';
    if (isRegion(a) || isRegion(b)) return 'regional_trade_turnover';
    // "between Moscow and Kyrgyzstan", «между Москвой и Киргизией»: a city and a country (two capitals stand for their countries).
    if (isCityVersusCountry(a, b) || isCityVersusCountry(b, a)) return 'regional_trade_turnover';
    // "trade between China and Kyrgyzstan", «между Казахстаном и Кыргызстаном»: another country's trade.
    return isThirdParty(a) || isThirdParty(b) ? 'third_country_trade_turnover' : 'trade_turnover';
  }
  const owner = TRADE_OWNER.exec(window)?.[1];
  const partner = withoutEpithet(TRADE_WITH.exec(window)?.[1]);
  // «товарооборот республики с Россией»: the republic that trades with Russia is Kyrgyzstan.
  if (owner && BARE_REPUBLIC.test(owner) && partner && RUSSIA_PARTNER.test(partner)) return 'trade_turnover';
  // «товарооборот Москвы с Кыргызстаном»: in Russian a city before «с» is the owner, never a metonym.
  if (owner && (isRegion(owner) || CITY_NAME.test(owner))) return 'regional_trade_turnover';
  // «товарооборот Китая с Кыргызстаном», "China's trade with Kyrgyzstan": another country owns the trade.
  const ownerEn = window.includes("'s") || window.includes('’s') ? TRADE_OWNER_EN.exec(window)?.[1] : undefined;
  // "Novosibirsk's trade with Kyrgyzstan", "Tatarstan's turnover with …": a region or a city (not a capital) owns it.
  if (ownerEn && (isRegion(ownerEn) || (CITY_NAME.test(ownerEn) && !CAPITAL_METONYM.test(ownerEn)))) return 'regional_trade_turnover';
  if ((owner && isThirdParty(owner.trim())) || (ownerEn && isThirdParty(ownerEn))) return 'third_country_trade_turnover';
  // «сотрудничество области с регионами России развивается: товарооборот с российскими партнерами…»
  if (partner && PARTNERS.test(partner) && REGIONS_AS_PARTNERS.test(window)) return 'regional_trade_turnover';
  // "Chinese trade with Kyrgyzstan, officially …", «китайский товарооборот с Киргизией»: a third country's adjective or
  // name right before the trade word owns the trade with the pair's side.
  if (partner && BILATERAL_PARTNER.test(partner) && FOREIGN_OWNS_TRADE().test(window)) return 'third_country_trade_turnover';
  if (!partner || BILATERAL_PARTNER.test(partner)) return 'trade_turnover';
  // «главный партнёр области — Китай: оборот с ним …», "its largest partner is China; trade with it …": a pronoun's partner
  // is the country named last before the trade word.
  if (PRONOUN_PARTNER.test(partner)) return pronounAntecedentForeign(window) ? 'third_country_trade_turnover' : 'trade_turnover';
  if (REGION_WORD.test(partner) || REGION_NAME.test(partner)) return 'regional_trade_turnover';
  // A lower-case partner is a group («странами ЕАЭС», "partners"): not told apart here.
  return CAPITAL.test(partner) ? 'third_country_trade_turnover' : 'trade_turnover';
}

/** A relative pronoun opening the clause after a share's comma («, который составил», ", which reached"). */
const WHOLE_RELATIVE = rx(/^\s*(?:котор\p{L}+|which|that)(?![\p{L}])/u);

/**
 * «составил 821 млн долларов, или 28,9% всего внешнеторгового оборота страны, и сократился на 22,1%»: the words after a
 * share, up to the end of its clause, say what it is a share of; a figure after them goes on with the subject before
 * the share, so they are left out of its window.
 */
function pastShareTail(a: Around): Around {
  if (a.prevQ?.q.type !== 'percent' || !SHARE_AFTER.test(a.window)) return a;
  const cut = a.window.search(/[,;]/u);
  if (cut < 0) return a;
  // «…, или 28% от всего внешнеторгового оборота страны, который составил 6 млрд», "…, or a third of total trade, which
  // came to …": a relative pronoun right after the comma takes the whole the share is of as the figure's subject.
  if (WHOLE_RELATIVE.test(a.window.slice(cut + 1))) return a;
  const from = a.winStart + cut + 1;
  return { ...a, window: a.window.slice(cut + 1), cues: a.cues.filter((c) => c.start >= from) };
}

/**
 * "Russia accounted for", "Kazakhstan for" (a list going on), «(Н)а Россию пришлось», «на долю России приходится», «, на
 * Казахстан —», «, тогда как с Казахстаном —», ", while with China —" (a hyphen typed for the dash too): a country named as the holder of a part of the sum
 * told before, or as the other partner of a comparison with the verb left out, right before the figure.
 */
const PART_OWNER = rx(
  /(?<![\p{L}])(?:(\p{Lu}[\p{L}-]+)\s+(?:accounted\s+for|account(?:s|ing)?\s+for|for)|[Нн]а\s+(?:долю\s+)?(\p{Lu}[\p{L}-]+)\s+(?:пришл\p{L}*|приход\p{L}*)|(?<=[,;]\s*)на\s+(?:долю\s+)?(\p{Lu}[\p{L}-]+)\s*[—–-]|(?<=[,;]\s*(?:тогда\s+как\s+|а\s+|whereas\s+|while\s+)?)(?:с|со|with)\s+(\p{Lu}[\p{L}-]+)\s*[—–-])\s+(?:(?:about|almost|nearly|some|around|over|более|около|почти|свыше|порядка)\s+)?(?:US\s*)?[$€]?\s*$/u,
);

/** "$1.8 billion turnover with Uzbekistan", "$4 billion in trade with China", "$2 billion of business with …": a partner named right after the sum. */
const PARTNER_AFTER_SUM = rx(/^\s*(?:in\s+|of\s+)?(?:annual\s+|bilateral\s+|two-way\s+)?(?:trade|turnover|business)\s+with\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/u);

/** The suffix a change or growth adds to a turnover metric's name. */
const CHANGE_SUFFIX = /_(?:growth_pct(?:_rub_terms)?|growth_multiple|change_usd)$/;

/**
 * The turnover metric of a quantity: named in its own window, else the one of the figure before it in the sentence
 * when that was not Kyrgyz–Russian (a region's, a bloc's, a sector's or the country's total: «…, в том числе со
 * странами ЕврАзЭС – 1,9 млрд, с государствами – членами Таможенного союза – 1,6 млрд», "…, up 5%").
 */
function turnoverOf(around: Around): string {
  const a = pastShareTail(around);
  // "shrank by a fifth, as was the case across the bloc": the bloc of a comparison aside is not the figure's partner.
  const own = turnoverName(withoutComparisonAsides(a.window));
  // «"Наш товарооборот с Кыргызстаном …", — сказал Минниханов» after «… торговое представительство Татарстана»: the region speaks.
  if (own === 'trade_turnover' && a.regionNear && OUR_TRADE_WITH_KYRGYZSTAN.test(a.window) && a.regionNear()) return 'regional_trade_turnover';
  // «"В прошлом году наш товарооборот составил 61 млн долларов", — заявил Карлин»: a governor's or mayor's "our" is the region's.
  if (own === 'trade_turnover' && a.regionalHead && OUR_TRADE.test(a.window) && a.regionalHead()) return 'regional_trade_turnover';
  // "…raise Turkish-Kyrgyz trade to $1 billion. Trade between the two countries reached $880 million, according to
  // Turkish figures": a sentence naming neither side takes its "two countries" from the pair told just before, or
  // from a third country's statistics it cites.
  if (own === 'trade_turnover' && TWO_COUNTRIES.test(a.window) && !PAIR_NAMED.test(a.text)) {
    if (FOREIGN_SOURCE.test(a.text) || a.previousMetric?.() === 'third_country_trade_turnover') return 'third_country_trade_turnover';
    // «Вице-премьеры Таджикистана и Туркмении подписали протокол … Объем торговли двух стран …»: the pair told in the sentence before.
    if (a.previousText && namesThirdPair(a.previousText())) return 'third_country_trade_turnover';
  }
  // "Uzbekistan has moved fast. Its bilateral trade with Kyrgyzstan rose …": "its" is the country that opened the sentence before.
  if (own === 'trade_turnover' && a.previousText && ITS_TRADE.test(a.window) && opensWithThirdCountry(a.previousText())) return 'third_country_trade_turnover';
  // "Orban and Japarov later agreed to lift bilateral trade to …": two leaders opening the sentence own their
  // trade, another pair's when one of them is a third country's.
  if (own === 'trade_turnover' && a.foreignPersonAt && pairOfPeopleForeign(a)) return 'third_country_trade_turnover';
  // "Chinese customs, meanwhile, reported nearly $20 billion in trade with Kyrgyzstan", "By comparison, China, …, reported
  // $15.5 billion in bilateral trade": a third country's statistics reporting as the sentence's subject tell its own trade.
  if (own === 'trade_turnover' && a.winStart === 0 && REPORTED_RIGHT_BEFORE.test(a.window.slice(-REPORTED_REACH)) && foreignReporter(a.window)) return 'third_country_trade_turnover';
  // "still dwarfed by Russia's $5.6 billion turnover with Kazakhstan": the partner named right after the sum.
  const partnerAfter = own === 'trade_turnover' && a.after.includes(' with ') ? PARTNER_AFTER_SUM.exec(a.after)?.[1] : undefined;
  if (partnerAfter && isThirdParty(partnerAfter)) return 'third_country_trade_turnover';
  // "Turkey says it did $2 billion of business with Kyrgyzstan": the Kyrgyz side after the sum, the other is
  // the third country that opens the sentence.
  if (partnerAfter && KYRGYZ_WORD.test(partnerAfter) && opensWithThirdCountry(a.text)) return 'third_country_trade_turnover';
  // «Турция – 77,3 млн», «с Республикой Таджикистан – 41,9 млн», "Iran — $0.6 billion": a country set before a dash right
  // before the sum, as in a list of partners, is whose trade the sum is.
  const dashed = endsWithDash(a.window) ? DASHED_PARTNER.exec(a.window)?.[1] : undefined;
  if (dashed && own.endsWith('trade_turnover')) {
    RUSSIA.lastIndex = 0;
    if (RUSSIA.test(dashed)) return 'trade_turnover';
    // «Цель – 5 млрд»: only a country's name, not any capitalised word before a dash.
    if (own === 'trade_turnover' && isForeignCountry(dashed) && !KYRGYZ_WORD.test(dashed)) return 'third_country_trade_turnover';
  }
  if (own !== 'trade_turnover' || a.cues.some((c) => c.tag === 'trade_turnover')) return own;
  const prev = (a.prevQ?.draft?.metric ?? a.carried ?? '').replace(CHANGE_SUFFIX, '');
  if (!prev.endsWith('trade_turnover')) return own;
  // "…trade with EAEU member states came to $1.86 billion. Russia accounted for $1.17 billion of this amount, and
  // Kazakhstan for …", «из них на Россию пришлось …»: a country's part of a sum is that country's trade, Russia's the pair's own.
  const part = PART_OWNER.exec(a.window);
  const holder = part ? (part[1] ?? part[2] ?? part[3] ?? part[4]!) : null;
  if (holder && RUSSIA_PARTNER.test(holder)) return 'trade_turnover';
  if (holder && isThirdParty(holder)) return 'third_country_trade_turnover';
  // «У Казахстана этот показатель составил …», «С Казахстаном он вырос на …», "Kazakhstan's figure was …": a sentence that goes
  // on about the turnover told before, opened by a third country as its holder or partner and naming neither side of the pair
  // (not a speaker: «Казахстан отметил, что он вырос …»).
  const opener = COUNTRY_OPENS.exec(a.window);
  if (opener && isForeignCountry(opener[1] ?? opener[2]!) && !TOLD_THAT.test(a.window.slice(opener[0].length)) && !PAIR_NAMED.test(a.text) && !RUSSIA_NAMED.test(a.text)) {
    return 'third_country_trade_turnover';
  }
  return prev.endsWith('_trade_turnover') ? prev : own;
}

/** «что», "that": a clause told by the subject before it. */
const TOLD_THAT = rx(/(?<![\p{L}])(?:что|that)(?![\p{L}])/iu);
/**
 * A name opening the sentence (after any «Для сравнения,», "By comparison,"), alone, as a possessive or after «у», «для», «с»,
 * "for", "with" (who holds what is told, or the partner): «У Казахстана …», «С Казахстаном он …», "Kazakhstan's …"; a name alone
 * goes on with a word («Узбекистан нарастил …»), not a comma («США, увеличившись …» is the tail of a sum cut at «долл.»).
 */
const COUNTRY_OPENS = rx(/^\s*(?:(?:[Дд]ля\s+сравнения|(?:[Bb]y|[Ff]or|[Ii]n)\s+comparison)\s*,\s*)?(?:(?:[Уу]|[Дд]ля|[Сс]о?|[Ff]or|[Ww]ith)\s+(\p{Lu}[\p{L}-]+)(?![\p{L}])|(\p{Lu}[\p{L}-]+)(?:['’]s)?(?=\s+\p{L}))/u);

/**
 * «Узбекистан – 64,2 млн», «, с Республикой Армения – 3,8 млн», «: Turkey — $0.7 billion»: a country's name (one or two
 * capitalised words, «Республика» and a preposition of partner allowed before it) and a dash right before the sum.
 */
const DASHED_PARTNER = rx(
  /(?:^|[\s,;:(])(?:(?:с|со|with)\s+)?(?:(?:[Рр]еспублик\p{L}*|(?:the\s+)?Republic\s+of)\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s*[—–]\s*(?:(?:about|almost|nearly|some|around|over|более|около|почти|свыше|порядка)\s+)?(?:US\s*)?[$€]?\s*$/u,
);

/** Whether the window's last character that is not a space (or a currency sign) is a dash: the cue of `DASHED_PARTNER`. */
function endsWithDash(window: string): boolean {
  let i = window.length - 1;
  while (i >= 0 && (window[i] === ' ' || window[i] === '$' || window[i] === '\u00a0')) i--;
  return i >= 0 && (window[i] === '–' || window[i] === '—');
}

/** Whether the two parties `PAIR_OWNS_TRADE` finds opening the window are people, one of them a third country's. */
function pairOfPeopleForeign(a: Around): boolean {
  const m = PAIR_OWNS_TRADE.exec(a.window);
  if (!m) return false;
  const first = m.index + m[0].indexOf(m[1]!);
  const second = m.index + m[0].indexOf(m[2]!, first + m[1]!.length);
  const at = (from: number, name: string) => a.foreignPersonAt!(a.winStart + from, a.winStart + from + name.length);
  return at(first, m[1]!) || at(second, m[2]!);
}

/** How far before a sum `REPORTED_RIGHT_BEFORE` looks. */
const REPORTED_REACH = 40;
/** "reported nearly", "recorded", "put it at", "put bilateral trade at", «зафиксировала около»: a verb of reporting (and a hedge) right before the sum. */
const REPORTED_SOURCE = String.raw`(?:reported|reports|recorded|records|registered|counted|logged|showed|shows|put\s+(?:it|(?:(?:bilateral|two-way|mutual|total)\s+)?(?:trade|turnover)|the\s+figure)\s+at|зафиксировал\p{L}*|насчитал\p{L}*)\s+(?:(?:about|almost|nearly|some|around|over|more\s+than|roughly|just\s+under|около|почти|более|свыше|порядка)\s+)?(?:US\s*)?[$€]?\s*$`;
const REPORTED_RIGHT_BEFORE = rx(`(?<![\\p{L}])${REPORTED_SOURCE}`, 'u');
/**
 * That verb with the party opening the sentence as its subject (after «Для сравнения», "By comparison", "Meanwhile"): a
 * name or an adjective of a country, a possessive, a few lower-case words of its source ("customs service"), an apposition
 * or an adverb set off by commas ("China, Kyrgyzstan's largest trade partner, …", "Chinese customs, meanwhile, …").
 */
const REPORTER_OPENS = rx(
  String.raw`^\s*(?:(?:[Bb]y\s+comparison|[Ff]or\s+comparison|[Bb]y\s+contrast|[Mm]eanwhile|[Дд]ля\s+сравнения)\s*[,:]\s*)?(?:[Tt]he\s+)?(\p{Lu}[\p{L}.-]*)(?:['’]s)?(?:\s+\p{Ll}[\p{L}-]*){0,2}\s*(?:,[^,.;]{1,80},)?(?:\s*(?:meanwhile|in\s+turn|for\s+its\s+part|however|by\s+comparison|by\s+contrast|между\s+тем|в\s+свою\s+очередь),)?\s+(?:also\s+|также\s+)?${REPORTED_SOURCE}`,
  'u',
);
/** Whether the window opens with a third country as the subject of the verb of reporting before the sum. */
function foreignReporter(window: string): boolean {
  const m = REPORTER_OPENS.exec(window);
  return m !== null && isForeignCountry(m[1]!);
}

/** Decides the metric of a quantity; null when it is not reported. Sets `read.sign` for changes. */
export function metricOf(read: Read, a: Around): Metric | null {
  if (read.q.type === 'money') return moneyMetric(read, a);
  if (read.q.type === 'percent') return percentMetric(read, a);
  return multipleMetric(read, a);
}

/**
 * A scaled sum about turnover without a currency is in dollars when the sentence names no other currency and the sum
 * follows one in dollars or is followed by a word that ends it. Asked only of sums without a currency: asking it of
 * every sum scanned the sentence for other currencies once per sentence with figures for nothing.
 */
function impliedDollars(read: Read, a: Around): boolean {
  // «1,5 млрд долларов против 1,2 млрд»: a bare sum after a sum in dollars is in dollars too.
  const afterDollars = a.prevQ?.q.type === 'money' && a.prevQ.q.currency === 'usd';
  return read.q.scaled && read.subject === 'trade_turnover' && !a.foreignMoney() && (afterDollars || IMPLIED_FOLLOWER.test(a.after));
}

/**
 * "misstated the turnover as $4.6 billion", «ошибочно указан … в $4,6 млрд»: a figure a correction withdraws, kept under
 * its own name so it never passes for the turnover. Asked only of the words between a sum about turnover and the one before.
 */
const RETRACTED_BEFORE = rx(/(?<![\p{L}])(?:misstat\p{L}*|(?:incorrectly|erroneously|wrongly|mistakenly)\s+(?:stated|reported|gave|given|said)|ошибочно|неверно\s+(?:указ|привед)\p{L}*)(?![\p{L}])/iu);

/**
 * «(ранее опубликовано – 57,3 млн)», "(the figure previously published was $412.7 million)", «первоначально сообщалось о …»: the
 * value a revision replaced, told beside the revised one; kept under its own name so it never passes for the figure.
 */
const SUPERSEDED_BEFORE = rx(
  /(?<![\p{L}])(?:(?:ранее|первоначально)\s+(?:был(?:о|а|и)?\s+)?(?:опубликован\p{L}*|сообщал\p{L}*|публиковал\p{L}*|приводил\p{L}*|указывал\p{L}*|объявлен\p{L}*)(?:\s+о)?|(?:previously|originally|initially|earlier)\s+(?:published|reported|announced|stated|given)(?:\s+(?:as|at))?)\s*[:–—-]?\s*(?:US\s*)?[$€]?\s*$/iu,
);
/**
 * The cue words of `SUPERSEDED_BEFORE`, asked before it: one scan of the window (six `includes` of it cost four times as
 * much — each search pays its own call and stops at every letter its word opens with).
 */
const SUPERSEDED_CUE = /ранее|первоначально|reviously|riginally|nitially|arlier/;
const supersededCue = (window: string) => SUPERSEDED_CUE.test(window);

/** ", up from", " from": only the word of the value left behind between a revised sum and the next. */
const FROM_BETWEEN = rx(/^\s*,?\s*(?:up\s+|down\s+)?from\s+(?:the\s+|an?\s+)?(?:earlier\s+|initial\s+|original\s+)?(?:US\s*)?[$€]?\s*$/iu);
/** A verb of revision: "revised", "corrected", «пересмотрен», «уточнён», «скорректирован». */
const REVISION_WORD = rx(/(?<![\p{L}])(?:revis\p{L}*|correct(?:ed|ion)|adjusted|пересмотр\p{L}*|уточн\p{L}*|скорректир\p{L}*)(?![\p{L}])/iu);

/**
 * "was revised to $2,815.6 million from $2,790.1 million": the sum after "from" in a clause of revision is the value the
 * revision replaced. Asked only where "from" stands right between the revised sum and this one.
 */
function revisedFrom(a: Around): boolean {
  const prev = a.prevQ;
  if (!prev || prev.q.type !== 'money' || !a.window.includes('from') || !FROM_BETWEEN.test(a.window)) return false;
  return REVISION_WORD.test(a.text.slice(Math.max(0, prev.q.start - REVISION_REACH), prev.q.start));
}
/** How far before the revised sum its verb of revision may stand. */
const REVISION_REACH = 80;

/** The cue word of `RETRACTED_VERSION`, asked before it. */
const versionCue = (window: string) => window.includes('version') || window.includes('верси');

/**
 * «200 млн долларов на адаптацию к ЕАЭС», «(пойдут) на строительство», «на поддержку экспорта», "$200 million for the modernisation of
 * …": a sum followed by what it is to pay for (a verbal noun of a purpose) is money set aside, not a value of trade. Asked
 * only of the words right after a sum about turnover.
 */
const FOR_PURPOSE_AFTER = rx(/^\s*(?:(?:\p{Ll}+\s+)?на\s+\p{Ll}+(?:цию|ние|тие|ство|ку)|for\s+(?:the\s+)?\p{Ll}+(?:tion|ment))(?![\p{L}])/u);

function moneyMetric(read: Read, a: Around): Metric | null {
  const { q, subject } = read;
  if (q.currency === 'other') return null;
  if (q.currency === null && !impliedDollars(read, a)) return null;
  if (subject === 'trade_turnover') {
    if (q.value < 1e6) return null;
    if (FOR_PURPOSE_AFTER.test(a.after)) return { name: 'funds_usd', value: q.value, unit: 'USD' };
    // «вырос на 300 млн долларов», "increased by $300 million": an amount of change, not a level.
    const dir = hasChangePreposition(a.window) ? directionOf(a.words, a.winStart, q.start, '') : 0;
    if (RETRACTED_BEFORE.test(a.window) || (versionCue(a.window) && RETRACTED_VERSION.test(a.window))) return { name: 'retracted_figure', value: q.value, unit: 'USD' };
    const name = turnoverOf(a);
    if ((supersededCue(a.window) && SUPERSEDED_BEFORE.test(a.window)) || revisedFrom(a)) return { name: `${name}_superseded`, value: q.value, unit: 'USD' };
    if (dir !== 0) return { name: `${name}_change_usd`, value: dir * q.value, unit: 'USD' };
    return { name, value: q.value, unit: 'USD' };
  }
  if (subject === 'debt') return { name: a.cues.some((c) => c.tag === 'writeoff') ? 'debt_writeoff_usd' : 'debt_usd', value: q.value, unit: 'USD' };
  if (subject && SIDE_SUBJECTS.has(subject)) return { name: `${subject}_usd`, value: q.value, unit: 'USD' };
  return null;
}

/** Only a conjunction between a figure and the next: ", and ", «, а », «и». */
const LIST_GOES_ON = rx(/^\s*,?\s*(?:and|и|а)\s+$/iu);

/** A comma, semicolon or colon, or a dash between spaces: where the words after a percentage stop being about it. */
const CLAUSE_END = /[,;:]|\s[—–]\s/u;

/**
 * `text` up to its first `CLAUSE_END`, as `text.split(CLAUSE_END)[0]`: one search instead of `split`, which tries the
 * pattern at each of the 40 positions (a fifth of the figures' regex executions).
 */
function firstClause(text: string): string {
  const stop = text.search(CLAUSE_END);
  return stop < 0 ? text : text.slice(0, stop);
}

/**
 * «по данным таможни — 2 млрд, а министерство приводит цифру на треть выше», "the ministry gives a figure 20% lower": the
 * gap between two sources' values of one figure, not a change of the figure over time.
 */
const OTHER_SOURCE_GAP = rx(
  /(?<![\p{L}])(?:называ\p{L}*|назвал\p{L}*|привод\p{L}*|привел\p{L}*|привёл\p{L}*|put|puts|give|gives|gave|cite|cites|cited)\s+(?:(?:эту|свою|другую|иную|the|their|its|a)\s+)?(?:цифр\p{L}*|показател\p{L}*|figure|number|estimate)\s+(?:на\s+)?$/iu,
);

/** An index below this is no level on a base of a year before (a share, a small rate). */
const INDEX_LOWEST = 10;
/** A bracket or «, или» / ", or" right after a sum, opening its index («(88,2% …», «, или 112,4% …»). */
const INDEX_OPENS = rx(/(?:\(|,\s*(?:или|or))\s*$/u);
/** `INDEX_OPENS` asked of the window's last few characters only (the pattern is anchored at the end; so short a text needs no word gate). */
function indexOpens(window: string): boolean {
  return INDEX_OPENS.test(window.slice(-12));
}
/** «к уровню …», «к январю–июню 2015 г.», «к соответствующему периоду», "of the level of …", "of the same period": the index's base. */
const INDEX_BASE_AFTER = rx(
  /^\s*(?:к\s+(?:уровню\s+)?|(?:of|on)\s+(?:the\s+)?(?:level\s+(?:of|in)\s+)?(?:the\s+)?)(?:соответствующ|аналогичн|январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр|I{1,3}V?\s+квартал|первого|первому|прошл|предыдущ|same\s+period|corresponding\s+period|January|February|March|April|May|June|July|August|September|October|November|December|last\s+year|the\s+previous\s+year|(?:19|20)\d\d)/iu,
);

function percentMetric(read: Read, a: Around): Metric | null {
  const { q, subject } = read;
  if (q.value > 1000 || OTHER_SOURCE_GAP.test(a.window.slice(-60))) return null;
  // «составил 609,8 млн долларов (88,2% к январю–июню 2015 г.)», "…, or 88.2% of the level of January-June 2015": an
  // index of the level on a base, as statistics offices print it; the growth is the index less 100.
  if (subject === 'trade_turnover' && q.value >= INDEX_LOWEST && indexOpens(a.window) && INDEX_BASE_AFTER.test(a.after)) {
    const decimals = /[.,](\d+)\s*(?:%|проц|per)/iu.exec(a.text.slice(q.start, q.end))?.[1]?.length ?? 0;
    const growth = Number((q.value - 100).toFixed(decimals));
    if (growth === 0) return null;
    read.sign = growth < 0 ? -1 : 1;
    return { name: `${turnoverOf(a)}_growth_pct`, value: growth, unit: '%' };
  }
  if (subject === 'share' || SHARE_AFTER.test(a.after)) {
    const ofTrade = a.cues.some((c) => c.tag === 'trade_turnover');
    RUSSIA.lastIndex = 0;
    return ofTrade && RUSSIA.test(a.window) ? { name: 'russia_share_in_trade_pct', value: q.value, unit: '%' } : null;
  }
  let dir: -1 | 0 | 1 = PLUS.test(a.window) ? 1 : MINUS.test(a.window) ? -1 : directionOf(a.words, a.winStart, q.start, a.after);
  // «снизился на 8% – до 2 млрд долларов, а в первом квартале – ещё на 28%»: a change without a verb goes the way of
  // the sentence's last change, even with a sum between them.
  if (dir === 0 && hasChangePreposition(a.window)) dir = a.prevQ?.draft?.unit === '%' ? a.prevQ.sign : (a.prevChange?.()?.sign ?? 1);
  // "rose 11.4 percent in the first quarter, to $742 million, and 7.9 percent in the second": the list goes on.
  if (dir === 0 && LIST_GOES_ON.test(a.window)) dir = a.prevChange?.()?.sign ?? 0;
  if (dir === 0) return null;
  read.sign = dir;
  RUBLE_TERMS.lastIndex = 0;
  // «…, а доля расчетов в национальных валютах …» after a clause break is about something else.
  const head = firstClause(a.after.slice(0, 40));
  const inRoubles = RUBLE_TERMS.test(head) || RUBLE_TERMS.test(a.window);
  if (subject === 'trade_turnover') return { name: `${turnoverOf(a)}_growth_pct${inRoubles ? '_rub_terms' : ''}`, value: dir * q.value, unit: '%' };
  if (subject && SIDE_SUBJECTS.has(subject) && subject !== 'debt') return { name: `${subject}_growth_pct`, value: dir * q.value, unit: '%' };
  return null;
}

function multipleMetric(read: Read, a: Around): Metric | null {
  const { q, subject } = read;
  const word = a.text.slice(q.start, q.end);
  const dir = GROWTH_MULTIPLE_WORD.test(word) ? 1 : FALL_MULTIPLE_WORD.test(word) ? -1 : directionOf(a.words, a.winStart, q.start, a.after);
  // «сократился вдвое», "halved", «упал в три раза»: a fall by a factor is a fall in percent, as «на половину» is;
  // «втрое меньше, чем в 1991 году» (a comparison written after the number) is not a change.
  // «почти вдвое меньше, чем годом ранее»: a fall by a factor over the year, told after the number.
  const onYearBefore = dir === -1 && AFTER_DOWN_ON_YEAR_BEFORE.test(a.after);
  if ((dir === -1 && subject === 'trade_turnover' && (onYearBefore || directionOf(a.words, a.winStart, q.start, '') !== 0)) || FALL_MULTIPLE_WORD.test(word)) {
    if (subject !== 'trade_turnover') return null;
    read.sign = -1;
    return { name: `${turnoverOf(a)}_growth_pct`, value: -Math.round(1000 - 1000 / q.value) / 10, unit: '%' };
  }
  if (dir !== 1) return null;
  if (subject === 'trade_turnover') return { name: `${turnoverOf(a)}_growth_multiple`, value: q.value, unit: 'x' };
  if (subject === 'exports' || subject === 'imports' || subject === 'investment') return { name: `${subject}_growth_multiple`, value: q.value, unit: 'x' };
  return null;
}
