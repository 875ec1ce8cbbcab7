import { describe, expect, it } from 'vitest';
import { readWords } from './context';
import { findQuantities, parseNumber, timesScale } from './numbers';

describe('parseNumber', () => {
  it.each([
    ['47', 'ru', 47],
    ['2.5', 'en', 2.5],
    ['007', 'ru', 7],
    ['2,5', 'ru', 2.5],
    ['1,234', 'en', 1234],
    ['1,234', 'ru', 1.234],
    ['2,406.7', 'en', 2406.7],
    ['2,406.7', 'ru', 2406.7],
    ['12,406,300.25', 'en', 12406300.25],
    ['1 234,5', 'ru', 1234.5],
    [' 12 ', 'ru', 12],
    ['три', 'ru', 3],
    ['два с половиной', 'ru', 2.5],
    ['two and a half', 'en', 2.5],
    ['abc', 'en', null],
  ] as const)('%j (%s) → %s', (raw, language, want) => {
    expect(parseNumber(raw, language)).toBe(want);
  });
});

describe('findQuantities: sums of two scales', () => {
  it.each([
    ['1 млрд 870 млн долларов', 'ru', [['money', 1.87e9, 'usd']]],
    ['составил 1 млрд. 200 млн. долларов, а в 2013 году — 2 млрд', 'ru', [['money', 1.2e9, 'usd'], ['money', 2e9, null]]],
    ['1 млн 2 млрд долларов', 'ru', [['money', 1e6, null], ['money', 2e9, 'usd']]],
    ['5 100 млрд 200 млн долларов', 'ru', [['money', 5100.2e9, 'usd']]],
    ['2 млрд долларов', 'ru', [['money', 2e9, 'usd']]],
    ['trade fell to $410-million last year', 'en', [['money', 410e6, 'usd']]],
    ['a $1.5-billion loan', 'en', [['money', 1.5e9, 'usd']]],
    ['составил $3 млрд 512,4 млн, что на 8,7% больше', 'ru', [['money', 3_512_400_000, 'usd'], ['percent', 8.7, null]]],
    ['$1 млрд 200 млн.', 'ru', [['money', 1.2e9, 'usd']]],
    ['$2 млрд и 300 млн рублей', 'ru', [['money', 2e9, 'usd'], ['money', 3e8, 'other']]],
    ['$1 млн 2 млрд', 'ru', [['money', 1e6, 'usd'], ['money', 2e9, null]]],
    // Thousands by commas and a decimal point, as English statistics pages print them.
    ['exports came to US$ 2,406.7 million', 'en', [['money', 2_406_700_000, 'usd']]],
    ['imports reached $1,075.4 million, up 3.2%', 'en', [['money', 1_075_400_000, 'usd'], ['percent', 3.2, null]]],
    ['a list of 1,204 and 2,5', 'en', []],
  ] as const)('%s', (text, language, want) => {
    expect(findQuantities(text, language).map((q) => [q.type, q.value, q.currency])).toEqual(want);
  });
});

describe('timesScale: a decimal times its scale is exact', () => {
  it.each([
    [4.1, 1e9, 4_100_000_000],
    [2.07, 1e9, 2_070_000_000],
    [0.71, 1e9, 710_000_000],
    [1.2345, 1e6, 1_234_500],
    [12.5, 1, 12.5],
  ])('%s × %s → %s', (n, factor, want) => {
    expect(timesScale(n, factor)).toBe(want);
  });

  it.each([
    ['4,1 млрд долларов', 'ru', 4.1e9],
    ['$2.07 billion', 'en', 2.07e9],
    ['US$4.1 billion', 'en', 4.1e9],
    ['1 млрд 870 млн долларов', 'ru', 1.87e9],
  ] as const)('%s', (text, language, want) => {
    expect(findQuantities(text, language)[0]!.value).toBe(want);
  });
});

describe('findQuantities: a singular scale word without a number', () => {
  it.each([
    ['обмен может превысить миллиард долларов к концу года', 'ru', [['money', 1e9, 'usd']]],
    ['поставки составили более миллиона долларов', 'ru', [['money', 1e6, 'usd']]],
    ['exports could top a billion dollars next year', 'en', [['money', 1e9, 'usd']]],
    ['на 2 миллиарда долларов', 'ru', [['money', 2e9, 'usd']]],
    ['ущерб исчисляется миллиардами долларов', 'ru', []],
    ['billions of dollars were lost', 'en', []],
    ['миллион жителей', 'ru', []],
  ] as const)('%s', (text, language, want) => {
    expect(findQuantities(text, language).map((q) => [q.type, q.value, q.currency])).toEqual(want);
  });
});

describe('findQuantities: the lower end of a range is as exact as the upper', () => {
  it.each([
    ['до 3,15–3,2 млрд долларов', 'ru', [3_150_000_000, 3_200_000_000]],
    ['от 4,15 до 4,3 млрд долларов', 'ru', [4_150_000_000, 4_300_000_000]],
    ['$2.05–2.1 billion', 'en', [2_050_000_000, 2_100_000_000]],
    ['between $0.71 billion and $0.8 billion', 'en', [710_000_000, 800_000_000]],
    ['на 4,1–4,7%', 'ru', [4.1, 4.7]],
  ] as const)('%s', (text, language, want) => {
    const [q] = findQuantities(text, language);
    expect([q!.value, q!.high]).toEqual(want);
  });
});

describe('findQuantities: «с лишним», «с небольшим» ("N-odd") between a number and its unit', () => {
  it.each([
    ['экспорт вырос на 12 с лишним процентов', 'ru', [['percent', 12, null]]],
    ['рост на 7 с небольшим %', 'ru', [['percent', 7, null]]],
    ['поставки превысили два с лишним миллиарда долларов', 'ru', [['money', 2e9, 'usd']]],
    ['инвестиции составили 3 с небольшим млрд долларов', 'ru', [['money', 3e9, 'usd']]],
    // A multiple in words with «с лишним» is a comparison, not read.
    ['в двенадцать с лишним раз меньше, чем с Казахстаном', 'ru', []],
    ['через две с небольшим недели', 'ru', []],
  ] as const)('%s', (text, language, want) => {
    expect(findQuantities(text, language).map((q) => [q.type, q.value, q.currency])).toEqual(want);
  });
});

describe('findQuantities with digits only, where readWords finds no number word', () => {
  // Each text is read twice: with the number words, and with digits only when the sentence's walk says none stands.
  it.each([
    ['Товарооборот вырос на 47% и составил 2,5 млрд долларов, в 1,5 раза больше.', 'ru', false],
    ['Trade rose 17.5 percent to $4.1 billion, up threefold; exports doubled.', 'en', false],
    ['Товарооборот вырос в три раза и составил два с половиной миллиарда долларов.', 'ru', true],
    ['Trade grew two and a half times, to one billion dollars, up fifteen percent.', 'en', true],
    ['Экспорт вырос на пятнадцать процентов, импорт — на 3%.', 'ru', true],
    // Where the walk and the patterns could read a letter differently («ſ», a Cyrillic combining sign), the words are kept.
    ['Trade grew ſix times, to 5 billion dollars.', 'en', true],
    ['Экспорт вырос в\u0483три раза.', 'ru', true],
  ] as const)('%s', (text, language, numberWords) => {
    const read = readWords(text);
    expect(read.numberWords).toBe(numberWords);
    expect(findQuantities(text, language, read.numberWords)).toEqual(findQuantities(text, language));
  });
});
