import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// Entries of a list of key dates told without a finite verb: a named declaration alone, an opening
// told by a short participle. Each entry is an event of its own date.
describe('chronology entries without a finite verb', () => {
  it.each([
    ['ru: a named declaration alone after the date',
      'date: 2019-05-10\n\nКлючевые даты:\n• 3 мая 1998 г. — Декларация о добрососедстве и партнерстве.\n• 4 июня 1999 г. — открыта школа в Оше.',
      ['1998-05-03 past agreement «• 3»', '1999-06-04 past other «• 4»']],
    ['en: a named declaration alone after the date',
      'date: 2019-05-10\n\nKey dates:\n- 3 May 1998 – Declaration on Good-Neighbourliness and Partnership\n- 4 June 1999 – Treaty of Friendship',
      ['1998-05-03 past agreement «3 May»', '1999-06-04 past agreement «4 June»']],
    ['ru: a short participle of an opening with a date of its own',
      'date: 2019-05-10\n\nПервые классы были заполнены быстро. Новые школы открыты в сентябре 2018 года.',
      ['2018-09 past other «Новые школы»']],
    // A declaration named outside a timeline entry is no signing (timeline-entry.test.ts), so a related link tells nothing.
    ['ru: a link under «Материалы по теме:» takes no date from its publication stamp',
      'date: 2019-05-10\n\nМатериалы по теме:\n— Декларация о дружбе: год спустя (27.07.2002)',
      []],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it.each([
    // A declaration not named as a document and the adverb «открыто» tell no event.
    ['ru', 'date: 2019-05-10\n\nТам и родилась идея декларации о дружбе.'],
    ['ru', 'date: 2019-05-10\n\nМинистр открыто сказал об этом в мае 2018 года.'],
    ['en', 'date: 2019-05-10\n\nThe two sides want to move from declarations to projects.'],
  ])('%s: %s tells no event', (_lang, text) => {
    expect(milestoneLines(text)).toEqual([]);
  });
});
