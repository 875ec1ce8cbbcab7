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
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
