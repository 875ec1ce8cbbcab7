import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// "…on Tuesday, with both men pledging to make 2032 …", «…во вторник, договорившись отметить в 2032 году …»: what the sides
// pledged or agreed is a clause of its own, dated by its own year; the talks keep their day.
describe('a pledge told after the talks in an absolute or adverbial clause', () => {
  it.each([
    ['en: ", with both men pledging to make 2032, the 40th anniversary …"',
      'date: 2031-04-23\n\nThe foreign minister hosted his Kyrgyz counterpart in Moscow on Tuesday, with both men pledging to make 2032, the 40th anniversary of diplomatic ties, a showcase year.'],
    ['ru: «…во вторник, договорившись широко отметить в 2032 году 40-летие …»',
      'date: 2031-04-23\n\nМинистры иностранных дел Киргизии и России провели переговоры в Бишкеке во вторник, договорившись широко отметить в 2032 году 40-летие дипломатических отношений.'],
  ])('%s', (_name, text) => {
    const lines = milestoneLines(text);
    expect(lines.some((l) => l.startsWith('2031-04-22 past meeting'))).toBe(true);
    expect(lines.some((l) => l.startsWith('2032 planned anniversary'))).toBe(true);
  });

  it.each([
    ['en: ", with the two sides signing five agreements" is no pledge: one clause',
      'date: 2031-04-23\n\nThe talks ended in Moscow on Tuesday, with the two sides signing five agreements.'],
  ])('%s', (_name, text) => {
    expect(milestoneLines(text).every((l) => l.startsWith('2031-04-22'))).toBe(true);
  });
});
