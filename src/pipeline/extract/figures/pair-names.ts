/**
 * The names of Russia and Kyrgyzstan (knowledge/pair-names.json) as the regex sources the figure rules build their tests
 * from: one list of stems and forms, so a spelling added there reaches every test that names either country.
 */
import names from '../../knowledge/pair-names.json';

const { russia, kyrgyzstan } = names;

/** Sources as one alternative: bare when there is one, else grouped. */
export function oneOf(sources: readonly string[]): string {
  return sources.length === 1 ? sources[0]! : `(?:${sources.join('|')})`;
}

/** «Росси», "Russia": the stems that open every capitalised form of Russia's name, Russian and English. */
export const RUSSIA_STEMS = [...russia.stems.ru, ...russia.stems.en];
/** The stems and «РФ»: Russia named in any capitalised form. */
export const RUSSIA_NAMES = [...RUSSIA_STEMS, ...russia.abbreviations.ru];
/** Russia's names, its lower-case Russian adjective, capital and seat («Москва», "the Kremlin"): Russia named as a party. */
export const RUSSIA_AS_PARTY = [...russia.stems.ru, ...russia.adjectiveStems.ru, ...russia.abbreviations.ru, ...russia.capitals.ru, ...russia.stems.en, ...russia.capitals.en, ...russia.seats.en, ...russia.seats.ru];
/** `RUSSIA_AS_PARTY` without «РФ»: what the figures' test for either side of the pair has always asked. */
export const RUSSIA_WITHOUT_ABBREVIATION = RUSSIA_AS_PARTY.filter((s) => !russia.abbreviations.ru.includes(s));
/** The figures lexicon's word patterns for Russia (`*`: the rest of a word), matched case-insensitively as whole words. */
export const RUSSIA_WORDS = [...russia.stems.ru.map((s) => `${s}*`), ...russia.abbreviations.ru, ...russia.adjectiveStems.ru.map((s) => `${s}*`), ...russia.stems.en.map((s) => `${s}*`)];
/** «Росси», "Russia" as one alternative (`oneOf`). */
export const RUSSIA_STEM = oneOf(RUSSIA_STEMS);
/** «Росси»: the Russian stem as one alternative. */
export const RUSSIA_STEM_RU = oneOf(russia.stems.ru);
/** «России»: the genitive after a noun of share («доля России»), as one alternative. */
export const RUSSIA_GENITIVE_RU = oneOf(russia.genitive.ru);
/** "Russia": the English stem as one alternative. */
export const RUSSIA_STEM_EN = oneOf(russia.stems.en);

/** «Кыргыз», «Киргиз», "Kyrgyz", "Kirghiz": the stems that open every capitalised form of Kyrgyzstan's name. */
export const KYRGYZ_STEMS = [...kyrgyzstan.stems.ru, ...kyrgyzstan.stems.en];
/** Kyrgyzstan's stems, its lower-case Russian adjective («кыргызско-российский») and capital: Kyrgyzstan named at all. */
export const KYRGYZ_AS_PARTY = [...kyrgyzstan.stems.ru, ...kyrgyzstan.adjectiveStems.ru, ...kyrgyzstan.stems.en, ...kyrgyzstan.capitals.en, ...kyrgyzstan.capitals.ru];
