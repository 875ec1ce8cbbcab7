import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a page that prints an official document', () => {
  it.each([
    ['ru: a treaty’s text is its signing on the day of its closing clause, not its undertakings',
      'СОГЛАШЕНИЕ\nо культурном сотрудничестве между Российской Федерацией и Кыргызской Республикой\n\nСтатья 1\nСтороны будут проводить ежегодные дни культуры.\n\nСтатья 2\nНастоящее Соглашение подлежит ратификации и вступит в силу в день обмена ратификационными грамотами.\n\nСовершено в г. Бишкеке 14 сентября 2018 года в двух экземплярах, каждый на русском и кыргызском языках.',
      ['2018-09-14 past agreement «Совершено в»']],
    ['en: the same in English, with the parties’ undertakings',
      'AGREEMENT\nbetween the Russian Federation and the Kyrgyz Republic on youth exchanges\n\nArticle 1\nThe Parties shall hold consultations at the level of ministers every year.\n\nDone at Moscow on 5 August 2010 in two copies, in the Russian and Kyrgyz languages.',
      ['2010-08-05 past agreement «Done at»']],
    ['ru: a law on ratification dates the agreement by its signing and the law by its block; its note tells no event',
      'ФЕДЕРАЛЬНЫЙ ЗАКОН\n\nО ратификации Соглашения между Российской Федерацией и Кыргызской Республикой о сотрудничестве в области образования\n\nПринят Государственной Думой 4 июня 2015 года\n\nРатифицировать Соглашение между Российской Федерацией и Кыргызской Республикой о сотрудничестве в области образования, подписанное в городе Москве 1 декабря 2014 года.\n\nПрезидент Российской Федерации\nМосква, Кремль\n17 июня 2015 года\nN 151-ФЗ\n\nПОЯСНИТЕЛЬНАЯ ЗАПИСКА\nк проекту федерального закона «О ратификации Соглашения»\n\nСоглашение подписали министры образования двух стран.\n\nСоглашение подписано в ходе официального визита делегации Кыргызской Республики в Москву.\n\nРеализация Соглашения позволит увеличить число студентов.\n\nСоглашение вступает в силу с даты получения последнего письменного уведомления.',
      ['2014-12-01 past agreement «Ратифицировать Соглашение»', '2015-06-17 past agreement «17 июня»', '2014-12-01 past agreement «Соглашение подписано»']],
    ['ru: a resolution is an act of its date, not its own title',
      'ПРАВИТЕЛЬСТВО КЫРГЫЗСКОЙ РЕСПУБЛИКИ\n\nПОСТАНОВЛЕНИЕ\n\nот 9 октября 2019 года № 533\n\nО подписании Меморандума между Правительством Кыргызской Республики и Правительством Российской Федерации о сотрудничестве в области туризма\n\nПравительство Кыргызской Республики постановляет:\n\n1. Одобрить проект Меморандума.',
      ['2019-10-09 past other «от 9»']],
    ['ru: the act’s date line in the headline block is no headline repeat of the body’s milestones',
      'ПРАВИТЕЛЬСТВО КЫРГЫЗСКОЙ РЕСПУБЛИКИ\n\nПОСТАНОВЛЕНИЕ\n\nот 9 октября 2019 года № 533\n\nО подписании Меморандума между Правительством Кыргызской Республики и Правительством Российской Федерации о сотрудничестве в области туризма\n\nПравительство Кыргызской Республики постановляет:\n\n1. Одобрить проект Меморандума, подписанного в Москве 1 октября 2019 года.',
      ['2019-10-09 past other «от 9»', '2019-10-01 past agreement «Одобрить проект»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it('leaves a news page that cites a law and an entry into force as it was', () => {
    const text = 'date: 2015-06-20\n\nПутин подписал закон о ратификации протокола с Киргизией\n\nПрезидент России Владимир Путин подписал закон о ратификации протокола о поставках зерна. Протокол вступает в силу с даты получения последнего письменного уведомления.';
    expect(run(text)).toContain('null planned agreement «Протокол вступает»');
  });
});
