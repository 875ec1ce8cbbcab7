import { describe, expect, it } from 'vitest';
import { inPlanRange, isAfter } from './dating';
import { milestoneLines as run } from './test-kit';

describe('dating helpers', () => {
  it.each([
    ['2019-03-28', '2019-03-27', true],
    ['2019-03', '2019-03-27', false],
    ['2018', '2019-03-27', false],
  ] as const)('%s is after %s: %s', (a, b, want) => expect(isAfter(a, b)).toBe(want));
});

describe('a host’s words told in a relative clause do not make the reception a plan', () => {
  it.each([
    ['en: "who told him that … should"',
      'date: 2030-05-10\n\nThe minister held talks in Osh on May 9. He was received by the governor, who told him that the new bridge should carry lorries as well.',
      ['2030-05-09 past meeting «The minister»', '2030-05-09 past meeting «He was»']],
    ['ru: «который заверил его, что … будет»',
      'date: 2030-05-10\n\nМинистр 9 мая провел переговоры в Оше. Его принял губернатор, который заверил его, что новый мост будет выдерживать грузовики.',
      ['2030-05-09 past meeting «Министр 9»', '2030-05-09 past meeting «Его принял»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('the start year of a term just given dates no event', () => {
  it.each([
    ['a 20-year lease extension, starting in 2025', 'The two sides agreed on a 20-year lease extension for the depot, starting in 2025.', '2025', true],
    ['«на 10 лет, начиная с 2026 года»', 'Соглашение продлевает аренду полигона на 10 лет, начиная с 2026 года.', '2026', true],
    ['"starting in 2025" with no term before it', 'Flights to Osh resume starting in 2025, the carrier said.', '2025', false],
    ['a day, not a bare year', 'The 5-year programme runs starting from March 2025.', 'March 2025', false],
  ])('%s', (_name, text, year, want) => {
    const start = text.indexOf(year);
    expect(inPlanRange(text, { start, end: start + year.length })).toBe(want);
  });
});

describe('a leader passing through a capital is a visit', () => {
  it.each([
    ['en: "breezed through Bishkek on <day>"',
      'date: 2014-05-30\n\nRussian Prime Minister Dmitry Medvedev breezed through Bishkek on May 29, spending four hours in talks.',
      ['2014-05-29 past visit «Russian Prime»']],
    ['en: "stopped off in Osh" is a visit',
      'date: 2014-05-30\n\nThe Russian defence minister stopped off in Osh on May 29 on his way to Dushanbe.',
      ['2014-05-29 past visit «The Russian»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// «недавно», "recently" told of a past event with no date of its own: the article's year, not its day.
describe('a past event told as recent, with no date of its own', () => {
  it.each([
    ['ru: «совсем недавно, на саммите в Душанбе, лидеры договорились …»',
      'date: 2000-07-27\n\nПрезидент напомнил, что совсем недавно, на саммите в Душанбе, лидеры договорились о совместных действиях против терроризма.',
      ['2000 past summit «Президент напомнил,»']],
    ['en: "the two presidents met quite recently in Astana"',
      'date: 2018-12-06\n\nPutin said the two presidents met quite recently in Astana, at the CSTO summit.',
      ['2018 past summit «Putin said»']],
    // Negative: a date of its own wins; a plan stays undated; the adverb before a participle describes the person.
    ['ru: «недавно, 9 декабря, …» keeps its day',
      'date: 2022-12-27\n\nПутин напомнил, что виделся с коллегой совсем недавно: 9 декабря в Бишкеке прошло заседание Высшего Евразийского экономического совета.',
      ['2022-12-09 past summit «Путин напомнил,»']],
    ['en: "the recently appointed minister held talks" is not dated by the adverb',
      'date: 2018-12-06\n\nThe recently appointed minister held talks with his Russian counterpart in Moscow.',
      ['null past meeting «The recently»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
