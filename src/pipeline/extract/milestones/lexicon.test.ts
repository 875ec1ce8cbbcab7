import { describe, expect, it } from 'vitest';
import { ANNIVERSARY_SUBJECTS, lowerCase, MARKERS, rememberLower, TRIGGERS, WordMatcher } from './lexicon';

describe('lowerCase: toLowerCase remembered for the last text', () => {
  it.each([['Визит в Бишкек'], ['визит в бишкек'], [''], ['Визит в Бишкек'], ['ВСТРЕЧА']])('%s', (text) => {
    expect(lowerCase(text)).toBe(text.toLowerCase());
  });

  it('keeps a given lower case apart from the last text lowered, until another is given', () => {
    const clause = 'Стороны обсудили Торговлю';
    rememberLower(clause, clause.toLowerCase());
    expect(lowerCase('Другой ТЕКСТ')).toBe('другой текст');
    expect(lowerCase(clause)).toBe('стороны обсудили торговлю');
    rememberLower('Next', 'next');
    expect(lowerCase(clause)).toBe('стороны обсудили торговлю');
    expect(lowerCase('Next')).toBe('next');
  });
});

describe('WordMatcher.atStart: a match at the very start, as all() would find it', () => {
  const cased = new WordMatcher(['Дн(?:и|ей) \\p{Lu}\\p{L}+', 'визит\\p{L}*']);
  it.each([
    ['Теги: Россия, МПК', MARKERS.pageLabel.ru, true],
    ['По теме: Теги: Россия', MARKERS.pageLabel.ru, false],
    ['Темы: визит', MARKERS.pageLabel.ru, true],
    ['Темыы: визит', MARKERS.pageLabel.ru, false],
    ['Related topics: trade', MARKERS.pageLabel.en, true],
    ['Tags', MARKERS.pageLabel.en, false],
    ['Дни Кыргызстана прошли', cased, true],
    ['дни кыргызстана прошли', cased, false],
    ['Визиты продолжились', cased, true],
    ['Прошли Дни Кыргызстана', cased, false],
    ['İstanbul визит', cased, false],
    ['Визит в İstanbul', cased, true],
  ] as const)('«%s»', (text, m, want) => {
    expect(m.atStart(text)).toBe(want);
    expect(m.all(text)[0]?.start === 0).toBe(want);
  });
});

describe('WordMatcher.all: matches start a word only', () => {
  const m = new WordMatcher(['визит\\p{L}*', 'after', '\\d+-летие']);
  it.each([
    ['перевизиты и визит', [13]],
    ['Визит, визиты', [0, 7]],
    ['afterafter after', [11]],
    ['x-after (after)', [2, 9]],
    ['ңafter өвизит', []],
    ['2after', []],
    ['ÉAFTER éafter', []],
    ['к 30-летие и 5-летие', [2, 13]],
    ['к а30-летие', []],
  ] as const)('«%s»', (text, starts) => {
    expect(m.all(text).map((x) => x.start)).toEqual(starts);
    expect(m.test(text)).toBe(starts.length > 0);
  });
});

describe('WordMatcher: regexes made on first use, whichever method asks first', () => {
  const patterns = ['Дн(?:и|ей) \\p{Lu}\\p{L}+', 'визит\\p{L}*', 'named after'];
  it.each([
    ['test', 'Визит в Бишкек', true],
    ['test', 'Прошли Дни Кыргызстана', true],
    ['test', 'прошли дни кыргызстана', false],
    ['test', 'The school was named after him', true],
    ['test', 'The school was renamed afterwards', false],
    ['test', 'Визит в İstanbul', true],
    ['atStart', 'Визиты продолжились', true],
    ['atStart', 'Named after him', true],
    ['atStart', 'Он назван after', false],
    ['mayMatch', 'a visit named after', true],
    ['mayMatch', 'no cue here', false],
    ['all', 'Прошли Дни Кыргызстана и визит', true],
    ['all', 'nothing to find', false],
  ] as const)('%s first: «%s»', (method, text, want) => {
    const fresh = new WordMatcher(patterns);
    const got = method === 'test' ? fresh.test(text) : method === 'atStart' ? fresh.atStart(text) : method === 'mayMatch' ? fresh.mayMatch(text.toLowerCase()) : fresh.all(text).length > 0;
    expect(got).toBe(want);
    // Asked again, and then by the other methods, it answers as a matcher made at once would.
    expect(fresh.all(text)).toEqual(new WordMatcher(patterns).all(text));
  });

  it('every pattern list of the lexicon compiles (nothing is compiled before its first use)', () => {
    const lists = [...TRIGGERS.flatMap((t) => [t.re.ru, t.re.en]), ...Object.values(MARKERS).flatMap((m) => [m.ru, m.en]), ...ANNIVERSARY_SUBJECTS.flatMap((s) => [s.re.ru, s.re.en])];
    for (const m of lists) {
      // 'İ' lower-cases to two characters: the slow regex is made too.
      expect(() => (m.all('x', 'x', true), m.atStart('x'), m.test('İx'), m.atStart('İx'))).not.toThrow();
    }
  });
});
