import { describe, expect, it } from 'vitest';
import { KYRGYZ_AS_PARTY, KYRGYZ_STEMS, RUSSIA_AS_PARTY, RUSSIA_NAMES, RUSSIA_STEMS, RUSSIA_WITHOUT_ABBREVIATION, RUSSIA_WORDS, oneOf } from './pair-names';

/** Whether a list of sources, as one alternative, is found in `text`. */
const names = (list: readonly string[], text: string) => new RegExp(oneOf(list), 'u').test(text);

describe('the pair names, one list for every test of the figure code', () => {
  it.each([
    // text, Russia's stems, its names (with «РФ»), as a party (adjective, capital, seat), Kyrgyzstan's stems, as a party
    ['Кыргызстан – Россия', true, true, true, true, true],
    ['товарооборот с РФ', false, true, true, false, false],
    ['российские компании', false, false, true, false, false],
    ['Moscow said', false, false, true, false, false],
    ['the Kremlin', false, false, true, false, false],
    ['Kirghizia and Russia', true, true, true, true, true],
    ['Kirgizia', false, false, false, true, true],
    ['кыргызско-казахский', false, false, false, false, true],
    ['в Бишкеке', false, false, false, false, true],
    ['Казахстан – Китай', false, false, false, false, false],
  ])('%s', (text, stems, named, party, kyrgyz, kyrgyzParty) => {
    expect(names(RUSSIA_STEMS, text)).toBe(stems);
    expect(names(RUSSIA_NAMES, text)).toBe(named);
    expect(names(RUSSIA_AS_PARTY, text)).toBe(party);
    expect(names(KYRGYZ_STEMS, text)).toBe(kyrgyz);
    expect(names(KYRGYZ_AS_PARTY, text)).toBe(kyrgyzParty);
  });

  it('keeps the exceptions the tests have always made: the pair test without «РФ»', () => {
    expect(names(RUSSIA_WITHOUT_ABBREVIATION, 'с РФ')).toBe(false);
    expect(names(RUSSIA_WITHOUT_ABBREVIATION, 'с Россией')).toBe(true);
  });

  it('gives the figures lexicon its word patterns for Russia', () => {
    expect(RUSSIA_WORDS).toEqual(['Росси*', 'РФ', 'российск*', 'Russia*']);
  });

  it('writes one source bare and several as a group', () => {
    expect(oneOf(['Росси'])).toBe('Росси');
    expect(oneOf(['Росси', 'Russia'])).toBe('(?:Росси|Russia)');
  });
});
