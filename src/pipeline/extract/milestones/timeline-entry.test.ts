import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('events told in a timeline entry take its date', () => {
  it.each([
    ['ru: a chronicle’s «N июня.» dates the paragraphs up to the next entry',
      'ХРОНИКА\nИюль 2030 года\n\n3 июля. В Оше состоялись переговоры министров иностранных дел России и Киргизии.\n\nВ ходе встречи стороны подписали протокол о консультациях.\n\n9 июля. Премьер-министр Киргизии прибыл в Москву с официальным визитом.\n\n«Вечерний вестник» № 15, август 2030 г.',
      ['2030-07-03 past meeting «В Оше»', '2030-07-03 past agreement «В ходе»', '2030-07-09 past visit «Премьер-министр Киргизии»']],
    ['en: the second sentence of a dash entry',
      'date: 2031-02-10\n\nA look back.\n\nTIMELINE: 2030\n\n4 May – Summit of the union in Minsk; the presidents of Russia and Kyrgyzstan held talks.\n12 November – The Kyrgyz premier visited Moscow.',
      ['2030-05-04 past summit «4 May»', '2030-05-04 past meeting «the presidents»', '2030-11-12 past visit «12 November»']],
    // Negative: prose after a box of dash entries is not the box's.
    ['en: prose after the box is dated as narrative',
      'date: 2031-02-10\n\nA look back.\n\nTIMELINE: 2030\n\n4 May – CIS summit in Minsk.\n12 November – CSTO summit in Astana.\n\nThe foreign ministers of Russia and Kyrgyzstan held talks in Osh.',
      ['2030-05-04 past summit «4 May»', '2030-11-12 past summit «12 November»', '2031-02-10 past meeting «The foreign»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a timeline entry that names a document tells its signing', () => {
  it.each([
    ['ru: «дата — Декларация о …» without a verb',
      'date: 2031-02-10\n\nОтношения двух стран.\n\nХРОНОЛОГИЯ\n\n14 мая 2001 года — Декларация о союзничестве России и Киргизии.\n3 марта 2004 года — Конвенция о торговле между Россией и Киргизией.',
      ['2001-05-14 past agreement «14 мая»', '2004-03-03 past agreement «3 марта»']],
    ['en: "- date – Declaration on …" after a bullet',
      'date: 2031-02-10\n\nRussia and Kyrgyzstan.\n\nKey dates\n- 14 May 2001 – Declaration on Alliance of Russia and Kyrgyzstan\n- 3 March 2004 – Charter of trade between Russia and Kyrgyzstan',
      ['2001-05-14 past agreement «14 May»', '2004-03-03 past agreement «3 March»']],
    // Negative: a document named in prose without a verb, or after a date inside a sentence, tells no signing.
    ['ru: a declaration named in prose is no signing',
      'date: 2031-02-10\n\nДекларация о союзничестве России и Киргизии остается основой отношений.\n\nЭксперты обсуждают ее значение.',
      []],
    ['en: a dated line that is no timeline tells no signing',
      'date: 2031-02-10\n\nRussia and Kyrgyzstan.\n\n14 May 2001 – Declaration on Alliance of Russia and Kyrgyzstan\n\nExperts praise it.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a list of signings in running text goes on without its verb', () => {
  it.each([
    ['ru: «<дата> — Соглашение о …» after a signing',
      'date: 2031-02-10\n\nВспомним главное. 4 мая 2005 года был подписан договор о границе. 9 октября 2008 года — соглашение о транзите газа.',
      ['2005-05-04 past agreement «4 мая»', '2008-10-09 past agreement «9 октября»']],
    ['en: "<date> – the Agreement on …" after a signing',
      'date: 2031-02-10\n\nOn May 4, 2005 the two premiers signed a border treaty. October 9, 2008 – the agreement on gas transit.',
      ['2005-05-04 past agreement «On May»', '2008-10-09 past agreement «October 9,»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
