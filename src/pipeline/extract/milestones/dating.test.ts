import { describe, expect, it } from 'vitest';
import { isAfter } from './dating';
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
