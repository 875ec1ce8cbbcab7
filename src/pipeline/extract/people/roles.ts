/**
 * Role titles and country markers from `knowledge/roles.json`, compiled once into regexes, and the
 * rules that tie a title to a name: same sentence, adjacent, with only organisation words between.
 */
import type { RoleKey } from '../../../schema/dataset';
import lexicon from '../../knowledge/roles.json';
import { escapeRegExp, phraseSource, rx } from '../regex';
import { PhraseSearch } from './phrase-search';
import { isKnownPlace, placeCountry } from './place-country';
import { PrefixList } from './prefix-list';
import { gapWithoutRank } from './rank-gap';
import { wordKey } from './tokens';

const LOWER_LETTER = rx(/\p{Ll}/u);
const CAPITALISED = rx(/^\p{Lu}\p{Ll}/u);

/** A role read from the text next to a name. */
export interface TextRole {
  role: RoleKey;
  titleRu: string;
  titleEn: string;
  country: string | null;
}

interface TitleEntry {
  role: string;
  titleRu: string;
  titleEn: string;
  country: string | null;
  ru: string[];
  en: string[];
}

/** A title found in a sentence. */
export interface TitleHit {
  start: number;
  end: number;
  entry: number;
}

const ENTRIES = lexicon.titles as TitleEntry[];

/** Adjective and vowel endings stripped from a Russian title word before an ending wildcard is added. */
const RU_ENDING = /(?:ого|его|ому|ему|ыми|ими|ый|ий|ой|ая|яя|ое|ее|ых|их|ым|им|а|я|о|е|ь|й|ы|и)$/;


/** A lower-case letter. A narrow class instead of `\p{L}`: a regex this size with many `\p{L}` takes seconds to compile in V8. */
const LC = '[a-zа-яёөүңһ]';

/** Pattern for one Russian title word: acronyms as written, other words as stem + case ending. */
function ruWord(w: string): string {
  if (w.endsWith('=')) return escapeRegExp(w.slice(0, -1).toLowerCase());
  if (w.endsWith('*')) return `${escapeRegExp(w.slice(0, -1).toLowerCase())}${LC}{0,4}`;
  if (!LOWER_LETTER.test(w)) return `${escapeRegExp(w.toLowerCase())}(?:а|у|ом|е)?`;
  const parts = w.toLowerCase().split('-');
  const last = parts.pop()!;
  const stem = last.length > 3 ? last.replace(RU_ENDING, '') : last;
  // Short stems take short endings only, so «глава» does not reach «главный».
  const ending = stem.length <= 5 ? `${LC}{0,2}` : `${LC}{0,4}`;
  return [...parts.map(escapeRegExp), `${escapeRegExp(stem)}${ending}`].join('-');
}

/** Between title words an adjective of country may stand: «глава киргизского МИД», «посол российского …». */
const INNER_ADJ = `(?:\\s+${LC}+(?:ск|цк)${LC}{1,3})?\\s+`;

function ruPhrase(p: string): string {
  return p.split(/\s+/).map(ruWord).join(INNER_ADJ);
}

function enPhrase(p: string): string {
  return p.toLowerCase().split(/\s+/).map(escapeRegExp).join('\\s+') + '(?:s|es)?';
}

/**
 * One search for all titles, phrases of an entry longest first. Entries are tried in file order, so
 * `roles.json` lists specific titles («первый заместитель …») before general ones.
 */
function alternation(phrases: (p: string) => string, lists: string[][]): PhraseSearch {
  const all = lists.flatMap((list, entry) => [...list].sort((a, b) => b.length - a.length).map((p) => ({ pattern: phrases(p), tag: entry })));
  return new PhraseSearch(all, '(?<![\\p{L}\\d])', '(?![\\p{L}])', 'u');
}

const ruTitles = alternation(ruPhrase, ENTRIES.map((e) => e.ru));
const enTitles = alternation(enPhrase, ENTRIES.map((e) => e.en));

/** Country markers: stems (`российск*`) match any ending and either initial case; fixed forms as written. */
function markerPattern(m: string): string {
  if (m.endsWith('*')) {
    const s = m.slice(0, -1);
    return `[${s[0]!.toUpperCase()}${s[0]!.toLowerCase()}]${escapeRegExp(s.slice(1))}\\p{L}{0,4}`;
  }
  return escapeRegExp(m);
}
const COUNTRIES = lexicon.countries;
const countryRe = rx(
  `(?<![\\p{L}])(?:${COUNTRIES.map((c) => `(${[...c.ru, ...c.en].sort((a, b) => b.length - a.length).map(markerPattern).join('|')})`).join('|')})(?![\\p{L}])`,
  'gu',
);

const postingIn = rx(
  `(?<![\\p{L}])(?:в|во|in\\s+the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${lexicon.regionNouns.map(escapeRegExp).join('|')})(?![\\p{L}])`,
  'giu',
);
/** «генеральный консул … в Новосибирске», "Consul General in Yekaterinburg": a posting in a known city belongs to the title. */
const POSTING_PLACE = rx(/(?<![\p{L}])(?:в|во|in)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)(?![\p{L}])/gu);
const withoutCityPosting = (gap: string) => gap.replace(POSTING_PLACE, (m: string, place: string) => (isKnownPlace(place) ? ' ' : m));
/**
 * The three postings above open with «в»/«во», "in" or "to": a gap without any of them (most) skips
 * their scans, which try a lookbehind at every position.
 */
const MAY_POST = /[вВ]|in|to/i;
const countryAfterPreposition = rx(`(?<![\\p{L}])(?:в|во|in|to)\\s+(?:the\\s+)?(?=${countryRe.source.replace('(?<![\\p{L}])', '')})`, 'gu');

/**
 * Every title in a stretch of text, offsets relative to `base`. `lower` is the stretch in lower case
 * (`lowerSameLength`; the caller lowers the article once instead of each stretch).
 */
export function findTitles(lower: string, base: number, lang: 'ru' | 'en'): TitleHit[] {
  return (lang === 'ru' ? ruTitles : enTitles).all(lower).map((m) => ({ start: base + m.start, end: base + m.end, entry: m.tag }));
}

/** Country codes named in a stretch of text, in order. */
export function findCountries(text: string): string[] {
  const out: string[] = [];
  countryRe.lastIndex = 0;
  for (let m = countryRe.exec(text); m; m = countryRe.exec(text)) {
    const g = m.findIndex((x, i) => i > 0 && x !== undefined);
    out.push(COUNTRIES[g - 1]!.code);
  }
  return out;
}

const GAP_STOP = new Set(
  ['и', 'или', 'на', 'в', 'во', 'к', 'ко', 'о', 'об', 'от', 'у', 'за', 'что', 'как', 'а', 'но', 'также', 'уже', 'его', 'ее', 'её', 'их', 'он', 'она', 'они', 'не', 'был', 'была', 'были', 'будет', 'это', 'этом',
    'and', 'with', 'met', 'at', 'in', 'on', 'to', 'for', 'by', 'said', 'that', 'who', 'which', 'while', 'as', 'was', 'is', 'will', 'has', 'had', 'his', 'her'],
);
const CONJ = new Set(['и', 'and']);
const GAP_BAD = /[.,;:!?()«»"“”„\n—–]|\s-\s/;
/**
 * Between a name and a title after it: a comma or dash, an article, or a possessive ("Boris Yeltsin, Russia's
 * president"); after an article up to two words of the portfolio or the country ("Ivan Petrov, the trade minister",
 * "…, the Kyrgyz economy minister").
 */
const AFTER_GAP = rx(/^\s*(?:,|—|–|-)\s*(?:(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2})?(?:\p{Lu}[\p{L}-]*(?:'s|’s)\s+)?$/iu);
/** How every `AFTER_GAP` opens: spaces, then a comma or a dash (sticky, asked at a name's end). */
const AFTER_GAP_OPENING = /\s*[,—–-]/y;

/**
 * True when the text from `end` (a name's end) opens as a gap before a title after the name must (`AFTER_GAP`: a comma
 * or a dash after any spaces). When it does not, no title after the name gives it a role (`roleAfter` is null), and the
 * titles after it need not be looked for: most names are followed by a verb or a bracket, not an apposition.
 */
export function opensAfterGap(text: string, end: number): boolean {
  AFTER_GAP_OPENING.lastIndex = end;
  return AFTER_GAP_OPENING.test(text);
}

/**
 * "Minister of Labour, Social Security and Migration ⟨name⟩", "Chairman of the State Committee for Defense Affairs ⟨name⟩":
 * an English portfolio of capitalised words, listed with commas and "and" or joined by "for" / "on", belongs to the title,
 * and so does the state or region after it ("Minister of Energy and Water of Bavaria ⟨name⟩").
 */
const PORTFOLIO_LIST = rx(
  /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:(?:\s*,\s*|\s+(?:and|&|for|on)\s+|\s+)\p{Lu}[\p{L}-]*){0,6}(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?\s+$/u,
);

/**
 * «министр культуры, информации и туризма ⟨name⟩», «министр труда, занятости и молодёжной политики Киргизии ⟨name⟩»:
 * a Russian portfolio of lower-case words listed with commas and closed by «и» belongs to the title as one word, also
 * when the title found is its first item («министр культуры», then «, информации и спорта»); the rest of the gap (the country) is read
 * as any other. Pronouns and other stop words are no portfolio («президент и его супруга ⟨name⟩»).
 */
const PORTFOLIO_LIST_RU = rx(/^(?:\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)?(?:\s*,\s*\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?){0,3}\s+и\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?(?=\s)/u);
/** The gap with a Russian portfolio list at its start read as one word (`PORTFOLIO_LIST_RU`), or as it is. */
function withoutPortfolioList(gap: string): string {
  const list = PORTFOLIO_LIST_RU.exec(gap);
  if (!list) return gap;
  const words = list[0].split(/[\s,]+/).filter(Boolean);
  if (words.some((w) => w !== 'и' && GAP_STOP.has(w))) return gap;
  return ` портфель${gap.slice(list[0].length)}`;
}

/**
 * «глава «Интер РАО»», «председатель правления ОАО «Русгидро»»: a company's name in guillemets, capitalised and with no
 * clause punctuation inside, belongs to the title as one word.
 */
const QUOTED_NAME = rx(/«\p{Lu}[^«»,.;:!?]{0,40}»/gu);

/** True when the words between a title and a name can belong to the title («Киргизии», "of the Ulyanovsk Region"). */
function gapFits(raw: string): boolean {
  // The portfolio list is read as one word before the gap's length is judged (a ministry's name runs long).
  if (raw.includes(' и ')) raw = withoutPortfolioList(raw);
  if (raw.length > 80) return false;
  const gap = raw.includes('«') ? raw.replace(QUOTED_NAME, ' Org ') : raw;
  if (PORTFOLIO_LIST.test(gap)) return true;
  if (GAP_BAD.test(gap)) return false;
  // «посол Киргизии в России …», "Ambassador of Kyrgyzstan to Russia …": a posting abroad belongs to the title.
  // «полпред президента в Чуйской области», "governor in the Osh region": a posting in a region belongs to the title.
  const bare = MAY_POST.test(gap) ? withoutCityPosting(gap.replace(countryAfterPreposition, ' ').replace(postingIn, ' ')) : gap;
  const words = bare.trim().split(/\s+/).filter(Boolean);
  if (words.length > 7) return false;
  // «министр экономики и коммерции», "Minister of Economy and Commerce": a conjunction between lower-case words belongs to
  // the title, also before the country («министр образования и науки Киргизии»).
  const lowerOnly = words.every((w) => !CAPITALISED.test(w));
  const lowerAt = (i: number) => i >= 0 && i < words.length && !CAPITALISED.test(words[i]!);
  // «Президент Киргизии встретился с Ельциным»: a verb ends the title's reach.
  if (words.some(isVerbOfAct)) return false;
  return words.every((w, i) => !GAP_STOP.has(w.toLowerCase()) || (CONJ.has(w.toLowerCase()) && (lowerOnly || (lowerAt(i - 1) && lowerAt(i + 1)))));
}

/** "commander, Colonel ⟨name⟩", «командующий, генерал-майор ⟨name⟩»: the gap fits once the rank at its end is set aside. */
function rankGapFits(gap: string): boolean {
  const bare = gapWithoutRank(gap);
  return bare !== null && gapFits(bare);
}

/** Roles whose posting is a region or city inside the state («губернатор Свердловской области»), unlike an ambassador's. */
const POSTED_AT_HOME = new Set(['governor', 'official']);

function roleOf(hit: TitleHit, country: string | null, text: string): TextRole {
  const e = ENTRIES[hit.entry]!;
  const home = !country && !e.country && POSTED_AT_HOME.has(e.role) ? placeCountry(text) : null;
  return { role: e.role as RoleKey, titleRu: e.titleRu, titleEn: e.titleEn, country: country ?? e.country ?? home };
}

/**
 * "the Kazakh Transport Minister", "Mongolia's Energy and Mining Minister": the country adjective or possessive stands
 * before capitalised words of the portfolio that the title search leaves out (it finds only "Minister"). The run of
 * capitalised words (and "and") right before the title, on its line and in its sentence (one space apart, no full stop:
 * "… the Russian Museum.⏎Foreign Minister" names no country of the minister): the country of its first marker, or null.
 * Asked only when the word right before the title and the title's own words name no country.
 */
const PORTFOLIO_LEAD = rx(/(?:\p{Lu}[\p{L}'’-]* (?:(?:and|&) )?){2,5}$/u);
function portfolioLeadCountry(ahead: string): string | null {
  const m = PORTFOLIO_LEAD.exec(ahead);
  return m ? (findCountries(m[0])[0] ?? null) : null;
}

/**
 * "Russia's ambassador to Kyrgyzstan, Nikolai Udovichenko, said": a title, a comma, and the name set off by a closing
 * comma or dash, or ending its sentence ("… and the mayor of Osh, Ivan Petrov.").
 */
function isApposition(text: string, titleEnd: number, start: number, end: number): boolean {
  const gap = text.slice(titleEnd, start);
  const m = /^([^,]*),\s*$/.exec(gap);
  return m !== null && gapFits(m[1]!) && /^\s*(?:,|—|–|\)|[.;](?:\s|$))/.test(text.slice(end, end + 3));
}

/**
 * The role written before a name [start, end) in its sentence: the closest title among `hits` before it with only
 * organisation words between (or set off as an apposition ending at the name), or null. A title after the name
 * (`roleAfter`) is asked only when this finds none, so its stretch of text is searched only then.
 */
export function roleBefore(text: string, hits: TitleHit[], start: number, end: number): TextRole | null {
  let before: TitleHit | null = null;
  for (let i = 0; i < hits.length; i++) if (hits[i]!.end <= start && (!before || hits[i]!.end > before.end)) before = hits[i]!;
  if (before && (gapFits(text.slice(before.end, start)) || isApposition(text, before.end, start, end) || rankGapFits(text.slice(before.end, start)))) {
    const ahead = text.slice(Math.max(0, before.start - 40), before.start);
    const lead = ahead.match(/(\S+)\s+$/)?.[1] ?? '';
    const span = `${lead} ${text.slice(before.start, start)}`;
    const country = findCountries(span)[0] ?? portfolioLeadCountry(ahead);
    return roleOf(before, country, span);
  }
  return null;
}

/**
 * The role of the first title among `hits` that starts after the name (ending at `end`) with only a comma, a dash or an
 * article between ("Boris Yeltsin, Russia's president"), or null. Asked when no title before the name gives one.
 */
export function roleAfter(text: string, hits: TitleHit[], end: number, sentEnd: number): TextRole | null {
  const after = hits.find((h) => h.start >= end && AFTER_GAP.test(text.slice(end, h.start)));
  if (after) {
    const tail = text.slice(after.start, sentEnd).split(/[,;.()]/)[0] ?? '';
    const lead = text.slice(end, after.start);
    const span = `${lead} ${tail}`;
    return roleOf(after, findCountries(span)[0] ?? null, span);
  }
  return null;
}

/**
 * What may stand between a plural title and the names it is shared by: the pair's own words («двух стран», «России и
 * Киргизии», "of the two countries", "of Russia and Kyrgyzstan"), then a comma, a colon or a dash; else nothing («с министрами,
 * Борис Ельцин …» is no list the title is shared by).
 */
const LIST_GAP = rx(
  /^\s*(?:(?:(?:двух|обеих|обоих)\s+(?:стран|государств)|\p{Lu}\p{L}+\s+и\s+\p{Lu}\p{L}+|of\s+(?:the\s+)?(?:(?:two|both)\s+countries|\p{Lu}\p{L}+\s+and\s+\p{Lu}\p{L}+))\s*(?:[,:–—-]\s*)?)?$/u,
);
/** A Russian title's head word in the plural («премьер-министров», «президенты», «глав»); «главы» is also a singular's genitive. */
const PLURAL_HEAD_RU = rx(/^(?:глав|\p{L}+(?:ов|ев|ей|ам|ям|ами|ями|ах|ях)|(?!глав)\p{L}+[ыи])$/u);
/** An English title in the plural ("prime ministers", "the presidents of"). */
const PLURAL_TITLE_EN = rx(/(?<![\p{L}])(?:ministers|presidents|leaders|premiers|ambassadors|heads|chairmen|speakers|governors)(?![\p{L}])/iu);

/**
 * «премьер-министров двух стран – Жанторо Сатыбалдиева и Дмитрия Медведева», "the foreign ministers of Russia and
 * Kyrgyzstan, Sergei Lavrov and …": a plural title before a list of names is each one's. The role of the first name
 * of such a list (the closest title before it plural, only the pair's words between); its country is left open, as
 * the title names two. Null when there is none.
 */
export function listedRole(text: string, lower: string, hits: TitleHit[], start: number): TextRole | null {
  let before: TitleHit | null = null;
  for (let i = 0; i < hits.length; i++) if (hits[i]!.end <= start && (!before || hits[i]!.end > before.end)) before = hits[i]!;
  if (!before || !LIST_GAP.test(text.slice(before.end, start))) return null;
  const title = lower.slice(before.start, before.end);
  const plural = /[a-z]/.test(title) ? PLURAL_TITLE_EN.test(title) : PLURAL_HEAD_RU.test(title.split(/\s+/)[0]!.split('-').pop()!);
  if (!plural) return null;
  const e = ENTRIES[before.entry]!;
  return { role: e.role as RoleKey, titleRu: e.titleRu, titleEn: e.titleEn, country: null };
}

/** A Russian word written with a final «=» is matched as written only (an indeclinable form: «имени», not «именно»). */
const stems = (xs: string[], lang: 'ru' | 'en') =>
  xs.map((x) => {
    const w = x.toLowerCase().split(/\s+/).pop()!;
    if (w.endsWith('=')) return w.slice(0, -1);
    return lang === 'ru' && w.length > 4 ? w.replace(RU_ENDING, '') : w;
  });
/** The Russian `nonOfficial` words matched as written (see `stems`). */
const AS_WRITTEN_RU = new Set(lexicon.nonOfficial.ru.filter((x) => x.endsWith('=')).map((x) => x.slice(0, -1).toLowerCase()));
/**
 * English entries by their last word, with the word before it for a phrase whose last word is no title on
 * its own ("named after": "after" counts only after "named"; "political scientist": "scientist" alone).
 */
const nonOfficialEn = new Map<string, string | null>();
for (const x of lexicon.nonOfficial.en) {
  const words = x.toLowerCase().split(/\s+/);
  const last = words.pop()!;
  const head = words.length && /^(?:after|of|to|for)$/.test(last) ? words[words.length - 1]! : null;
  if (!nonOfficialEn.has(last) || head === null) nonOfficialEn.set(last, head);
}
const NON_OFFICIAL = { ru: new PrefixList(stems(lexicon.nonOfficial.ru, 'ru')), en: nonOfficialEn };

const enNonOfficial = (key: string, prev: string | undefined) => {
  const head = NON_OFFICIAL.en.get(key);
  return head !== undefined && (head === null || head === prev);
};

const NON_OFFICIAL_APPOSITION = {
  ru: new PrefixList(stems(lexicon.nonOfficialApposition.ru, 'ru')),
  en: new Set(lexicon.nonOfficialApposition.en.map((x) => x.toLowerCase())),
};

const OFFICER_HEADS = new Set([...lexicon.officerHeads.en, ...lexicon.officerHeads.ru].map((x) => x.toLowerCase()));
/** True when a word of rank before an occupation makes it a post ("chief economist", «главный экономист»). */
export function isOfficerHead(key: string | undefined): boolean {
  return key !== undefined && OFFICER_HEADS.has(key.toLowerCase());
}

/** True when a word is an occupation of a non-official that counts only in an apposition after the name ("X, a retired engineer"). */
export function isNonOfficialApposition(key: string, lang: 'ru' | 'en'): boolean {
  if (lang === 'en') return NON_OFFICIAL_APPOSITION.en.has(key);
  return NON_OFFICIAL_APPOSITION.ru.some(key, (s) => key.length - s.length <= 3);
}

/** The Russian `namesakeOnly` words («фонд»): named after a person only right before the name. */
const NAMESAKE_ONLY_RU = new Set(stems(lexicon.namesakeOnly.ru, 'ru'));
/**
 * True when a non-official word (`isNonOfficial`) names a thing after a person only when the name follows it at once: with
 * words of the thing's own name between («глава Российского фонда прямых инвестиций Кирилл Дмитриев») it is the body the
 * name heads.
 */
export function isNamesakeOnly(key: string, lang: 'ru' | 'en'): boolean {
  if (lang === 'en') return false;
  for (const s of NAMESAKE_ONLY_RU) if (key.startsWith(s) && key.length - s.length <= 3) return true;
  return false;
}

/** «лице» of «в лице» ('in the person of'), which the stem of «лицей» would take. */
const IN_THE_PERSON = 'лице';

/**
 * True when a word is a title of a non-official (journalist, expert) or a street, ship or school.
 * `prev`: the word before it, for English phrases ending in a preposition ("named after").
 */
export function isNonOfficial(key: string, lang: 'ru' | 'en', prev?: string): boolean {
  if (lang === 'en') return enNonOfficial(key, prev) || (key.endsWith('s') && enNonOfficial(key.slice(0, -1), prev));
  // «МИД в лице официального представителя …»: «в лице» names who acts for a body, not a «лицей».
  if (key === IN_THE_PERSON && prev === 'в') return false;
  return NON_OFFICIAL.ru.some(key, (s) => (s.length <= 3 || AS_WRITTEN_RU.has(s) ? key === s : key.length - s.length <= 3));
}

/** A body that is not of a state («делового совета», "the Slavic Foundation"), anywhere in a lower-case span. */
const NON_OFFICIAL_ORG = rx(
  `(?<![\\p{L}])(?:${[...lexicon.nonOfficialOrgs.ru, ...lexicon.nonOfficialOrgs.en].map(phraseSource).join('|')})(?![\\p{L}])`,
  'iu',
);
/** True when the span names a body that is not of a state: its head is no official. */
export function namesNonOfficialOrg(span: string): boolean {
  return NON_OFFICIAL_ORG.test(span);
}

const bylineRe = rx(
  `^\\s*(?:${[...lexicon.byline.ru, ...lexicon.byline.en].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}])[\\s:.,—–-]*`,
  'iu',
);
/** True when a line opens with a credit marker («Фото:», «Автор:», "By") before the name. */
export function isByline(lineBefore: string): boolean {
  return lineBefore.length <= 80 && bylineRe.test(lineBefore);
}

/**
 * The length of the credit marker opening `lineBefore` with the marks after it («Корреспондент: »), or −1 when the
 * line opens with none (what `isByline` tells).
 */
export function bylineLength(lineBefore: string): number {
  if (lineBefore.length > 80) return -1;
  const m = bylineRe.exec(lineBefore);
  return m ? m[0].length : -1;
}

/** A Russian finite verb or participle shape («встретился», «провел», «заявила»), told apart from nouns of an act. */
const RU_VERB_SHAPE = /(?:л|ла|ли|ло|лся|лась|лись|ет|ит|ют|ят|ется|ится)$/;
/** True for a word of an official act used as a verb («встретился», "met"): such a word is never part of a title. */
function isVerbOfAct(word: string): boolean {
  const k = wordKey(word);
  return ACTION_EN.has(k) || (RU_VERB_SHAPE.test(k) && ACTION_RU.some(k));
}

const ACTION_RU = new PrefixList(lexicon.action.ru.map((s) => s.toLowerCase()));
const ACTION_EN = new Set(lexicon.action.en.map((s) => s.toLowerCase()));
const ADDRESS_RU = new PrefixList(lexicon.address.ru);
const ADDRESS_EN = new Set(lexicon.address.en);
/** True when a word opens an address to someone («Уважаемый …», "Dear …"). */
export function isAddress(key: string, lang: 'ru' | 'en'): boolean {
  return lang === 'en' ? ADDRESS_EN.has(key) : ADDRESS_RU.some(key);
}

/** True when a word is a verb or noun of an official act («заявил», «переговоры», "met"). */
export function isAction(key: string, lang: 'ru' | 'en'): boolean {
  return lang === 'en' ? ACTION_EN.has(key) : ACTION_RU.some(key);
}

const INSTITUTION_RU = new PrefixList(lexicon.institutionNouns.ru.map((s) => s.toLowerCase().replace(/(?:ие|ия|о|а|я|е)$/, '')));
const INSTITUTION_EN = new Set(lexicon.institutionNouns.en.map((s) => s.toLowerCase()));
const RU_CASE_TAIL = /^(?:|а|у|ом|е|ы|ов|ам|ами|ах|и|ой|ей|ю|я|ем|ия|ии|ию|ией|ие|о)$/;
/** True for a capitalised institution noun («Кабинета», «Министерства», "Council") that is never part of a person's name. */
export function isInstitution(key: string, lang: 'ru' | 'en'): boolean {
  if (lang === 'en') return INSTITUTION_EN.has(key);
  return INSTITUTION_RU.some(key, (s) => RU_CASE_TAIL.test(key.slice(s.length)));
}
