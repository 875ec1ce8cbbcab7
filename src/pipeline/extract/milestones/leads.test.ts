import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { extractArticle } from '../index';

/** `date status type «first two words»` of every milestone the whole pass list finds. */
function run(text: string): string[] {
  return extractArticle(toDoc('t.txt', text).doc).milestones.map(
    (m) => `${m.date} ${m.status} ${m.type} «${m.quote.text.split(' ').slice(0, 2).join(' ')}»`,
  );
}

describe('lead events in the wording of news agencies', () => {
  it.each([
    ['en: "hosted" an official',
      'date: 2024-03-14\n\nThe Kyrgyz president hosted the Russian deputy prime minister in Bishkek on Wednesday.',
      ['2024-03-13 past meeting «The Kyrgyz»']],
    ['en: "welcomed" an official',
      'date: 2024-03-14\n\nThe speaker of parliament welcomed the Russian ambassador on Monday.',
      ['2024-03-11 past meeting «The speaker»']],
    ['en: credentials presented',
      'date: 2024-03-14\n\nThe new Russian ambassador presented his credentials to the president on Tuesday.',
      ['2024-03-12 past meeting «The new»']],
    ['ru: «вручил верительные грамоты»',
      'date: 2024-02-20\n\nНовый посол вручил верительные грамоты президенту в прошлом месяце.',
      ['2024-01 past meeting «Новый посол»']],
    ['en: "agreed to meet" is a plan',
      'date: 2023-10-13\n\nThe presidents spoke by phone on Thursday. They agreed to meet in Bishkek later this month.',
      ['2023-10-12 past meeting «The presidents»', '2023-10 planned meeting «They agreed»']],
    ['ru: «пройдёт» spelt with «ё» is a plan',
      'date: 2019-03-28\n\nСледующее заседание межправительственной комиссии пройдёт осенью в Москве.',
      ['2019 planned igc_session «Следующее заседание»']],
    ['ru: «соберётся» spelt with «ё»',
      'date: 2019-03-28\n\nРабочая группа соберётся в апреле в Оше.',
      ['2019-04 planned meeting «Рабочая группа»']],
    ['ru: a foundation stone laid',
      'date: 2019-03-28\n\nЛидеры приняли участие в церемонии закладки камня в основание нового центра.',
      ['2019-03-28 past other «Лидеры приняли»']],
    ['en: a foundation stone laid',
      'date: 2019-03-28\n\nThe two presidents laid the foundation stone of a new school on Thursday.',
      ['2019-03-28 past other «The two»']],
    ['ru: «обменялись мнениями» between two parties',
      'date: 2023-10-13\n\nВ четверг министры двух стран обменялись мнениями о ходе сотрудничества.',
      ['2023-10-12 past meeting «В четверг»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
