import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «не исключена встреча», 'a meeting is not ruled out': a possible gathering is a plan; on the sidelines of the summit just planned it takes its day.
describe('a gathering told as not ruled out', () => {
  it.each([
    ['ru: «В кулуарах саммита не исключена встреча» after a summit planned for Friday',
      'date: 2030-06-19\n\nМинистры обсудили подготовку к саммиту, который пройдет в Оше в пятницу. В кулуарах саммита не исключена встреча министров финансов двух стран.',
      ['2030-06-21 planned summit «Министры обсудили»', '2030-06-21 planned summit «В кулуарах»']],
    ['en: "on the sidelines of the summit is not ruled out" after a summit planned for Friday',
      'date: 2030-06-19\n\nThe ministers discussed the summit to be held in Osh on Friday. A meeting of presidents Ivan Petrov and Anvar Sultanov on the sidelines of the summit is not ruled out.',
      ['2030-06-21 planned summit «The ministers»', '2030-06-21 planned meeting «A meeting»']],
    ['ru: «не исключается визит» with no date is a plan with none', 'date: 2030-06-19\n\nНе исключается визит министра Ивана Петрова в Ош.', ['null planned visit «Не исключается»']],
    // Negative: a summit of another name is not one just told: the possible meeting keeps no date.
    ['ru: «саммита ШОС» names another summit', 'date: 2030-06-19\n\nНа полях саммита ШОС в Душанбе не исключена отдельная встреча министров финансов.', ['null planned meeting «На полях»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
