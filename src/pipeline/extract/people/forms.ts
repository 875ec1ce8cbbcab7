/**
 * Russian case forms of given names and surnames, generated with lvovich at lexicon build time,
 * and the reverse step: a surface surname back to its nominative, checked by re-inclining.
 */
import { getFirstnameGender } from 'lvovich';
import { inclineFirstnameAll, inclineLastnameAll } from './inflect';
import { wordKey } from './tokens';
import { rx } from '../regex';

export type Gender = 'male' | 'female';
export type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';

/** The five oblique cases. */
export const OBLIQUE: readonly Case[] = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'];
/** All six cases. */
export const CASES: readonly Case[] = ['nominative', ...OBLIQUE];

/** Gender of a Russian given name, male when lvovich cannot tell. */
export function genderOf(givenRu: string): Gender {
  return getFirstnameGender(givenRu) === 'female' ? 'female' : 'male';
}

/**
 * Every case form of a given name, keyed by normalised form. Besides lvovich's forms, names in
 * «-й» (Сооронбай, Мухаммедкалый) also get the soft-stem endings lvovich misses for Turkic names.
 */
export function givenNameForms(nom: string, gender: Gender): Map<string, Set<Case>> {
  const key = `${nom}|${gender}`;
  let out = givenFormsCache.get(key);
  if (!out) givenFormsCache.set(key, (out = makeGivenNameForms(nom, gender)));
  return out;
}
/** Officials share their given names with the given-name list: each name is inclined once. */
const givenFormsCache = new Map<string, Map<string, Set<Case>>>();

function makeGivenNameForms(nom: string, gender: Gender): Map<string, Set<Case>> {
  const out = new Map<string, Set<Case>>();
  const add = (form: string, c: Case) => {
    const k = wordKey(form);
    let s = out.get(k);
    if (!s) out.set(k, (s = new Set()));
    s.add(c);
  };
  add(nom, 'nominative');
  inclineFirstnameAll(nom, gender).forEach((form, i) => add(form, OBLIQUE[i]!));
  if (/[ыи]й$/.test(nom) || /[аяоеуюэ]й$/.test(nom)) {
    const stem = nom.slice(0, -1);
    const soft: [string, Case][] = [['я', 'genitive'], ['я', 'accusative'], ['ю', 'dative'], ['ем', 'instrumental'], ['е', 'prepositional']];
    for (const [e, c] of soft) add(stem + e, c);
  }
  return out;
}

/** Every case form of a surname for a gender, keyed by normalised form. */
export function surnameForms(nom: string, gender: Gender): Map<string, Set<Case>> {
  const out = new Map<string, Set<Case>>();
  const add = (form: string, c: Case) => {
    const k = wordKey(form);
    let s = out.get(k);
    if (!s) out.set(k, (s = new Set()));
    s.add(c);
  };
  add(nom, 'nominative');
  inclineLastnameAll(nom, gender).forEach((form, i) => add(form, OBLIQUE[i]!));
  if (gender === 'male') for (const [form, c] of fleetingVowelForms(nom)) add(form, c);
  return out;
}

/** «Локоть» → «Локт-», «Кравец» → «Кравц-»: a man's surname that is a noun with a fleeting vowel, its oblique stem and endings. */
const FLEETING: readonly [RegExp, string, readonly string[]][] = [
  [/(?<=[бвгджзклмнпрстфхцчшщ])оть$/u, 'т', ['я', 'ю', 'я', 'ем', 'е']],
  [/(?<=[бвгджзклмнпрстфхчшщ])ец$/u, 'ц', ['а', 'у', 'а', 'ом', 'е']],
];

/**
 * The oblique forms a surname takes when its fleeting vowel drops («с мэром Анатолием Локтем», «у Кравца»); lvovich
 * keeps the vowel («Локотем»), and texts write both.
 */
export function fleetingVowelForms(nom: string): [string, Case][] {
  for (const [end, stemEnd, endings] of FLEETING) {
    // «Швец», «Жнец»: a surname of one syllable keeps its vowel («Швеца»).
    if (!end.test(nom) || !/[аеёиоуыэюя]/u.test(nom.replace(end, ''))) continue;
    const stem = nom.replace(end, stemEnd);
    return endings.map((e, i) => [stem + e, OBLIQUE[i]!]);
  }
  return [];
}

const FEMALE_NOM = /(?:ова|ева|ёва|ина|ына|ская|цкая)$/;
const MALE_NOM = /(?:ов|ев|ёв|ин|ын|ский|цкий)$/;
const ADDITIONS = ['', 'ий', 'ой', 'ый', 'а', 'я', 'ь', 'й', 'ая', 'яя', 'о'];

const TYPICAL_MALE = /(?:ов|ев|ёв|ин|ын|ский|цкий|ской|цкой|ой|ий|ых|их|ко|ук|юк|ян|дзе|швили|ич|[бвгджзклмнпрстфхцчшщ])$/;
const TYPICAL_FEMALE = /(?:ова|ева|ёва|ина|ына|ская|цкая|ая|ко|ых|их|ян|дзе|швили|ич|ук|юк)$/;
const STRONG_MALE = /(?:ов|ев|ёв|ин|ын|ский|цкий)$/;
const STRONG_FEMALE = /(?:ова|ева|ёва|ина|ына|ская|цкая)$/;
const ADJ_AFTER_POSSESSIVE = /(?:ов|ев|ёв|ин|ын)(?:ый|ой)$/;
const OBLIQUE_LOOK = /(?:а|я|у|ю|е|ом|ем|ым|им|ого|его|ому|ему|ой|ей|ую)$/;

/** Preference of a nominative candidate: a typical surname ending wins, «-овый» loses. */
function score(cand: string, gender: Gender): number {
  const k = wordKey(cand);
  let s = (gender === 'male' ? STRONG_MALE : STRONG_FEMALE).test(k) ? 3 : (gender === 'male' ? TYPICAL_MALE : TYPICAL_FEMALE).test(k) ? 2 : 0;
  if (ADJ_AFTER_POSSESSIVE.test(k)) s -= 3;
  return s;
}

/**
 * Nominative of a surname seen in one of `cases` next to a given name of `gender`: candidates are
 * made by stripping up to three letters and adding a nominative ending, and a candidate counts only
 * when lvovich inclines it back to the surface form; the most surname-like one is kept. Null when
 * no candidate reproduces the surface form.
 */
export function nominativeSurname(surface: string, cases: Iterable<Case>, gender: Gender): string | null {
  const want = wordKey(surface);
  const list = [...cases];
  const asIs = list.includes('nominative') && !(gender === 'male' ? FEMALE_NOM : MALE_NOM).test(want);
  const oblique = list.filter((c) => c !== 'nominative');
  if (asIs && (!oblique.length || !OBLIQUE_LOOK.test(want))) return surface;
  let best: string | null = asIs ? surface : null;
  let bestScore = asIs ? score(surface, gender) * 10 - 5 : -Infinity;
  for (let strip = 0; strip <= 3 && strip < surface.length - 1; strip++) {
    const stem = surface.slice(0, surface.length - strip);
    for (const add of ADDITIONS) {
      const cand = stem + add;
      if (cand === surface && asIs) continue;
      if ((gender === 'male' ? FEMALE_NOM : MALE_NOM).test(cand)) continue;
      const forms = inclineLastnameAll(cand, gender);
      if (!oblique.some((c) => wordKey(forms[OBLIQUE.indexOf(c)]!) === want)) continue;
      // Among equally surname-like candidates, the one that adds the fewest letters.
      const sc = score(cand, gender) * 10 - add.length;
      if (sc > bestScore) {
        best = cand;
        bestScore = sc;
      }
    }
  }
  return best;
}

/** A Russian patronymic's suffix with its case ending: «-ович», «-евна», «-ичной»… */
const PATRONYMIC_ENDING = '(?:ович|евич|ёвич|ич|овна|евна|ична|инична)(?:а|у|ем|ом|е|ой|ы|у)?';
const PATRONYMIC_RU = rx(`^\\p{Lu}\\p{Ll}+${PATRONYMIC_ENDING}$`, 'u');
const PATRONYMIC_TAIL = rx(`${PATRONYMIC_ENDING}$`, 'u');

/** The part of a (lower-case) Russian patronymic before its suffix («николаевна» → «никола»), or null. */
export function patronymicStem(key: string): string | null {
  const m = PATRONYMIC_TAIL.exec(key);
  return m && m.index >= 2 ? key.slice(0, m.index) : null;
}
const PATRONYMIC_EN = /^[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna)$/;

/**
 * Every suffix above holds «ич», «вн» or «чн» (English: "ich" or "vna"). A word with none of them is
 * no patronymic: asked of most capitalised words next to a name, the check spares two regex tests
 * that backtrack over the whole word (≈12,000 per 1,000 articles).
 */
const mayBeRu = (w: string) => w.includes('ич') || w.includes('вн') || w.includes('чн');
const mayBeEn = (w: string) => w.includes('ich') || w.includes('vna');

/** True for a Russian or English patronymic such as «Нургожоевич», «Владимировича», "Vladimirovich". */
export function isPatronymic(word: string): boolean {
  return (mayBeRu(word) && PATRONYMIC_RU.test(word)) || (mayBeEn(word) && PATRONYMIC_EN.test(word));
}
