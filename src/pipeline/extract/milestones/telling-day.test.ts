import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('what was told is dated only by the article, the telling has a day of its own: a statement of that day', () => {
  it.each([
    ['ru: «… договорились о поставках пшеницы, чтобы …, сообщил во вторник премьер-министр X»',
      'date: 2019-09-25\n\nКиргизия и Россия договорились о дополнительных поставках пшеницы, чтобы сдержать рост цен на муку, сообщил во вторник премьер-министр Киргизии Мухаммедкалый Абылгазиев.',
      ['2019-09-25 past agreement «Киргизия и»', '2019-09-24 past statement «Киргизия и»']],
    ['ru: told without a day of its own, no statement',
      'date: 2019-09-25\n\nКиргизия и Россия договорились о дополнительных поставках пшеницы, чтобы сдержать рост цен на муку, сообщил премьер-министр Киргизии Мухаммедкалый Абылгазиев.',
      ['2019-09-25 past agreement «Киргизия и»']],
    ['en: "…, Prime Minister X said on Tuesday" after what is told (a statement already)',
      'date: 2019-09-25\n\nKyrgyzstan and Russia agreed on additional wheat supplies to curb flour prices, Prime Minister Mukhammedkaly Abylgaziev said on Tuesday.',
      ['2019-09-24 past statement «Kyrgyzstan and»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
