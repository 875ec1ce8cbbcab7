import { describe, expect, it } from 'vitest';
import { isSpace, lastRunBeforeSpace } from './spaces';

describe('isSpace: what \\s matches, by code unit', () => {
  it('agrees with \\s on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe('lastRunBeforeSpace: the last word before trailing white space, lower-cased', () => {
  it.each([
    ['план на ', 0, 'на'],
    ['план НА\u00a0\n', 0, 'на'],
    ['(до  ', 0, '(до'],
    ['до', 0, null],
    ['', 0, null],
    [' ', 0, ''],
    ['протокол на ', 9, 'на'],
    ['протокол на ', 10, 'а'],
  ])('«%s» from %i: %s', (text, from, want) => expect(lastRunBeforeSpace(text, from, text.length)).toBe(want));
});
