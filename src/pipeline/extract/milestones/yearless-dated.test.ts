import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// A trigger told in passing counts only with a date of its own ('dated': a currency introduced, a border closed, an
// election). On a page with no year anywhere, the day and month the clause tells are that date even though no mention
// can carry it: the event is told, of a date the timeline cannot place (null).
describe('a dated trigger with its day and month on a page without a year', () => {
  it.each([
    ['ru: «Со вторника, 2 марта, в стране введена собственная валюта»',
      'source: Вестник\n\nДеньги\n\nСо вторника, 2 марта, в стране введена собственная валюта. Обмен старых купюр займёт десять дней.',
      ['null past other «Со вторника,»']],
    ['en: "On March 2 the country introduced its own currency"',
      'source: Herald\n\nMoney\n\nOn March 2 the country introduced its own currency, the crown. Old notes can be exchanged for ten days.',
      ['null past other «On March»']],
    ['ru: a time word («в июне») dates the clause as well',
      'source: Вестник\n\nДеньги\n\nВ июне в стране была введена собственная валюта.',
      ['null past other «В июне»']],
    ['en: a time word ("last year") dates the clause as well',
      'source: Herald\n\nMoney\n\nThe country introduced its own currency last year.',
      ['null past other «The country»']],
    // Negative: with no day told, the trigger told in passing stays none; with a year on the page, the date rules decide.
    ['ru: a currency introduced with no day of its own stays none',
      'source: Вестник\n\nДеньги\n\nСтрана перешла на собственную валюту, напомнил глава Нацбанка. Обмен займёт десять дней.',
      []],
    ['en: a currency introduced with no time of its own stays none',
      'source: Herald\n\nMoney\n\nThe country introduced its own currency, the bank chief recalled.',
      []],
    ['ru: on a dated page the day resolves as before',
      'date: 1994-03-05\n\nСо вторника, 2 марта, в стране введена собственная валюта.',
      ['1994-03-02 past other «Со вторника,»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
