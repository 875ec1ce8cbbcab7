import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { dateMentions } from './mentions';

/** `text → date` of every mention, in text order. */
function run(text: string, articleDate: string): string[] {
  const { doc } = toDoc('t.txt', text);
  return dateMentions(doc, articleDate).map((m) => `${m.text} → ${m.date}`);
}

describe('«ранее в ноябре», "earlier in November": a month told as past', () => {
  it.each([
    ['en: a later month in a February article is last year\'s', '2030-02-10', 'Earlier in November, at a forum in Osh, the envoy and the minister opened a library.', ['Earlier in November → 2029-11']],
    ['ru: «Ранее в октябре» in a March article', '2030-03-10', 'Ранее в октябре на форуме в Оше посол и министр открыли библиотеку.', ['Ранее в октябре → 2029-10']],
    ['en: an earlier month of the same year stays', '2030-12-10', 'Earlier in November the envoy opened a library.', ['Earlier in November → 2030-11']],
    // Negative: without «ранее» / "earlier" and without a verb the lexicon knows, the month keeps the article's year.
    ['en: "In November" with no tense stays', '2030-02-10', 'In November, at a forum in Osh, the envoy and the minister a library.', ['In November → 2030-11']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('"that year" after a year that names a thing in the same sentence', () => {
  it.each([
    ['en: "the 2011 law …, signed in May of that year"', '2030-02-10', 'The bridge opens on March 3, 2031. Yet the 2011 law on roads, signed by the premier in May of that year, drew criticism.', ['March 3, 2031 → 2031-03-03', 'in May of that year → 2011-05']],
    ['ru: «закон 2011 года …, подписанный в мае того же года»', '2030-02-10', 'Мост откроют 3 марта 2031 года. Закон 2011 года о дорогах, подписанный в мае того же года, вызвал критику.', ['3 марта 2031 года → 2031-03-03', '2011 года → 2011', 'в мае того же года → 2011-05']],
    // Negative: no year in the sentence, the date told before gives it.
    ['en: no year in the sentence', '2030-02-10', 'The bridge opened on March 3, 2011. The law was signed in May of that year.', ['March 3, 2011 → 2011-03-03', 'in May of that year → 2011-05']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('"would-be", "next-generation": a future word joined by a hyphen is no tense', () => {
  it.each([
    ['en: a past meeting with "would-be" after it', '2030-04-14', 'At their meeting on February 24, the president promised more help to would-be students.', ['February 24 → 2030-02-24']],
    ['en: "next-generation" after a past day', '2030-04-14', 'On February 24 the minister showed next-generation trucks to the press.', ['February 24 → 2030-02-24']],
    // Negative: a real future marker still sends an earlier month's day to the next year.
    ['en: "would" as a tense', '2030-04-14', 'The president said he would visit Osh on February 24.', ['February 24 → 2031-02-24']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('"the following day" after a planned day, however far ahead', () => {
  it.each([
    ['en: a plan six weeks ahead', '2030-09-01', 'The Kremlin said the president would visit Osh on October 12. The following day he is expected to attend a summit in Bishkek.', ['October 12 → 2030-10-12', 'The following day → 2030-10-13']],
    ['ru: «На следующий день» after a plan', '2030-09-01', 'Президент посетит Ош 12 октября. На следующий день он примет участие в саммите в Бишкеке.', ['12 октября → 2030-10-12', 'На следующий день → 2030-10-13']],
    // Negative: a planned day three sentences back is too far.
    ['en: too far back', '2030-09-01', 'The president will visit Osh on October 12. Trade grew. Prices fell. The following day he is expected to attend a summit.', ['October 12 → 2030-10-12', 'The following day → 2030-09-02']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});

describe('«стал», «стала»: a change of state told in the past dates a later month in the year before', () => {
  it.each([
    ['ru: «стал темой … во время визита в начале октября» in a February article', '2030-02-10', 'Вопрос виз стал главной темой бесед министров во время рабочего визита узбекского премьера в начале октября.', ['в начале октября → 2029-10']],
    ['ru: «стала» in a March article', '2030-03-10', 'Поставка зерна стала итогом переговоров губернаторов в середине декабря.', ['в середине декабря → 2029-12']],
    // Negative: «сталь» is a noun, no tense.
    ['ru: «сталь» is no verb', '2030-02-10', 'Поставки стали и цемента в конце октября.', ['в конце октября → 2030-10']],
  ] as const)('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});
