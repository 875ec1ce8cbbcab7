import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// A document being prepared or drafted for signing («поручено подготовить проект соглашения»,
// «к визиту готовится пакет документов», "agreements were being drafted for signing") is a
// planned agreement: a verb of preparing governs the document, or its draft. A draft named
// without such a verb («проект соглашения обсуждается») stays excluded.
describe('a document being prepared or drafted is a planned agreement', () => {
  it.each([
    ['ru: «поручено подготовить к лету проект соглашения»',
      'date: 1996-02-20\n\nМинистрам также поручено подготовить к лету проект соглашения о трудовой миграции.',
      ['1996 planned agreement «Министрам также»']],
    ['ru: «рабочая группа должна подготовить соглашение до конца года»',
      'date: 2008-03-20\n\nРабочая группа до конца года должна подготовить межправительственное соглашение о транзите грузов.',
      ['2008 planned agreement «Рабочая группа»']],
    ['ru: «стороны рассчитывают подготовить соглашение» (not an opinion)',
      'date: 2014-04-20\n\nК лету стороны рассчитывают подготовить соглашение о совместном предприятии.',
      ['2014 planned agreement «К лету»']],
    ['ru: «готовится пакет документов» for a visit to come',
      'date: 2017-02-10\n\nПремьер-министр посетит Москву 20 февраля. К визиту готовится пакет межправительственных документов.',
      ['2017-02-20 planned visit «Премьер-министр посетит»', '2017-02-20 planned agreement «К визиту»']],
    ['en: "agreements were being drafted for signing"',
      'date: 2017-02-10\n\nThe prime minister will visit Moscow on February 20. Several agreements were being drafted for signing during the visit.',
      ['2017-02-20 planned visit «The prime»', '2017-02-20 planned agreement «Several agreements»']],
    ['en: "to prepare a draft agreement by the autumn"',
      'date: 1996-02-20\n\nThe ministers were told to prepare a draft agreement on labour migration by the autumn.',
      ['1996 planned agreement «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it.each([
    ['ru', 'date: 2012-06-20\n\nПроект соглашения о трудовой миграции обсуждается экспертами.'],
    ['ru', 'date: 2012-06-20\n\nЭксперты считают проект договора слишком сложным.'],
    ['en', 'date: 2012-06-20\n\nThe draft agreement on labour migration is still being discussed by experts.'],
  ])('%s: %s', (_lang, text) => {
    expect(milestoneLines(text)).toEqual([]);
  });
});
