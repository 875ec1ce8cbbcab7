import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a count of documents or trips is a tally, not an event', () => {
  it.each([
    ['ru: «За это время подписано более 200 договоров»',
      'date: 2004-03-11\n\nВ среду министры встретились в Москве. За это время между странами подписано более 150 договоров и соглашений.',
      ['2004-03-10 past meeting «В среду»']],
    ['ru: «больше десятка визитов» in a year',
      'date: 2004-03-11\n\nВ среду министры встретились в Москве. Только за первые месяцы этого года у нас было больше десятка визитов на уровне заместителей министров.',
      ['2004-03-10 past meeting «В среду»']],
    ['en: "more than 150 agreements have been signed since"',
      'date: 2004-03-11\n\nThe two ministers met in Moscow on Wednesday. More than 150 agreements have been signed since the two countries established relations.',
      ['2004-03-10 past meeting «The two»']],
    ['en: "dozens of visits"',
      'date: 2004-03-11\n\nThe two ministers met in Moscow on Wednesday. Dozens of visits by officials took place last year.',
      ['2004-03-10 past meeting «The two»']],
    // A ceremony of the day where a vague number of documents was signed is a signing, not a tally.
    ['en: "then oversaw the signing of more than a dozen documents"',
      'date: 2004-03-11\n\nThe prime ministers met in Moscow on Wednesday. They then oversaw the signing of more than a dozen documents on energy and transport.',
      ['2004-03-10 past meeting «The prime»', '2004-03-10 past agreement «They then»']],
    ['ru: «в присутствии премьеров подписано более десятка документов»',
      'date: 2004-03-11\n\nВ среду премьеры встретились в Москве. Затем в присутствии премьеров подписано более десятка документов.',
      ['2004-03-10 past meeting «В среду»', '2004-03-10 past agreement «Затем в»']],
    ['ru: «всего по итогам переговоров подписано более 20 документов» is the talks\' outcome',
      'date: 2004-03-11\n\nВ среду премьеры встретились в Москве. Всего по итогам переговоров подписано более 20 документов.',
      ['2004-03-10 past meeting «В среду»', '2004-03-10 past agreement «Всего по»']],
    ['en: "more than 20 documents have been signed following the talks"',
      'date: 2004-03-11\n\nThe prime ministers met in Moscow on Wednesday. More than 20 documents have been signed following the talks.',
      ['2004-03-10 past meeting «The prime»', '2004-03-10 past agreement «More than»']],
    ['ru: documents counted over the years after talks are still a tally',
      'date: 2004-03-11\n\nВ среду премьеры встретились в Москве. За эти годы по итогам переговоров подписано более 200 документов.',
      ['2004-03-10 past meeting «В среду»']],
    ['en: a ceremony counted over the years is still a tally',
      'date: 2004-03-11\n\nThe prime ministers met in Moscow on Wednesday. Over the years they have witnessed the signing of more than a dozen documents.',
      ['2004-03-10 past meeting «The prime»']],
    ['ru: documents counted at a signing still make one',
      'date: 2004-03-11\n\nВ среду министры встретились в Москве. По итогам переговоров подписано 15 документов.',
      ['2004-03-10 past meeting «В среду»', '2004-03-10 past agreement «По итогам»']],
    ['en: "more than 20 documents were signed" on a day is a signing',
      'date: 2004-03-11\n\nThe two ministers met in Moscow on Wednesday. More than 20 documents were signed on Thursday.',
      ['2004-03-10 past meeting «The two»', '2004-03-11 past agreement «More than»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
