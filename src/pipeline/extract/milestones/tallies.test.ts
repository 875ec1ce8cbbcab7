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
    ['ru: «всего в ходе официального визита подписано более 15 документов» is the visit\'s outcome',
      'date: 2004-03-11\n\nВ среду премьер прибыл в Москву. Всего в ходе официального визита подписано более 15 документов.',
      ['2004-03-10 past visit «В среду»', '2004-03-10 past agreement «Всего в»']],
    ['en: "more than a dozen documents were signed during the state visit"',
      'date: 2004-03-11\n\nThe president arrived in Moscow on Wednesday. In all, more than a dozen documents were signed during the state visit.',
      ['2004-03-10 past visit «The president»', '2004-03-10 past agreement «In all,»']],
    ['ru: documents counted over the years of visits are still a tally',
      'date: 2004-03-11\n\nВ среду премьеры встретились в Москве. За эти годы в ходе визитов подписано более 200 документов.',
      ['2004-03-10 past meeting «В среду»']],
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
    ['en: a single document signed, then a count in a new conjunct of its own: the document is an event',
      'date: 2004-03-11\n\nThe presidents signed a joint declaration, and their ministers signed more than a dozen agreements.',
      ['2004-03-11 past agreement «The presidents»']],
    ['ru: «подписали декларацию, а министры подписали более десятка соглашений»',
      'date: 2004-03-11\n\nПрезиденты подписали совместную декларацию, а министры подписали более десятка соглашений.',
      ['2004-03-11 past agreement «Президенты подписали»']],
    ['en: the count in the same conjunct is still a tally',
      'date: 2004-03-11\n\nThe ministers met in Moscow on Wednesday. So far, the two sides have signed more than a dozen agreements.',
      ['2004-03-10 past meeting «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('money summed up since a year is a running total, not a grant or a loan of that year', () => {
  it.each([
    ['en: "has approved loans worth $700mn since 2016"',
      'date: 2027-05-10\n\nThe ministers met in Osh on Friday. The development fund has approved loans worth more than $700mn since 2016, its chairman said.',
      ['2027-05-07 past meeting «The ministers»']],
    ['en: "has provided around $150 million in grants … since 2016"',
      'date: 2027-05-10\n\nThe ministers met in Osh on Friday. Moscow has provided around $150 million in grants to help the republic adapt to customs rules since 2016.',
      ['2027-05-07 past meeting «The ministers»']],
    ['ru: «с 2016 года Россия выделила более 600 млн долларов»',
      'date: 2027-05-10\n\nВ пятницу министры встретились в Оше. С 2016 года Россия выделила республике более 600 млн долларов безвозмездной помощи.',
      ['2027-05-07 past meeting «В пятницу»']],
    // Kept: a grant with a date of its own, and a year that is the grant's own, not where a total starts.
    ['en: a grant provided in 2016 is a step of that year',
      'date: 2027-05-10\n\nMoscow provided a $150 million grant to the republic in 2016.',
      ['2016 past other «Moscow provided»']],
    ['ru: «в 2016 году Россия выделила грант» is a step of that year',
      'date: 2027-05-10\n\nВ 2016 году Россия выделила республике грант в размере 30 млн долларов.',
      ['2016 past other «В 2016»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
