import { describe, expect, it } from 'vitest';
import { fastSource } from './regex';
import { casePartners, uncasedSource, uncasedSources } from './uncased';

/** Every character of the Basic Multilingual Plane but the surrogates. */
const BMP: string[] = [];
for (let c = 0; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) BMP.push(String.fromCharCode(c));

/** The characters with a lower or an upper case of their own: the only ones with case partners. */
const CASED = BMP.filter((s) => s.toLowerCase() !== s || s.toUpperCase() !== s);
const CASED_TEXT = CASED.join('');

describe('casePartners: the characters a character matches under the iu flags', () => {
  it('is what V8 matches, for every cased character of the BMP', () => {
    // Each set of partners, as a class under `iu`, must match exactly its own characters among all cased ones.
    const wrong: string[] = [];
    const seen = new Set<string>();
    for (const s of CASED) {
      const partners = String.fromCharCode(...casePartners(s.charCodeAt(0)));
      if (seen.has(partners)) continue;
      seen.add(partners);
      const re = new RegExp(`[${partners.replace(/[\\\]\-^]/g, '\\$&')}]`, 'giu');
      if (CASED_TEXT.length - CASED_TEXT.replace(re, '').length !== partners.length || !partners.includes(s)) wrong.push(s);
    }
    expect(wrong).toEqual([]);
  }, 60_000);
  it.each([
    ['т', 'тТᲄᲅ'],
    ['s', 'Ssſ'],
    ['ı', 'ı'],
    ['1', '1'],
  ])('%s → %s', (ch, partners) => {
    expect(String.fromCharCode(...casePartners(ch.charCodeAt(0)))).toBe([...partners].sort().join(''));
  });
});

describe('uncasedSource: the same matches under u as the source under iu', () => {
  it.each([
    ['товарооборот', 'ТОВАРООБОРОТ Товарооборот товарооборот'],
    ['Trade\\s+with', 'TRADE with, trade With, ſtrade with'],
    ['[а-яё]+', 'ВСЁ Ещё hello'],
    ['[^а-я\\s]+', 'Сомони 5SOM ok'],
    ['[a-]+|[-z]', 'A-b Z-'],
    ['[\\w.-]+', 'ſome K-9.x — y'],
    ['\\w+|\\W+', 'Kelvin K ſ «да»'],
    ['(?<Name>бишкек)\\s(?<=к\\s)(?!Ош)', 'БИШКЕК Ош бишкек Кант'],
    ['\\u0410\\x41\\u{42}', 'аaB Aab'],
    ['σ+', 'ΣΟΦΟΣ σοφος ς'],
    ['i+', 'İıIi'],
    ['straße|ǅ', 'STRASSE Straße STRAẞE ǄǅǆDž'],
    ['[\\p{L}\\p{N}]+', 'Ңаалар 5-ти ſ K Å'],
    ['[^\\p{L}]+', 'Ңаа — 5 ſ'],
    ['[\\p{Lu}]+', 'Бишкек и ОШ'],
  ])('%s on %s', (source, text) => {
    const fast = fastSource(source);
    const uncased = uncasedSource(fast);
    expect(uncased).not.toBeNull();
    const matches = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0], m.groups]);
    expect(matches(new RegExp(uncased!, 'gu'))).toEqual(matches(new RegExp(fast, 'giu')));
  });

  it.each(['[\\p{L}]', '[^а-я]', 'ſ', 'k', '\\w', '\\W', '[\\w-]', 'Σ', 'i', 'İ', 'ı', 'µ', 'ǅ', '[Ѐ-я]', '[\\d\\s.]', 'в'])(
    '%s matches the same characters of the BMP',
    (source) => {
      const fast = fastSource(source);
      const a = new RegExp(fast, 'giu');
      const b = new RegExp(uncasedSource(fast)!, 'gu');
      const text = BMP.join('');
      expect(text.replace(b, '\0')).toBe(text.replace(a, '\0'));
    },
  );

  it.each([
    ['\\bдата', 'a word boundary (\\w differs under i)'],
    ['(а)\\1', 'a backreference'],
    ['(?<x>а)\\k<x>', 'a named backreference'],
    ['\\p{Script=Cyrillic}', 'a property escape'],
    ['[\\W]', '\\W inside a class'],
    ['😀', 'a character outside the BMP'],
  ])('%s: null (%s)', (source) => {
    expect(uncasedSource(source)).toBeNull();
  });
});

describe('uncasedSources: each source asked for, with its answer (the launcher prebuilds them)', () => {
  it.each([
    ['шар|нарын', '[шШ][аА][рР]|[нН][аА][рР][ыЫ][нН]'],
    ['\\bмосква', null],
  ])('%s → %s', (source, rewritten) => {
    expect(uncasedSource(source)).toBe(rewritten);
    expect(uncasedSources()).toContainEqual([source, rewritten]);
    // Asked again, the same answer.
    expect(uncasedSource(source)).toBe(rewritten);
  });
});
