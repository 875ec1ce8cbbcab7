import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** A document told by what it provides for is described, no event of its own (marker 'descriptive', undated clauses). */
describe('a document told by its content', () => {
  it.each([
    ['ru: «Документ предусматривает …», «Статья договора посвящена …» after the signing',
      'date: 2031-06-10\n\nМинистры подписали соглашение о культуре. Документ, по словам министра, предусматривает обмен студентами. Отдельная статья договора посвящена музеям.',
      ['2031-06-10 past agreement «Министры подписали»']],
    ['ru: «Старое соглашение ограничивало …», «Документ позволяет …» after the drafting told',
      'date: 2031-06-10\n\nВ марте министры подписали новое соглашение об авиасообщении. Старое соглашение ограничивало количество допущенных компаний. Документ позволяет открыть рейсы из Оша.',
      ['2031-03 past agreement «В марте»']],
    ['en: "The document provides for …" after the signing',
      'date: 2031-06-10\n\nThe ministers signed an accord on culture. The document, the minister said, provides for student exchanges.',
      ['2031-06-10 past agreement «The ministers»']],
    ['ru: «Соглашение регулирует …» after the ratification',
      'date: 2031-06-10\n\nПарламент ратифицировал соглашение о культуре. Соглашение регулирует вопросы обмена студентами и гастролей театров.',
      ['2031-06-10 past agreement «Парламент ратифицировал»']],
    ['en: "The agreement is based on …", "regulates …" after the law signed',
      'date: 2031-06-10\n\nThe president signed the law ratifying an accord on culture. The accord is based on mutual respect for the heritage of both nations. The accord regulates student exchanges.',
      ['2031-06-10 past agreement «The president»']],
    ['ru: «Реализация Соглашения будет способствовать …» after the law signed',
      'date: 2031-06-10\n\nПрезидент подписал закон о ратификации соглашения о культуре. Реализация Соглашения будет способствовать росту обменов между театрами.',
      ['2031-06-10 past agreement «Президент подписал»']],
    ['en: "Implementation of the agreement will help …" after the law signed',
      'date: 2031-06-10\n\nThe president signed the law ratifying an accord on culture. Implementation of the agreement will help theatres tour both countries.',
      ['2031-06-10 past agreement «The president»']],
    // Negative: a content clause with a step of its own stays an event.
    ['ru: «Документ предусматривает, что министры подготовят соглашение»',
      'date: 2031-06-10\n\nМинистры подписали меморандум. Документ предусматривает, что министры в течение года подготовят соглашение.',
      ['2031-06-10 past agreement «Министры подписали»', 'null planned agreement «Документ предусматривает,»']],
    // Negative: a signing with a date of its own in the same sentence stays.
    ['ru: «Соглашение, подписанное 3 июня, предусматривает …»',
      'date: 2031-06-10\n\nСоглашение, подписанное 3 июня, предусматривает обмен студентами.',
      ['2031-06-03 past agreement «Соглашение, подписанное»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
