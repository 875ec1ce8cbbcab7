/**
 * Russian case forms of given names and surnames, generated with lvovich at lexicon build time,
 * and the reverse step: a surface surname back to its nominative, checked by re-inclining.
 */
import { getFirstnameGender, inclineFirstname, inclineLastname } from 'lvovich';
import { wordKey } from './tokens';

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
  const out = new Map<string, Set<Case>>();
  const add = (form: string, c: Case) => {
    const k = wordKey(form);
    let s = out.get(k);
    if (!s) out.set(k, (s = new Set()));
    s.add(c);
  };
  add(nom, 'nominative');
  for (const c of OBLIQUE) add(inclineFirstname(nom, c, gender), c);
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
  for (const c of OBLIQUE) add(inclineLastname(nom, c, gender), c);
  return out;
}

const FEMALE_NOM = /(?:ова|ева|ёва|ина|ына|ская|цкая)$/;
const MALE_NOM = /(?:ов|ев|ёв|ин|ын|ский|цкий)$/;
const ADDITIONS = ['', 'ий', 'ой', 'ый', 'а', 'я', 'ь', 'й', 'ая', 'яя', 'о'];

/**
 * Nominative of a surname seen in one of `cases` next to a given name of `gender`: candidates are
 * made by stripping up to three letters and adding a nominative ending, and one is kept only when
 * lvovich inclines it back to the surface form. Null when no candidate reproduces it.
 */
export function nominativeSurname(surface: string, cases: Iterable<Case>, gender: Gender): string | null {
  const want = wordKey(surface);
  const list = [...cases];
  if (list.includes('nominative')) {
    if (gender === 'male' && FEMALE_NOM.test(want)) return null;
    if (gender === 'female' && MALE_NOM.test(want)) return null;
    return surface;
  }
  for (let strip = 0; strip <= 3 && strip < surface.length - 1; strip++) {
    const stem = surface.slice(0, surface.length - strip);
    for (const add of ADDITIONS) {
      const cand = stem + add;
      if (gender === 'male' && FEMALE_NOM.test(cand)) continue;
      if (gender === 'female' && MALE_NOM.test(cand)) continue;
      for (const c of list) {
        if (wordKey(inclineLastname(cand, c, gender)) === want) return cand;
      }
    }
  }
  return null;
}

const PATRONYMIC_RU = /^\p{Lu}\p{Ll}+(?:ович|евич|ёвич|ич|овна|евна|ична|инична)(?:а|у|ем|ом|е|ой|ы|у)?$/u;
const PATRONYMIC_EN = /^[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna)$/;

/** True for a Russian or English patronymic such as «Нургожоевич», «Владимировича», "Vladimirovich". */
export function isPatronymic(word: string): boolean {
  return PATRONYMIC_RU.test(word) || PATRONYMIC_EN.test(word);
}
