import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a bare document noun with a date of its own gives the day of the signing told before', () => {
  it.each([
    ['ru: «Документ подписан накануне в Москве.»',
      'date: 2031-01-22\n\nКиргизия и Россия подписали протокол о поставках топлива на 2031 год. Об этом сообщили в министерстве.\n\nДокумент подписан накануне в Москве.',
      ['2031-01-21 past agreement «Киргизия и»']],
    ['en: "The document was signed on Monday in Moscow."',
      'date: 2031-01-22\n\nKyrgyzstan and Russia signed a protocol on fuel supplies for 2031, the ministry said. The document was signed on Monday in Moscow.',
      ['2031-01-20 past agreement «Kyrgyzstan and»']],
    // Negative: a new step of the document is an event of its own.
    ['ru: «Документ ратифицирован накануне»',
      'date: 2031-01-22\n\nКиргизия и Россия подписали протокол о поставках топлива. Документ ратифицирован накануне парламентом.',
      ['2031-01-22 past agreement «Киргизия и»', '2031-01-21 past agreement «Документ ратифицирован»']],
    // Negative: with two signings told undated, the bare noun names neither for sure.
    ['ru: two undated signings before',
      'date: 2031-01-22\n\nКиргизия и Россия подписали протокол о поставках топлива. Кроме того, министры подписали соглашение о транзите грузов. Документ подписан накануне в Москве.',
      ['2031-01-22 past agreement «Киргизия и»', '2031-01-22 past agreement «Кроме того,»', '2031-01-21 past agreement «Документ подписан»']],
    // Negative: the document a new one replaces is another, older one, signed in its own year.
    ['ru: «Оно заменит документ 2011 года»',
      'date: 2031-01-22\n\nПравительство Алтайского края и кабинет министров Киргизии подписали соглашение о сотрудничестве. Оно заменит документ 2011 года.',
      ['2031-01-22 past agreement «Правительство Алтайского»', '2011 past agreement «Оно заменит»']],
    ['en: "It replaces the 2008 agreement"',
      'date: 2031-01-22\n\nThe Altai region and the Kyrgyz cabinet signed a cooperation agreement. It replaces the agreement of 2008.',
      ['2031-01-22 past agreement «The Altai»', '2008 past agreement «It replaces»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a bare note with a day of its own gives the day of the note told before', () => {
  it.each([
    ['en: "the note was delivered a day earlier"',
      'date: 2031-11-06\n\nThe Foreign Ministry has handed a note of protest to the embassy over the raids.\n\nThe ministry said on Thursday that the note was delivered a day earlier.',
      ['2031-11-05 past statement «The Foreign»']],
    ['ru: «нота была вручена накануне»',
      'date: 2031-11-06\n\nМИД вручил ноту протеста посольству.\n\nКак уточнили в ведомстве, нота была вручена накануне.',
      ['2031-11-05 past statement «МИД вручил»']],
    // Negative: a note told with its day keeps it; a note of another body told with an own day is not that note.
    ['en: the note told with its day, then named again undated',
      'date: 2031-11-06\n\nOn Monday the Foreign Ministry handed a note of protest to the embassy. The note concerned the raids.',
      ['2031-11-03 past statement «On Monday»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
