/**
 * The lookup maps the people matcher reads: every case form of every given name and of every known
 * official's surname, Latin spellings folded to loose keys. Built once per input lists (lazily for the
 * knowledge base), so matching an article never calls lvovich per token.
 */
import type { RoleKey } from '../../../schema/dataset';
import { CASES, OBLIQUE, type Case, type Gender, genderOf, givenNameForms, surnameForms } from './forms';
import { wordKey } from './tokens';

/** An official as the matcher needs it (a subset of the knowledge base's record). */
export interface OfficialInput {
  id: string;
  /** «Имя Фамилия» in the nominative. */
  nameRu: string;
  nameEn: string;
  patronymicRu?: string | null;
  /** Other Russian spellings: full names («Мухамметкалый Абылгазиев») or surnames alone. */
  altRu?: string[];
  altEn?: string[];
  country: string | null;
  /** `m`/`male` or `f`/`female`; read from the given name when absent. */
  gender?: string | null;
  /** Terms of office; their titles, where the knowledge base gives them, vouch for a post the text names the person by. */
  roles?: { role: RoleKey; from?: string | null; to?: string | null; titleEn?: string; titleRu?: string }[];
}

/** A given name with its English spellings. */
export interface GivenNameInput {
  ru: string;
  en?: string[];
  gender?: string | null;
}

/** What a matcher is given: officials and given names (the knowledge base by default). */
export interface PeopleInput {
  officials: readonly OfficialInput[];
  givenNames: readonly GivenNameInput[];
  /** Countries whose officials' names are written family name first: that first word is undeclined in Russian. */
  familyNameFirst?: readonly string[];
}

/** A given-name form in the text: its nominative, the cases it can be, its gender and English spelling. */
export interface GivenHit {
  nom: string;
  cases: Set<Case>;
  gender: Gender;
  en: string | null;
}

/** A known official's surname form: which official, in which cases. */
export interface SurnameHit {
  official: number;
  cases: Set<Case>;
}

export interface PeopleLexicon {
  officials: readonly OfficialInput[];
  /** Russian given-name form key → readings. */
  ruGiven: Map<string, GivenHit[]>;
  /** Russian surname form key of a known official → officials. */
  ruSurname: Map<string, SurnameHit[]>;
  /** Nominative given-name keys of each official (with alternative spellings). */
  officialGivenRu: Set<string>[];
  /** Loose Latin given-name key → Russian given names. */
  enGiven: Map<string, GivenHit[]>;
  /** Loose Latin surname key → officials. */
  enSurname: Map<string, number[]>;
  officialGivenEn: Set<string>[];
  /** Each official's gender (from the record, else read from the given name). */
  officialGender: Gender[];
}

/** Loose Latin key that forgives transliteration variants (Alexei/Alexey, Atambaev/Atambayev, Zheenbek/Jeenbek). */
export function latinKey(word: string): string {
  let k = latinCache.get(word);
  if (k === undefined) {
    k = looseLatin(word);
    if (latinCache.size > 100_000) latinCache.clear();
    latinCache.set(word, k);
  }
  return k;
}
const latinCache = new Map<string, string>();

function looseLatin(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/([aeiou])y([aeiou])/g, '$1$2')
    .replace(/(ey|iy|yi|ii|ij)$/g, 'i')
    .replace(/zh|dzh|dj|j/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ks|x/g, 'x')
    .replace(/y/g, 'i');
}

function push<K, V>(map: Map<K, V[]>, key: K, v: V): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

/** Splits «Имя Фамилия»; a Kyrgyz «Тургунбек уулу» stays one two-word surname. */
function splitName(full: string): { given: string | null; surname: string } {
  const words = full.trim().split(/\s+/);
  if (words.length >= 3 && /^(?:уулу|кызы|улы|uulu|kyzy)$/i.test(words[words.length - 1]!)) {
    return { given: words[0]!, surname: words.slice(-2).join(' ') };
  }
  return words.length >= 2 ? { given: words[0]!, surname: words[words.length - 1]! } : { given: null, surname: words[0] ?? '' };
}

function addGiven(lex: PeopleLexicon, ru: string, gender: Gender, en: readonly string[]): void {
  const en0 = en[0] ?? null;
  for (const [form, cases] of givenNameForms(ru, gender)) {
    const list = lex.ruGiven.get(form) ?? [];
    if (!list.some((g) => g.nom === ru)) {
      list.push({ nom: ru, cases, gender, en: en0 });
      lex.ruGiven.set(form, list);
    }
  }
  for (const spelling of en) {
    const k = latinKey(spelling);
    const list = lex.enGiven.get(k) ?? [];
    if (!list.some((g) => g.nom === ru)) {
      list.push({ nom: ru, cases: new Set(['nominative']), gender, en: spelling });
      lex.enGiven.set(k, list);
    }
  }
}

/**
 * «Цзян Цзэминь», «Си Цзиньпин»: a name written family name first keeps its first word undeclined while the last
 * one declines («с Цзян Цзэминем»), so the first word is read in every case.
 */
function addUndeclinedFirstWord(lex: PeopleLexicon, ru: string, gender: Gender): void {
  const key = wordKey(ru);
  const list = lex.ruGiven.get(key) ?? [];
  const at = list.findIndex((g) => g.nom === ru);
  // A new entry, not the shared case set changed: lvovich's forms of a given name are cached across officials.
  const entry: GivenHit = { nom: ru, cases: new Set<Case>(CASES), gender, en: at >= 0 ? list[at]!.en : null };
  if (at >= 0) list[at] = entry;
  else list.push(entry);
  lex.ruGiven.set(key, list);
}

/**
 * The last word of a name written family name first declines as a noun, not as a Russian surname: «Цзиньпином»,
 * not «Цзиньпиным» as for «Пушкин»; «Цзэминем» for a soft stem; a word ending in a vowel («Ван И») stays as it is.
 */
export function nounForms(word: string): [string, Case][] {
  const ends = /ь$/.test(word) ? ['я', 'ю', 'я', 'ем', 'е'] : /[бвгджзклмнпрстфхцчшщ]$/.test(word) ? ['а', 'у', 'а', 'ом', 'е'] : null;
  const stem = word.replace(/ь$/, '');
  return ends ? ends.map((e, i) => [stem + e, OBLIQUE[i]!]) : [];
}

/** Builds the lookup maps for a set of officials and given names. */
export function buildLexicon(input: PeopleInput): PeopleLexicon {
  const lex: PeopleLexicon = {
    officials: input.officials,
    ruGiven: new Map(),
    ruSurname: new Map(),
    officialGivenRu: [],
    enGiven: new Map(),
    enSurname: new Map(),
    officialGivenEn: [],
    officialGender: [],
  };
  for (const g of input.givenNames) {
    const gender: Gender = /^f/i.test(g.gender ?? '') ? 'female' : /^m/i.test(g.gender ?? '') ? 'male' : genderOf(g.ru);
    addGiven(lex, g.ru, gender, g.en ?? []);
  }
  input.officials.forEach((o, idx) => {
    const main = splitName(o.nameRu);
    const gender: Gender = /^f/.test(o.gender ?? '') ? 'female' : /^m/.test(o.gender ?? '') ? 'male' : main.given ? genderOf(main.given) : 'male';
    const givenRu = new Set<string>();
    const givenEn = new Set<string>();
    const surnamesRu = new Set<string>([main.surname]);
    for (const alt of [o.nameRu, ...(o.altRu ?? [])]) {
      const { given, surname } = splitName(alt);
      surnamesRu.add(surname);
      if (given) {
        givenRu.add(wordKey(given));
        addGiven(lex, given, gender, []);
      }
    }
    const enMain = splitName(o.nameEn);
    if (main.given && enMain.given) addGiven(lex, main.given, gender, [enMain.given]);
    for (const alt of [o.nameEn, ...(o.altEn ?? [])]) {
      const { given, surname } = splitName(alt);
      if (given) givenEn.add(latinKey(given));
      const k = latinKey(surname);
      if (!(lex.enSurname.get(k) ?? []).includes(idx)) push(lex.enSurname, k, idx);
    }
    const familyFirst = Boolean(o.country && input.familyNameFirst?.includes(o.country));
    if (main.given && familyFirst) addUndeclinedFirstWord(lex, main.given, gender);
    for (const s of surnamesRu) {
      const forms = s.includes(' ') ? new Map([[wordKey(s), new Set<Case>(CASES)]]) : surnameForms(s, gender);
      if (familyFirst && !s.includes(' ')) for (const [form, c] of nounForms(s)) forms.set(wordKey(form), new Set([...(forms.get(wordKey(form)) ?? []), c]));
      for (const [form, cases] of forms) {
        if (!(lex.ruSurname.get(form) ?? []).some((h) => h.official === idx)) push(lex.ruSurname, form, { official: idx, cases });
      }
    }
    lex.officialGivenRu.push(givenRu);
    lex.officialGivenEn.push(givenEn);
    lex.officialGender.push(gender);
  });
  return lex;
}
