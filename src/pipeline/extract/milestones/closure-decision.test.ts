import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a decision taken to close a base («приняло решение о закрытии авиабазы», "decided to close the base") is an event of its own day', () => {
  it.each([
    ['ru: «приняло решение о закрытии … авиабазы» told in reported speech',
      'date: 2031-04-09\n\nПремьер заявил, что правительство приняло решение о закрытии иностранной авиабазы под Ошем.',
      ['2031-04-09 past other «Премьер заявил,»']],
    ['ru: «решили закрыть … базу» after talks of the day before',
      'date: 2031-04-09\n\nВчера министры провели переговоры в Москве. После переговоров стороны решили закрыть старую военную базу.',
      ['2031-04-08 past meeting «Вчера министры»', '2031-04-08 past other «После переговоров»']],
    ['en: "made a decision to close the … base"',
      'date: 2031-04-09\n\n"Today the cabinet made a decision to close the foreign air base," the president said.',
      ['2031-04-09 past other «"Today the»']],
    ['en: "has decided to close the base"',
      'date: 2031-04-09\n\nThe government has decided to close the foreign base.',
      ['2031-04-09 past other «The government»']],
    ['ru: «сообщил журналистам о решении правительства закрыть … базу»',
      'date: 2031-04-09\n\nВице-премьер Иван Орлов сообщил журналистам о решении правительства закрыть учебную военную базу.',
      ['2031-04-09 past other «Вице-премьер Иван»']],
    ['en: "announced the government\'s decision to close the … base"',
      'date: 2031-04-09\n\nThe president announced the government\'s decision to close the foreign air base.',
      ['2031-04-09 past other «The president»']],
    ['ru: «приняло решение о выводе … авиабазы»: a withdrawal decided is a closure decided',
      'date: 2031-04-09\n\nНа пресс-конференции вице-премьер объявил, что кабинет принял решение о выводе иностранной авиабазы из аэропорта Тамчы.',
      ['2031-04-09 past other «На пресс-конференции»']],
    ['ru: the passive «принято решение о выводе … базы»',
      'date: 2031-04-09\n\nВице-премьер сообщил, что кабинетом принято решение о выводе учебной базы с территории области.',
      ['2031-04-09 past other «Вице-премьер сообщил,»']],
    // Negative: a closure only named, with no decision and no date of its own, stays background.
    ['en: "the closure of the base" without a date',
      'date: 2031-04-09\n\nThe closure of the base worried local traders.',
      []],
    ['ru: a decision to close a shop is no base', 'date: 2031-04-09\n\nМэр сообщил о решении закрыть рынок у вокзала.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
