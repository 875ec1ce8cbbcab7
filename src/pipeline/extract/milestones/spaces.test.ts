import { describe, expect, it } from 'vitest';
import { lastRunBeforeSpace } from './spaces';

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
