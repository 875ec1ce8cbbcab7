/**
 * The figures lexicon (knowledge/figures-lexicon.json) compiled once, at module load, into
 * regular expressions. Word patterns use a small notation: a space is any whitespace, `*` the
 * rest of a word; each pattern is anchored at word start and word end.
 */
import lexicon from '../../knowledge/figures-lexicon.json';
import { RUSSIA_WORDS } from './pair-names';
import { WordGroups, WordMatcher } from './words';
import { execAll, phraseSource, rx } from '../regex';

/** A subject a number can be about; `trade_turnover` is the one the extractor is for. */
export type Subject = keyof typeof lexicon.subjects;

/** Alternation of word patterns, anchored at word boundaries, as a regex source. */
export function wordsSource(patterns: readonly string[]): string {
  const sorted = [...patterns].sort((a, b) => b.length - a.length);
  return `(?<![\\p{L}\\p{N}])(?:${sorted.map(phraseSource).join('|')})(?![\\p{L}])`;
}

/** A global, case-insensitive, Unicode regex matching any of the patterns. */
export function wordsRegex(patterns: readonly string[], flags = 'giu'): RegExp {
  return rx(wordsSource(patterns), flags);
}

/** Subject words («товарооборот», "investment", «доля»), tagged by subject. */
export const SUBJECT_WORDS = new WordMatcher<Subject>(lexicon.subjects);
/**
 * The words a sentence with figures is read for, matched in one walk over it: subject words again, words of rise and
 * fall, words that make a figure a target, a forecast or an actual value, and hedges («почти», "more than").
 */
export const SENTENCE_WORDS = new WordGroups(
  {
    subjects: lexicon.subjects,
    growth: { up: lexicon.growthUp, down: lexicon.growthDown },
    kinds: lexicon.kind,
    qualifiers: lexicon.qualifiers,
    numbers: { number: Object.keys(lexicon.numberWords) },
  },
  (outs) => ({ subjects: outs[0]!, growth: outs[1]!, kinds: outs[2]!, qualifiers: outs[3]!, numbers: outs[4]! }),
);

/** "An earlier version of this story gave … as", «В первоначальной версии материала …»: a correction's words before a withdrawn figure. */
export const RETRACTED_VERSION = wordsRegex(lexicon.retractedVersion, 'iu');
/** "the $5 billion target", "a $1bn goal": a noun of aim right after the sum makes it a target. */
export const TARGET_AFTER = rx(`^\\s*${wordsSource(lexicon.kindClause.targetAfter)}`, 'iu');
/** "the $3 billion expected this year": a participle of expectation right after the sum (no comma) makes it a forecast. */
export const FORECAST_AFTER = rx(`^\\s*(?:(?:долл\\p{L}*\\.?|доллар\\p{L}*|USD|(?:US\\s+)?dollars?)\\s*(?:США\\s*)?)?${wordsSource(lexicon.kindClause.forecastAfter)}`, 'iu');
/** «к рубежу в 5 млрд», "towards the $5 billion mark": the words before a sum, and after it, of a mark not reached yet. */
const TOWARDS_MARK_BEFORE = rx(`${wordsSource(lexicon.kindClause.towardsMark)}\\s*[«"“„]?\\s*$`, 'iu');
const TOWARDS_BEFORE_MARK = rx(`${wordsSource(lexicon.kindClause.towardsBeforeMark)}\\s*[«"“„]?\\s*$`, 'iu');
const MARK_AFTER = rx(`^\\s*${wordsSource(lexicon.kindClause.markAfter)}`, 'iu');
/** True when the sum between `before` and `after` is a mark trade moves towards: a target. */
export function isTowardsMark(before: string, after: string): boolean {
  return TOWARDS_MARK_BEFORE.test(before) || (TOWARDS_BEFORE_MARK.test(before) && MARK_AFTER.test(after));
}
/** Verbs of intent or hope that govern the clause they open («рассчитываем, что …», "hope the base could …"). */
export const INTENT_CLAUSE = wordsRegex(lexicon.kindClause.intent);
/** Forecast words that are only a future tense or a modal («превысит», "could"), which a verb of intent outranks. */
export const FUTURE_ONLY = rx(`^${wordsSource(lexicon.kindClause.future)}$`, 'iu');
/** Words of estimating («оцениваем», "we estimate", «по оценке»): an estimate of a year not yet over is a forecast. */
export const ESTIMATE = wordsRegex(lexicon.kindClause.estimate, 'iu');
/** The month of the next year in which a year's first trade statistics come out: an estimate of the year told before it is a forecast. */
export const STATISTICS_MONTH = lexicon.kindClause.statisticsMonth;
/** «выйдем на …»: the plain future of coming out at a level, a forecast when told of the running year with no word of aim. */
export const COMING_OUT = rx(`^${wordsSource(lexicon.kindClause.comingOut)}$`, 'iu');
/** «рассчитываем, что …»: a verb of expectation opening a clause, which leaves the future inside it to decide. */
export const RECKON_THAT = rx(`^${wordsSource(lexicon.kindClause.reckonThat)}`, 'iu');
/** «в этом году», "this year": the running year named only as such (a value of it told as done is the year so far). */
export const RUNNING_YEAR = rx(`^(?:(?:в|во|in)\\s+)?${wordsSource(lexicon.runningYear)}$`, 'iu');
/** «как рассчитывают», "as officials hope": the verb of intent in an aside, governing nothing. */
export const INTENT_ASIDE = rx(`${wordsSource(lexicon.kindClause.aside)}\\s+(?:[\\p{L}-]+\\s+){0,3}$`, 'iu');

/** «оборот» alone: trade turnover in a text about trade, unless a word before it names another turnover («денежный оборот»). */
export const BARE_TURNOVER = wordsRegex(lexicon.bareTurnover.words);
export const BARE_TURNOVER_NOT_AFTER = rx(`${wordsSource(lexicon.bareTurnover.notAfter)}\\s+$`, 'iu');
/** «оборот компании», «оборот «Газпром Кыргызстан»»: an owner that is no country (a company's name is quoted). */
export const BARE_TURNOVER_NOT_BEFORE = rx(`^\\s+(?:${wordsSource(lexicon.bareTurnover.notBefore)}|[«"„“])`, 'iu');
/** «по оценке экспертов МВФ,», "according to the Ministry of Economy and Commerce,": a source set off by a comma. */
export const SOURCE_PHRASE = rx(`${wordsSource(lexicon.sourcePhrases.markers)}\\s+[^,.;:!?«»"“”()—–\\d]{1,80},`, 'giu');
/** «канал «Экономика КР»», "the channel «Trade Digest»": a medium's title in guillemets, whose words are no subject. */
export const MEDIA_TITLE = rx(`${wordsSource(lexicon.sourcePhrases.media)}\\s+«[^«»]{1,40}»`, 'giu');
export const RUSSIA = wordsRegex(RUSSIA_WORDS);
/** Partners of a turnover that keep it Kyrgyz–Russian, and words naming a region rather than a country. */
export const BILATERAL_PARTNER = rx(`^${wordsSource(lexicon.tradePartners.bilateral)}`, 'iu');
export const REGION_WORD = rx(wordsSource(lexicon.tradePartners.region), 'iu');
/** The two capitals, whose English possessive stands for their country ("Moscow's trade with …"). */
export const CAPITAL_METONYM = rx(`^${wordsSource(lexicon.tradePartners.capitals)}$`, 'iu');
/** «Наш товарооборот с Кыргызстаном», "our trade with Kyrgyzstan": the speaker's side owns the trade with Kyrgyzstan. */
export const OUR_TRADE_WITH_KYRGYZSTAN = rx(
  String.raw`${wordsSource(lexicon.tradePartners.firstPerson)}\s+(?:[\p{L}-]+\s+){0,2}?(?:товарооборот|торгов\p{L}*\s+оборот|торговл|trade|turnover)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:с|со|with)\s+${wordsSource(lexicon.tradePartners.kyrgyzstan)}`,
  'iu',
);
/**
 * «наш товарооборот», "our trade", «товарооборот между нашими республиками», "trade between our regions" (not «нашими странами»,
 * the two countries): the speaker's side owns the trade (asked only when a region's head is named).
 */
export const OUR_TRADE = rx(
  String.raw`${wordsSource(lexicon.tradePartners.firstPerson)}\s+(?:[\p{L}-]+\s+){0,2}?(?:товарооборот|торгов\p{L}*\s+оборот|торговл|trade|turnover)|(?:товарооборот|торгов\p{L}*\s+оборот|торговл|trade|turnover)\p{L}*\s+(?:между|between)\s+(?:нашими|our)\s+(?:республиками|регионами|областями|краями|republics|regions)(?![\p{L}])`,
  'iu',
);
/** The turnover words a sector word may qualify. */
const TRADE_HEAD = String.raw`(?:товарооборот\p{L}*|торговл\p{L}*|(?:торгов\p{L}*\s+)?оборот\p{L}*|trade|turnover|commerce)(?![\p{L}])`;
const SECTOR_BEFORE_WORDS = wordsSource(lexicon.tradeSectors.before);
/** "agricultural trade", «агропромышленный товарооборот», or "trade in farm products", «товарооборот продукции АПК»: one sector's trade. */
export const SECTOR_TRADE = rx(
  String.raw`${SECTOR_BEFORE_WORDS}(?:\s+(?:and|и)\s+${SECTOR_BEFORE_WORDS})?\s+${TRADE_HEAD}|${TRADE_HEAD}\s+(?:(?:in|of|в\s+сфере|в\s+области|по)\s+)?(?:(?:продукци\p{L}*|products?|goods|товар\p{L}*)\s+)?${wordsSource(lexicon.tradeSectors.after)}`,
  'iu',
);
export const RUBLE_TERMS = wordsRegex(lexicon.rubleTerms);
/** A country's foreign trade as a whole («внешнеторговый оборот», "total foreign trade"). */
export const FOREIGN_TRADE = rx(wordsSource(lexicon.tradeScope.foreignTrade), 'giu');
/** Words that keep a figure about foreign trade bilateral (Russia, «двусторонний», "between"). */
export const SCOPE_BILATERAL = rx(wordsSource(lexicon.tradeScope.bilateralMarkers), 'iu');
/** Bilateral markers that name Russia or the two countries (not «взаимн*», 'mutual'). */
export const SCOPE_PAIR = rx(wordsSource(lexicon.tradeScope.pairMarkers), 'iu');
/** «внешнеторговый оборот Российской Федерации», "Russia's foreign trade": Russia as the owner of foreign trade. */
/**
 * "the Russian share of all external trade of the republic", «доля России во внешнеторговом обороте», «удельный вес РФ в …»:
 * Russia holds a share of the foreign trade, and marks no bilateral trade.
 */
export const RUSSIA_SHARE_OF = rx(
  /(?<![\p{L}])(?:Russia(?:n\s+Federation)?['’]s\s+share\s+(?:of|in)|share\s+of\s+(?:the\s+)?Russia(?:n\s+Federation)?\s+in|(?:дол\p{L}+|удельн\p{L}+\s+вес\p{L}*)\s+(?:Российской\s+Федерации|России|РФ)\s+(?:во?|от|из|среди))(?![\p{L}])/giu,
);
export const RUSSIA_OWNS_FOREIGN_TRADE = rx(
  `(?:${wordsSource(lexicon.tradeScope.foreignTrade)})\\s+(?:Российской\\s+Федерации|России|РФ)(?![\\p{L}])|(?<![\\p{L}])Russia(?:n\\s+Federation)?['’]s\\s+(?:total\\s+)?(?:foreign|external|overseas)\\s+trade`,
  'giu',
);
/** Names of trade blocs (CIS, EAEU, Customs Union …), tagged by bloc. */
export const BLOC_WORDS = new WordMatcher<keyof typeof lexicon.tradeScope.blocs>(lexicon.tradeScope.blocs);
const MEMBER_WORDS = wordsSource(lexicon.tradeScope.memberWords);
/**
 * «взаимной торговли государств — членов », "mutual trade among the member states of the ": a bloc's name after it is the
 * members' trade among themselves (the phrase ends right before the bloc's name).
 */
export const SCOPE_MEMBERS = rx(
  String.raw`${TRADE_HEAD}\s+(?:(?:[\p{L}-]+\s+){0,3}?${MEMBER_WORDS}(?:\s*[—–-]\s*${MEMBER_WORDS})?|(?:[\p{L}-]+\s+){0,2}?(?:among|between)(?:\s+(?:the|its|fellow|other))*)\s+(?:of\s+(?:the\s+)?)?$`,
  'iu',
);
/**
 * «взаимная торговля стран союза», «товарооборот государств Союза»: member words, then the common noun of a union
 * (`tradeScope.unionNouns`), are the members' trade among themselves.
 */
export const MEMBERS_OF_UNION = rx(
  String.raw`${TRADE_HEAD}\s+(?:[\p{L}-]+\s+){0,3}?${MEMBER_WORDS}(?:\s*[—–-]\s*${MEMBER_WORDS})?\s+${wordsSource(lexicon.tradeScope.unionNouns)}`,
  'iu',
);
/**
 * «объём взаимной торговли ЕАЭС», «товарооборот СНГ»: a trade word right before a bloc's name in the genitive is the
 * bloc's own trade (the phrase ends right before the name).
 */
export const TRADE_OF_NEXT = rx(String.raw`${TRADE_HEAD}\s+$`, 'iu');
/**
 * "mutual trade of ", "total trade of the ": a trade word owned by what follows, a bloc's name then
 * being the trade of its members when `MEMBERS_AFTER_BLOC` follows the name ("trade of EAEU countries").
 */
export const TRADE_OF = rx(String.raw`${TRADE_HEAD}\s+of\s+(?:the\s+)?$`, 'iu');
/** "countries", "member states" right after a bloc's name ("EAEU countries"). */
export const MEMBERS_AFTER_BLOC = rx(String.raw`^\s+(?:member\s+)?${MEMBER_WORDS}`, 'iu');
/** «со всеми странами», "with all the countries": trade with a group, whatever its name. */
export const WITH_ALL_MEMBERS = rx(String.raw`(?:^|[^\p{L}])(?:с|со|with)\s+${wordsSource(lexicon.tradeScope.allWords)}\s+(?:[\p{L}-]+\s+)?${MEMBER_WORDS}`, 'iu');
/** «в рамках», "within", "intra-" before a bloc's name: trade inside the bloc. */
export const SCOPE_WITHIN = rx(`(?:^|[^\\p{L}])(?:${lexicon.tradeScope.withinWords.join('|')})(?:\\s+|-)(?:the\\s+)?$`, 'iu');
/** «с», «со», "with" opening the partner of a trade. */
export const SCOPE_WITH = rx(`(?:^|[^\\p{L}])(?:${lexicon.tradeScope.withWords.join('|')})\\s`, 'iu');
/** «с учётом», «с вступлением», "with regard": a «с» / "with" of a compound preposition or a circumstance, opening no partner. */
export const WITH_NOT_PARTNER = rx(`^\\s*(?:[\\p{L}-]+\\s+)?${wordsSource(lexicon.tradeScope.withNotPartner)}`, 'iu');
/** «на 15% больше», "15 percent higher": direction right after the number. */
export const AFTER_UP = rx(`^\\s*${wordsSource(lexicon.growthAfter.up)}`, 'iu');
export const AFTER_DOWN = rx(`^\\s*${wordsSource(lexicon.growthAfter.down)}`, 'iu');
/** «меньше, чем годом ранее», 'less than a year earlier': a comparison with the year before, after a multiple. */
export const AFTER_DOWN_ON_YEAR_BEFORE = rx(`^\\s*${wordsSource(lexicon.growthAfter.down)}\\s*,?\\s*(?:чем|than|as)\\s+(?:it\\s+was\\s+|(?:за|в)\\s+)?${wordsSource(lexicon.growthAfter.yearBefore)}`, 'iu');
/**
 * Characters where the walk over a sentence's words and a regex of the number words may disagree: Cyrillic signs that
 * the walk counts as letters and the regex does not (U+0482–U+0489), and letters that fold into a number word's letter
 * under the `iu` flags but are their own lower case («ſ», «ᲀ» …). A sentence holding one is read with the number words.
 */
export const NUMBER_WORD_DOUBT = /[\u0482-\u0489\u017F\u1C80-\u1C88]/;

/** Words that may link a number to the noun after it ("$3 billion in bilateral trade"). */
export const AFTER_NUMBER_LINK = rx(`^${wordsSource(lexicon.afterNumberLinks)}$`, 'iu');

/** Scale word → multiplier. */
export const SCALES: { factor: number; source: string }[] = Object.entries(lexicon.scales).map(([factor, words]) => ({
  factor: Number(factor),
  source: wordsSource(words),
}));
/** «миллиард долларов», "a billion dollars": a singular scale word with no number is one unit of the scale. */
export const SINGLE_SCALES: { factor: number; source: string }[] = Object.entries(lexicon.singleScales)
  .filter((e): e is [string, string[]] => Array.isArray(e[1]))
  .map(([factor, words]) => ({ factor: Number(factor), source: wordsSource(words) }));
export const SHORT_SCALES: { factor: number; source: string }[] = Object.entries(lexicon.scalesAfterDollarSign).map(([factor, words]) => ({
  factor: Number(factor),
  source: wordsSource(words),
}));

export const USD_SOURCE = wordsSource(lexicon.currencies.usd);
export const OTHER_CURRENCY_SOURCE = `(?:${wordsSource(lexicon.currencies.other.filter((w) => rx(/\p{L}/u).test(w)))}|[€₽])`;
export const OTHER_CURRENCY = rx(OTHER_CURRENCY_SOURCE, 'giu');
export const IMPLIED_FOLLOWER = rx(`^\\s*(?:$|[,.;:)»"”]|${wordsSource(lexicon.impliedCurrencyFollowers.filter((w) => rx(/\p{L}/u).test(w)))}|[—–-])`, 'iu');

/** Number word → value (lower case). */
export const NUMBER_WORDS = new Map<string, number>(Object.entries(lexicon.numberWords));
export const NUMBER_WORDS_SOURCE = wordsSource(Object.keys(lexicon.numberWords));

/** Words that are a multiple by themselves («вдвое», "doubled"). */
export const MULTIPLE_WORDS: { value: number; re: RegExp }[] = Object.entries(lexicon.multipleWords).map(([word, value]) => ({
  value,
  re: rx(`^${wordsSource([word])}$`, 'iu'),
}));
export const MULTIPLE_WORDS_SOURCE = wordsSource(Object.keys(lexicon.multipleWords));

const fractions = Object.entries(lexicon.fractionWords).filter((e): e is [string, number] => typeof e[1] === 'number');
/** Fractions that tell a change after «на» / "by" («на треть», "by a quarter"), as percentages. */
const afterFurther = Object.entries(lexicon.fractionAfterFurther).filter((e): e is [string, number] => typeof e[1] === 'number');
export const FRACTION_WORDS = new Map([...afterFurther, ...fractions].map(([w, v]) => [w, v]));
/** The words of change a fraction follows. */
const FRACTION_LEAD = String.raw`(?:^|[\s"“«„'])(?:на|by|up|down|fell|dropped|rose|grew|shrank|declined|slipped|climbed|jumped|(?:fall|drop|decline|rise|increase|growth|gain|jump|contraction|reduction|decrease)s?\s+of)\s+`;
/** «на треть», "by a quarter", "a fall of almost a third", "by a further quarter": the fraction word is the quantity; the preposition stays before it. */
export const FRACTION = rx(
  `(?<=${FRACTION_LEAD}(?:(?:more|less)\\s+than\\s+|(?:just\\s+)?(?:over|under)\\s+|almost\\s+|nearly\\s+|at\\s+least\\s+|about\\s+|around\\s+|roughly\\s+|approximately\\s+|some\\s+|почти\\s+|примерно\\s+|около\\s+)?)${wordsSource(fractions.map(([w]) => w))}` +
    `|(?<=${FRACTION_LEAD}(?:a\\s+further|another|yet\\s+another)\\s+)${wordsSource(afterFurther.map(([w]) => w))}` +
    // "about a fifth more than a year earlier", "a third lower than the year before": a fraction of the year before's value.
    `|(?<=(?:^|\\s))${wordsSource(fractions.map(([w]) => w))}(?=\\s+(?:more|higher|larger|bigger|less|lower|smaller)\\s*,?\\s*than\\s+(?:it\\s+was\\s+)?${wordsSource(lexicon.growthAfter.yearBefore)})`,
  'giu',
);

/** «с половиной», "and a half" after a number: it adds one half. */
export const PLUS_HALF_SOURCE = `(?:\\s+(?:${lexicon.halfNumber.plusHalf.map(phraseSource).join('|')}))`;
export const PLUS_HALF = rx(`${PLUS_HALF_SOURCE}$`, 'iu');
/** «полмиллиарда», «полумиллиона»: a half fused with a scale word; `sc` is the scale word. */
export const HALF_SCALE_PREFIX = `(?<![\\p{L}\\p{N}])(?:${lexicon.halfNumber.halfScalePrefix.join('|')})-?`;

/** All matches of a global regex in `text`, as `[start, end)` pairs. */
export function matchesOf(re: RegExp, text: string): { start: number; end: number; text: string }[] {
  re.lastIndex = 0;
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of execAll(re, text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}
