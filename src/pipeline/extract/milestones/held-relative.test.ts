import { describe, expect, it } from 'vitest';
import { tellsItsHolding } from './held-relative';
import { milestoneLines as run } from './test-kit';

describe('tellsItsHolding: the text after a relative pronoun tells when its antecedent is held', () => {
  it.each([
    ['en: "is due to take place"', ' is due to take place in Osh in the third quarter of 2019', true],
    ['en: "will be held"', ' will be held in Kazan in 2018', true],
    ['en: "is scheduled for"', ' is scheduled for 2022', true],
    ['ru: «пройдёт»', ' пройдёт в Оше в 2019 году', true],
    ['ru: «запланировано»', ' запланировано на 2020 год', true],
    ['en: a past verb about something else', ' opened in 2003', false],
    ['en: a document entering into force', ' will enter into force in 2027', false],
    ['ru: «открылась»', ' открылась в 2003 году', false],
  ])('%s', (_name, tail, want) => {
    expect(tellsItsHolding(tail)).toBe(want);
  });
});

describe('a year in a relative clause dates the gathering when the clause tells its holding', () => {
  it.each([
    ['en: a session "which is due to take place … of 2026"',
      'date: 2019-02-11\n\nThe proposals will be presented at the next session of the intergovernmental commission, which is due to take place in Osh in the second quarter of 2020.',
      ['2020 planned igc_session «The proposals»']],
    ['ru: a venue «который открылся в 1993 году» still gives the session no date',
      'date: 2019-02-11\n\nОчередное заседание комиссии пройдёт в Славянском университете, который открылся в 1993 году.',
      // The venue's opening, dated in its relative clause, is an event of its own (clauses.ts, cutStretch).
      ['null planned meeting «Очередное заседание»', '1993 past other «который открылся»']],
    ['en: a venue "which opened in 1993" still gives the session no date',
      'date: 2019-02-11\n\nThe next session of the commission will be held at the Slavic University, which opened in 1993.',
      ['null planned meeting «The next»', '1993 past other «which opened»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a relative clause with a date of its own tells an event of another kind in passing', () => {
  it.each([
    ['en: "toured the university, which opened in September 1993"',
      'date: 2019-02-13\n\nOn Tuesday the two ministers visited the Slavic University in Bishkek, which opened in September 1993.',
      ['2019-02-12 past visit «On Tuesday»', '1993-09 past other «which opened»']],
    ['ru: «посетили университет, который открылся в сентябре 1993 года»',
      'date: 2019-02-13\n\nВо вторник министры посетили в Бишкеке Славянский университет, который открылся в сентябре 1993 года.',
      ['2019-02-12 past visit «Во вторник»', '1993-09 past other «который открылся»']],
    ['en: "met the ambassador, who signed the lease in 2003": a signing beside a meeting',
      'date: 2019-02-13\n\nThe premier met the Russian ambassador, who signed the lease in 2003.',
      ['2019-02-13 past meeting «The premier»', '2003 past agreement «who signed»']],
    ['en: a document\'s own step stays with its signing (an event of the same kind)',
      'date: 2019-02-13\n\nThe two ministers signed the protocol, which was ratified in March.',
      ['2019-02-13 past agreement «The two»']],
  ] as const)('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
