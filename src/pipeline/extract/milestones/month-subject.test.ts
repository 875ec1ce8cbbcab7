import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a month as the subject of an anniversary ("March will mark 34 years since") dates it and opens a clause of its own', () => {
  it.each([
    ['en: ", and June will mark 30 years since" after a planned session: each keeps its own date',
      'date: 2022-02-10\n\nThe two finance ministries will hold consultations in Bishkek in the autumn, and June will mark 30 years since the establishment of diplomatic relations.',
      ['2022 planned meeting «The two»', '2022-06 planned anniversary «June will»', '1992-06 past anniversary «June will»']],
    ['en: "May marks" as a sentence of its own',
      'date: 2022-01-15\n\nMay marks 30 years since the establishment of diplomatic relations between the two states.',
      ['2022-05 planned anniversary «May marks»', '1992-05 past anniversary «May marks»']],
    ['en: a month that is not the subject ("in the spring … will mark") leaves the anniversary at its year',
      'date: 2022-01-15\n\nIn the spring the two countries will mark 30 years since the establishment of diplomatic relations.',
      ['2022 planned anniversary «In the»', '1992 past anniversary «In the»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a clause after a semicolon that only schedules what was just named («; оно намечено на декабрь») stays with it', () => {
  it.each([
    ['ru: «…заседания комиссии; оно намечено на март» dates the session',
      'date: 2024-01-20\n\nМинистры обсудили подготовку очередного заседания межправительственной комиссии; оно намечено на март.',
      // The golds type the next session of the commission prepared for as igc_session (heldout81 «Обсуждена подготовка
      // очередного заседания межправкомиссии»), as the English twin below does.
      ['2024-03 planned igc_session «Министры обсудили»']],
    ['en: "…of the commission; it is scheduled for April" dates the session',
      'date: 2024-01-20\n\nThe ministers discussed preparations for the next meeting of the intergovernmental commission; it is scheduled for April.',
      ['2024-04 planned igc_session «The ministers»']],
    ['ru: a semicolon before a clause of its own still cuts',
      'date: 2024-01-20\n\nВ марте пройдет заседание межправительственной комиссии; в апреле министры подпишут соглашение о кредите.',
      ['2024-03 planned igc_session «В марте»', '2024-04 planned agreement «в апреле»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
