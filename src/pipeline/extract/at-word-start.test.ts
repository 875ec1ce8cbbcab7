import { describe, expect, it } from 'vitest';
import { atWordStart, execAllAt, hasTopLevelAlternative } from './at-word-start';
import { execAll, rx } from './regex';

/** Texts with letters, digits, hyphens, case partners (Kelvin sign, «ᲀ»), astral characters and lone surrogates before words. */
const TEXTS = [
  'по итогам года и поитогам года; (по итогам года), 2по итогам года',
  'В прошлом году, впрошлом году, -прошлом году, Kпрошлом году, ᲀпрошлом году, ͅпрошлом году',
  'Прошлом году и ПРОШЛОМ ГОДУ, 1прошлом году',
  'ежегодно, ежегодного; неежегодно; éежегодно; 𝐀ежегодно; \uD835ежегодно; \uDC00ежегодно',
  'in 𝐀January-March 2024, January - March, xJanuary-June, -january to may',
  'в 1997-м, в1997-м, ув 1997-м, -в 1997-м, ᲂв 1997-м',
  '',
  'ежегодн',
  'Ωежегодно Kежегодно ΐежегодно ꭓежегодно ιежегодно',
  '\uD835\uDC00ежегодно \uD835\uDC00\uD835\uDC00 ежегодно',
];

const SOURCES: [string, string][] = [
  [String.raw`(?<![\p{L}])(?:по\s+итогам\s+года|(?<rel>прошл\p{L}*)\s+год\p{L}*)`, 'giu'],
  [String.raw`(?<![\p{L}])(?:ежегодн\p{L}*|annual)(?![\p{L}])`, 'giu'],
  [String.raw`(?<![\p{L}])(?:январ\p{L}*|january)\s*(?:[-–—]|through|to)\s*(?<m2>march|may|june)`, 'giu'],
  [String.raw`(?<![\p{L}])в\s+(?<y>\d{4})-м(?![\p{L}\d])`, 'gu'],
  [String.raw`(?<![\p{L}\d])(?:прошл|ежегодн)`, 'giu'],
  [String.raw`(?<![\p{L}-])(?:в|in)\s+(?:январе|january|1997)`, 'giu'],
  [String.raw`(?<![\p{L}])(?:\p{L}|\d)`, 'gu'],

];

describe('atWordStart finds what its lookbehind pattern finds', () => {
  it.each(SOURCES.flatMap(([source, flags]) => TEXTS.map((text, i) => [source, flags, i, text] as const)))('/%s/%s on text %i', (source, flags, _, text) => {
    const plain = execAll(rx(source, flags), text).map((m) => [m.index, m[0], { ...m.groups }]);
    const byCode = execAllAt(atWordStart(source, flags), text).map((m) => [m.index, m[0], { ...m.groups }]);
    expect(byCode).toEqual(plain);
    expect(atWordStart(source, flags).test(text)).toBe(plain.length > 0);
  });

  it.each([
    // Not a leading lookbehind, no `g`, or another alternative standing outside its reach.
    [String.raw`по\s+итогам`, 'giu'],
    [String.raw`(?<![\p{L}])по`, 'iu'],
    [String.raw`(?<![\p{L}])по|итог`, 'giu'],
    [String.raw`(?<=[\p{L}])по`, 'giu'],
  ])('refuses /%s/%s', (source, flags) => {
    expect(() => atWordStart(source, flags)).toThrow();
  });
});

describe('hasTopLevelAlternative', () => {
  it.each([
    ['a|b', true],
    ['(?:a|b)', false],
    ['[|]', false],
    ['\\|', false],
    ['(a)|(b)', true],
    ['(?:a|b)c|d', true],
    ['[\\]|]x', false],
    ['', false],
  ])('%s → %s', (source, expected) => {
    expect(hasTopLevelAlternative(source)).toBe(expected);
  });
});

describe('AtWordStart.classBefore answers as the lookbehind does', () => {
  /** Every code unit up to U+0600 and the case partners, signs and surrogates outside its table. */
  const codes = [...Array.from({ length: 0x600 }, (_, i) => i), 0x1c80, 0x1c88, 0x1d79, 0x1e00, 0x1fbe, 0x2126, 0x212a, 0x212b, 0x2c60, 0x2de0, 0xa640, 0xab53, 0xd835, 0xdc00, 0xffff];
  it.each([
    [String.raw`(?<![\p{L}])x`, 'giu'],
    [String.raw`(?<![\p{L}])x`, 'gu'],
    [String.raw`(?<![\p{L}\d])x`, 'giu'],
    [String.raw`(?<![\p{L}-])x`, 'giu'],
  ])('/%s/%s', (source, flags) => {
    const byCode = atWordStart(source, flags);
    const lookbehind = rx(`${source.slice(0, -1)}$`, flags.replace('g', ''));
    for (const c of codes) {
      const text = String.fromCharCode(c);
      expect([c, byCode.classBefore(text, 1)]).toEqual([c, !lookbehind.test(text)]);
    }
    expect(byCode.classBefore('\uD835\uDC00', 2)).toBe(!lookbehind.test('\uD835\uDC00'));
  });
});
