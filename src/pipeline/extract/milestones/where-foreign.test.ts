import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// "…talks with a neighbour's premier in its capital, where the sides agreed …": what was agreed at a third country's
// talks, which are left out, is no event of the two sides either.
describe('a «where the sides agreed» clause after a third country\'s talks', () => {
  it.each([
    ['en: talks with an Uzbek premier',
      'date: 2024-03-10\n\nOn Friday the Kyrgyz premier held a telephone conversation with his Russian counterpart Ivan Orlov. At the start of March he had talks with Uzbek Prime Minister Kanat Bekov in Tashkent, where the sides agreed to build a new bridge.',
      ['2024-03-08 past meeting «On Friday»']],
    ['ru: переговоры с премьером Таджикистана',
      'date: 2024-03-10\n\nВ пятницу киргизский премьер провел телефонный разговор с российским премьером Иваном Орловым. Ранее в марте киргизский премьер провел переговоры с премьер-министром Таджикистана Канатом Бековым в Душанбе, где стороны договорились построить новый мост.',
      ['2024-03-08 past meeting «В пятницу»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
