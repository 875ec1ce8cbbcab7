import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { extractArticle } from '..';
import { budgetYearClues } from './budget-year';

const years = (text: string, month: number | null) => budgetYearClues(toDoc('t.txt', `Заголовок\n\n${text}`).doc, month).map((c) => c.year);

describe('budgetYearClues: the budget a text of the first half of a year speaks of is that year\'s', () => {
  it.each([
    ['ru: «дефицит бюджета на 2014 год» in March', 'Министр финансов сообщил, что дефицит бюджета на 2014 год составит 5 процентов.', 3, [2014]],
    ['ru: «республиканского бюджета на 2008 год» in May', 'Депутаты обсудили исполнение республиканского бюджета на 2008 год.', 5, [2008]],
    ['en: "the 2014 budget" in February', 'The minister said the 2014 budget would be revised.', 2, [2014]],
    ['en: "budget for 2014" in June', 'Lawmakers argued over the budget for 2014 on Monday.', 6, [2014]],
    // Negative rows.
    ['ru: from the summer on, the budget is often next year\'s', 'Правительство внесло проект бюджета на 2015 год.', 9, []],
    ['ru: two different budget years', 'Дефицит бюджета на 2013 год покрыт, а бюджет на 2014 год пересмотрят.', 4, []],
    ['ru: a year with no budget', 'В 2014 году товарооборот вырос.', 4, []],
    ['ru: no dateline month', 'Дефицит бюджета на 2014 год вырос.', null, []],
  ] as const)('%s', (_name, text, month, want) => {
    expect(years(text, month)).toEqual(want);
  });

  it('a yearless day-month takes the year of the budget told', () => {
    const text = 'Заголовок\n\nСегодня, 11 марта, вице-премьер Иван Орлов заявил, что дефицит бюджета на 2014 год может вырасти.';
    expect(extractArticle(toDoc('t.txt', text).doc).date.date).toBe('2014-03-11');
  });
});
