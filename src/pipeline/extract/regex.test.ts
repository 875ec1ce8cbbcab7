import { describe, expect, it } from 'vitest';
import { commonFirst, escapeRegExp, execAll, fastSource, phraseSource, rx, rxOnLowerText, withPrebuiltRx } from './regex';

describe('fastSource', () => {
  it.each([
    ['\\p{L}+', /^\[a-zA-Z.*\]\+$/],
    ['[\\p{L}\\p{N}]', /^\[a-zA-Z.*0-9.*\]$/],
    ['\\P{L}', /^\[\^a-zA-Z.*\]$/],
    ['\\\\p{L}', /^\\\\p\{L\}$/],
    ['[^\\P{L}]', /^\[\^\\P\{L\}\]$/],
    ['\\p{Script=Cyrillic}', /^\\p\{Script=Cyrillic\}$/],
  ])('%s', (source, expected) => {
    expect(fastSource(source)).toMatch(expected);
  });
  it.each(['\\p{L}', '\\p{N}', '\\p{Lu}', '\\p{Ll}'])('%s is spliced in as characters, not \\u escapes', (source) => {
    expect(fastSource(source)).not.toContain('\\u');
  });
  it('keeps the Cyrillic and Latin-1 letters', () => {
    expect(fastSource('\\p{L}')).toContain('\u0400-\u0481');
    expect(fastSource('\\p{N}')).toContain('\u00BC-\u00BE');
  });
});

describe('rx', () => {
  it.each([
    [/(?<![\p{L}\p{N}])сом\p{L}*(?![\p{L}])/giu, 'Сомони, сомов и 5сом', ['Сомони', 'сомов']],
    [/\p{Lu}\p{Ll}+/gu, 'Бишкек и Ош; Öskemen', ['Бишкек', 'Ош', 'Öskemen']],
    [/[^\p{L}\p{N}]+/gu, 'РИА-Новости 24', ['-', ' ']],
    [/(?<!\p{L})ң\p{L}*/giu, 'Ңаалар ңаа', ['Ңаалар', 'ңаа']],
  ])('%s keeps its matches on Russian, English and Kyrgyz text', (re, text, expected) => {
    const fast = rx(re);
    // An `iu` pattern is written out with its case and compiled without the `i` (uncased.ts).
    expect(fast.flags).toBe(re.flags.replace('i', ''));
    expect(execAll(fast, text).map((m) => m[0])).toEqual(expected);
    expect(execAll(re, text).map((m) => m[0])).toEqual(expected);
  });
});

describe('withPrebuiltRx: rx of a literal written as the regex it makes, its large classes split', () => {
  const made = (code: string) => [...code.matchAll(/new RegExp\(("(?:[^"\\]|\\.)*"), ("[a-z]*")\)/g)].map((m) => new RegExp(JSON.parse(m[1]!) as string, JSON.parse(m[2]!) as string));
  it.each([
    ['const A = rx(/(?<![\\p{L}])сом\\p{L}*/iu);', [rx(/(?<![\p{L}])сом\p{L}*/iu)]],
    ['x = rx(/[/\\]]\\/\\p{Lu}/u) + rx(/(a\\))|b/g);', [rx(/[/\]]\/\p{Lu}/u), rx(/(a\))|b/g)]],
    ['{ ru: rx(/\\p{Ll}$/u), en: rx(/\\bx\\b/i) }', [rx(/\p{Ll}$/u), rx(/\bx\b/i)]],
    ['const B = rx(\n  /^\\p{Lu}/u,\n);', [rx(/^\p{Lu}/u)]],
  ])('%s', (code, expected) => {
    const out = withPrebuiltRx(code);
    expect(out).not.toContain('rx(');
    expect(made(out).map((r) => [r.source, r.flags])).toEqual(expected.map((r) => commonFirst(r)).map((r) => [r.source, r.flags]));
  });
  it.each([['rx(/a/, "g")'], ['rx(`\\p{L}`, "u")'], ['prx(/a/)'], ['rx(source)']])('%s stays', (code) => {
    expect(withPrebuiltRx(code)).toBe(code);
  });
});

describe('execAll', () => {
  it('finds every match and leaves lastIndex at 0', () => {
    const re = /\d+/g;
    expect(execAll(re, 'a1 b22 c333').map((m) => [m.index, m[0]])).toEqual([[1, '1'], [4, '22'], [8, '333']]);
    expect(re.lastIndex).toBe(0);
  });
  it('steps over empty matches', () => {
    expect(execAll(/x*/g, 'ab').length).toBe(3);
  });
});

describe('case classes', () => {
  it.each(['Lu', 'Ll'])('\\p{%s} keeps exactly its letters of the Latin, Greek and Cyrillic blocks', (name) => {
    const fast = new RegExp(`^${fastSource(`\\p{${name}}`)}$`, 'u');
    const real = new RegExp(`^\\p{${name}}$`, 'u');
    const blocks = [[0x41, 0x2af], [0x370, 0x52f], [0x1e00, 0x1eff], [0x2c60, 0x2c7f], [0xa640, 0xa69f], [0xa720, 0xa7ff]];
    const wrong: string[] = [];
    for (const [lo, hi] of blocks) for (let c = lo!; c <= hi!; c++) if (fast.test(String.fromCharCode(c)) !== real.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
    expect(fast.test('1') || fast.test(' ') || fast.test('\u0530')).toBe(false);
  });
  it('leaves polytonic Greek out of \\p{L}', () => {
    const letter = rx(/^\p{L}$/iu);
    expect(['ω', 'Ж', 'ң', 'ẞ', 'ž'].map((c) => letter.test(c))).toEqual([true, true, true, true, true]);
    expect(['ᾀ', 'ἀ', 'ῼ'].map((c) => letter.test(c))).toEqual([false, false, false]);
  });
});

describe('escapeRegExp: a regex source matching the text literally', () => {
  it.each(['a.b', '1+1=2', '(что?)', '[x]', 'c:\\path', '$5 {bn}', 'a|b', '^start', 'вице-премьер', 'U.S.'])('%s', (text) => {
    const re = new RegExp(`^${escapeRegExp(text)}$`, 'u');
    expect(re.test(text)).toBe(true);
    expect(re.test(`${text}x`)).toBe(false);
  });
});

describe('phraseSource: a lexicon phrase as a regex source', () => {
  it.each([
    ['товарооборот', 'товарооборот', true],
    ['экспорт*', 'экспортные', true],
    ['trade turnover', 'trade \n  turnover', true],
    ['trade turnover', 'tradeturnover', false],
    ['взаимн* торговл*', 'взаимной  торговли', true],
    ['экспорт*', 'экспорт-импорт', false],
  ])('%s ~ %j → %s', (phrase, text, matches) => {
    expect(new RegExp(`^(?:${phraseSource(phrase)})$`, 'iu').test(text)).toBe(matches);
  });
});

describe('commonFirst: letter classes split, the same characters matched', () => {
  /** Every code point of the Basic Multilingual Plane, lone surrogates included, one string each. */
  const bmp = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
  it.each([
    [/^[\p{L}]$/u],
    [/^[^\p{L}]$/u],
    [/^[\p{L}\p{N}]$/u],
    [/^[^\p{L}\p{N}]$/u],
    [/^[\p{L}'’-]$/u],
    [/^[\d.,$\p{L}]$/iu],
    [/^[^\p{L}]$/iu],
    [/^\p{L}$/iu],
    [/^[\p{L}\p{N}‐–-]$/iu],
  ])('%s', (re) => {
    const plain = rx(re);
    const split = commonFirst(plain);
    expect(split.source).not.toBe(plain.source);
    expect(bmp.filter((c) => split.test(c))).toEqual(bmp.filter((c) => plain.test(c)));
  });
  it.each([
    [/(?<![\p{L}\p{N}])сом\p{L}*(?![\p{L}])/giu, 'Сомони, сомов и 5сом Ḁсом', ['Сомони', 'сомов']],
    [/[^\p{L}\p{N}]+/gu, 'РИА-Новости 24 — Ꙁ', ['-', ' ', ' — ']],
    [/(?:^|[^\p{L}])вчера\p{L}*/giu, 'Вчерашний и позавчерашний', ['Вчерашний']],
  ])('%s keeps its matches', (re, text, expected) => {
    expect(execAll(commonFirst(rx(re)), text).map((m) => m[0])).toEqual(expected);
  });
  it('leaves a pattern without letter classes as it is', () => {
    const re = /\d+/g;
    expect(commonFirst(re)).toBe(re);
  });
});

describe('rxOnLowerText: on lower-cased text, the matches of rx', () => {
  it('every character a lower case holds is a letter to both or to neither', () => {
    const viaRx = rx('^[\\p{L}]$', 'u');
    const lowered = rxOnLowerText('^[\\p{L}]$', 'u');
    const notLetter = rxOnLowerText('^\\P{L}$', 'u');
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      for (const ch of String.fromCharCode(c).toLowerCase()) {
        expect(lowered.test(ch)).toBe(viaRx.test(ch));
        expect(notLetter.test(ch)).toBe(!viaRx.test(ch));
      }
    }
  });

  it.each([
    ['визит\\p{L}*', 'визиты и визит'],
    ['(?:[\\p{L}-]+ ){0,2}?meeting', 'a bilateral meeting, the ex-minister meeting'],
    ['\\p{L}+', 'übergröße ÀÖØÞ straße'.toLowerCase()],
  ] as const)('%s on «%s»', (source, text) => {
    expect(execAll(rxOnLowerText(source, 'gu'), text).map((m) => [m.index, m[0]])).toEqual(execAll(rx(source, 'gu'), text).map((m) => [m.index, m[0]]));
  });
});
