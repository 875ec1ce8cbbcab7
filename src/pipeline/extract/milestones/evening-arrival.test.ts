import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// An arrival in the evening or night before the article's day: the talks told after it are of the article's day.
describe('talks after an arrival the evening before', () => {
  it.each([
    ['ru: «прибыла … накануне вечером», then talks undated',
      'date: 2032-09-08\n\nСегодня в Томске губернатор и министр экономики Киргизии подписали меморандум о сотрудничестве.\n\nДелегация прибыла в Томск накануне вечером. Открывая переговоры, губернатор напомнил об истории связей.',
      ['2032-09-08 past agreement «Сегодня в»', '2032-09-07 past visit «Делегация прибыла»', '2032-09-08 past meeting «Открывая переговоры,»']],
    ['en: "arrived … yesterday evening", then talks undated',
      'date: 2032-09-08\n\nThe governor and the Kyrgyz economy minister signed a memorandum in Tomsk today.\n\nThe delegation arrived in Tomsk yesterday evening. The governor held talks with the minister in the regional administration.',
      ['2032-09-08 past agreement «The governor»', '2032-09-07 past visit «The delegation»', '2032-09-08 past meeting «The governor»']],
    ['en: "arrived … yesterday", no evening: the talks keep the arrival’s day',
      'date: 2032-09-08\n\nThe governor and the Kyrgyz economy minister signed a memorandum in Tomsk today.\n\nThe delegation arrived in Tomsk yesterday. The governor held talks with the minister in the regional administration.',
      ['2032-09-08 past agreement «The governor»', '2032-09-07 past visit «The delegation»', '2032-09-07 past meeting «The governor»']],
    // Negative: an arrival of the day before with no evening told keeps its talks.
    ['ru: «прибыла накануне», then talks undated',
      'date: 2032-09-08\n\nСегодня в Томске губернатор и министр экономики Киргизии подписали меморандум о сотрудничестве.\n\nДелегация прибыла в Томск накануне. Открывая переговоры, губернатор напомнил об истории связей.',
      ['2032-09-08 past agreement «Сегодня в»', '2032-09-07 past visit «Делегация прибыла»', '2032-09-07 past meeting «Открывая переговоры,»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
