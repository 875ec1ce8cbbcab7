import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// A day told without digits ("on Tuesday", «во вторник») is counted from the article's day: an anniversary of the
// next year named in the same clause does not move it into that year, and a founding is derived only from the fact's year.
describe('a weekday beside an anniversary of another year keeps its own year', () => {
  it.each([
    ['en: "hosted … on Tuesday, … to make 2027 the 35th anniversary"',
      'date: 2026-04-23\n\nRussian Foreign Minister Ivan Petrov hosted his Kyrgyz counterpart in Moscow on Tuesday, with both men pledging to make 2027, the 35th anniversary of diplomatic ties, a showcase year.'],
    ['ru: «во вторник … 35-летие» of the next year',
      'date: 2026-04-23\n\nМинистры иностранных дел Киргизии и России провели переговоры в Бишкеке во вторник, договорившись широко отметить в 2027 году 35-летие дипломатических отношений.'],
  ])('%s', (_name, text) => {
    const lines = milestoneLines(text);
    expect(lines.some((l) => l.startsWith('2026-04-21 past'))).toBe(true);
    expect(lines.some((l) => l.startsWith('1992-04-21') || l.startsWith('1991-04-21'))).toBe(false);
  });
});
