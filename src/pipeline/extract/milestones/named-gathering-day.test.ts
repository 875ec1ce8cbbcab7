import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A named gathering told first by its month and later, as the host of a meeting, by its day: that day.
describe('a named gathering told by its month, then by its day', () => {
  it.each([
    ['ru: «саммита ОДКБ, прошедшего в Минске в мае. … 14 мая на полях саммита ОДКБ …»',
      'date: 2031-06-03\n\nВо вторник министры обсудили итоги саммита ОДКБ, прошедшего в Минске в мае. Напомним, 14 мая на полях саммита ОДКБ президенты двух стран провели в Минске двустороннюю встречу.',
      '2031-05-14 past summit'],
    ['en: "the CSTO summit held in Minsk in May … On May 14, on the sidelines of the CSTO summit …"',
      'date: 2031-06-03\n\nOn Tuesday the ministers discussed the results of the CSTO summit held in Minsk in May. On May 14, on the sidelines of the CSTO summit in Minsk, the two presidents held a bilateral meeting.',
      '2031-05-14 past summit'],
  ])('%s', (_name, text, want) => {
    const lines = run(text);
    expect(lines.some((l) => l.startsWith(want))).toBe(true);
    expect(lines.some((l) => l.startsWith('2031-05 past summit'))).toBe(false);
  });

  it('another month keeps its own', () => {
    const lines = run('date: 2031-06-03\n\nВо вторник министры обсудили итоги саммита ОДКБ, прошедшего в Минске в апреле. Напомним, 14 мая на полях саммита ОДКБ президенты двух стран провели в Минске двустороннюю встречу.');
    expect(lines.some((l) => l.startsWith('2031-04 past summit'))).toBe(true);
  });
});
