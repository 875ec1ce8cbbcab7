/** Transliteration both ways: Russian → Latin with iuliia, Latin → Russian by ordered spelling rules. */
import * as iuliia from 'iuliia';

/** Latin spelling of a Russian name (Wikipedia scheme, the one English-language media mostly follow). */
export function toLatin(ru: string): string {
  return iuliia.translate(ru, iuliia.WIKIPEDIA);
}

const VOWEL_EN = /[aeiouy]/;

/** Word-final spellings first, then multigraphs, longest first; single letters last. */
const FINAL: [RegExp, string][] = [
  [/tskiy$|tskii$|tsky$|tski$/, 'цкий'],
  [/skiy$|skii$|sky$|ski$/, 'ский'],
  [/ykh$/, 'ых'],
  [/ikh$/, 'их'],
  [/aya$/, 'ая'],
  [/iy$|ii$/, 'ий'],
  [/yi$/, 'ый'],
];
const MULTI: [string, string][] = [
  ['shch', 'щ'], ['sch', 'щ'], ['lsk', 'льск'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['tz', 'ц'], ['ch', 'ч'],
  ['sh', 'ш'], ['ya', 'я'], ['yu', 'ю'], ['yo', 'ё'], ['ye', 'е'], ['ee', 'ээ'], ['ks', 'кс'], ['x', 'кс'],
];
const SINGLE: Record<string, string> = {
  a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п',
  r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х', c: 'к', w: 'в', j: 'ж', q: 'к', "'": 'ь',
  // Turkish, Azerbaijani and Central Asian Latin letters ("Çavuşoğlu" → «Чавушоглу»).
  ç: 'ч', ş: 'ш', ğ: 'г', ü: 'ю', ö: 'ё', ı: 'ы', ə: 'э',
};
/** Accents with no letter of their own here ("é", "á", "ñ"): the letter without them. */
const plainLetters = (w: string) => w.normalize('NFD').replace(/(?<=[a-z])[\u0300-\u036f]+/g, '').normalize('NFC');

/** Russian spelling of one Latin word (a surname such as "Tsybulsky" → «Цыбульский»); best effort. */
export function wordToCyrillic(word: string): string {
  // "O'Brien", "D'Amato": a name prefix before an apostrophe, each part spelt by itself («О’Бриен»).
  const prefixed = /^([A-Za-z]{1,2})['’]([A-Z][a-z].*)$/.exec(word);
  if (prefixed) return `${wordToCyrillic(prefixed[1]!)}’${wordToCyrillic(prefixed[2]!)}`;
  // "Ferrero-Waldner": each part of a double name by itself («Ферреро-Валднер»).
  if (/^[^-]+(?:-[^-]+)+$/.test(word)) return word.split('-').map(wordToCyrillic).join('-');
  let w = word.toLowerCase();
  if (/[^a-z'çşğüöıə]/.test(w)) w = plainLetters(w);
  let tail = '';
  for (const [re, ru] of FINAL) {
    const m = w.match(re);
    if (m) {
      tail = ru;
      w = w.slice(0, m.index);
      break;
    }
  }
  let out = '';
  let i = 0;
  while (i < w.length) {
    const multi = MULTI.find(([lat]) => w.startsWith(lat, i));
    const prev = i > 0 ? w[i - 1]! : '';
    if (multi) {
      out += multi[1];
      i += multi[0].length;
      continue;
    }
    const c = w[i]!;
    const next = w[i + 1] ?? '';
    if (c === 'y') out += i === 0 || VOWEL_EN.test(prev) ? 'й' : 'ы';
    else if (c === 'e') out += i === 0 ? 'э' : 'е';
    else if (c === 'i' && VOWEL_EN.test(prev) && prev !== 'i' && !VOWEL_EN.test(next)) out += 'й';
    else out += SINGLE[c] ?? c;
    i++;
  }
  if (tail.startsWith('ск') && out.endsWith('л')) out += 'ь';
  out += tail;
  return out.charAt(0).toUpperCase() + out.slice(1);
}
