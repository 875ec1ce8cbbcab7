/** An anniversary whose founding year is told before it in the same sentence (`anniversaryClues`). Invented sentences. */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { dateKnowledge } from './kb';
import { anniversaryClues } from './year-clues';

const years = (text: string) => anniversaryClues(toDoc('t.txt', text).doc, dateKnowledge).map((c) => c.year);

describe('a founding told before an anniversary in its sentence', () => {
  it.each([
    ['en: "Founded in May 2011, … celebrated its 15th anniversary"', 'Plant\n\nFounded in May 2011, the cement plant in Tokmok celebrated its 15th anniversary with a concert for its workers.', [2026]],
    ['ru: «созданный в мае 2011 года … отпраздновал 15-летие»', 'Завод\n\nСозданный в мае 2011 года молочный комбинат в Токмоке отпраздновал 15-летие выставкой продукции.', [2026]],
    ['en: the founding after the anniversary, a month before the year', 'School\n\nThe school celebrates its 10th anniversary: it opened in September 2016.', [2026]],
    // Kept out: a count of years (no anniversary word) before a founding, and two years in the sentence.
    ['en: "15 years" is no anniversary', 'Plant\n\nThe plant, which opened in May 2011, has run for 15 years.', []],
    ['en: another year in the sentence', 'Plant\n\nThe plant, which opened in May 2011, marked its 10th anniversary in 2021.', []],
  ])('%s', (_name, text, want) => {
    expect(years(text)).toEqual(want);
  });
});
