import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('plans dated by a half of the year: the year of the article', () => {
  it.each([
    ['en: "prepared for the second half of the year"',
      'date: 2014-03-20\n\nThe ambassador said that a visit of the Russian prime minister to Kyrgyzstan was being prepared for the second half of the year.',
      ['2014 planned visit «The ambassador»']],
    ['en: "during the first half of the year"',
      'date: 2016-01-20\n\nThe next session of the intergovernmental commission will be held in Osh during the first half of the year.',
      ['2016 planned igc_session «The next»']],
    ['en: a season without an article, "scheduled for autumn"',
      'date: 2015-06-09\n\nThe official visit of the Russian prime minister to Kyrgyzstan is scheduled for autumn.',
      ['2015 planned visit «The official»']],
    ['en: "in spring" with the year written keeps that year',
      'date: 2015-06-09\n\nThe next session of the intergovernmental commission will be held in Osh in spring 2016.',
      ['2016 planned igc_session «The next»']],
    ['en: "in the second half of this year" (as before)',
      'date: 2016-01-20\n\nThe next session of the intergovernmental commission will be held in Osh in the second half of this year.',
      ['2016 planned igc_session «The next»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a plan a speaker tells in a transcript is no retelling of the gathering held', () => {
  const talks = 'date: 2021-04-14\n\nПереговоры прошли в режиме видеоконференции.\n\nИ.Петров: Уважаемые коллеги!\n\nС.Иванов: Спасибо.\n\n';
  it.each([
    ['ru: the next session planned «в первом полугодии» after the day\'s talks',
      `${talks}Очередное заседание комиссии планируется провести в Оше в первом полугодии.`,
      ['2021-04-14 past meeting «Переговоры прошли»', '2021 planned meeting «Очередное заседание»']],
    ['ru: a past gathering of the same year a speaker names again is still a retelling',
      `${talks}Заседание комиссии в этом году прошло конструктивно.`,
      ['2021-04-14 past meeting «Переговоры прошли»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
