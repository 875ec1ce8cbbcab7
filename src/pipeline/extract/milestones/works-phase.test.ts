import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('works on a site or a phase of a programme begun or finished, and a site handed over, are milestones', () => {
  it.each([
    ['ru: «работы … завершены», told as news, on the article’s day',
      'date: 2031-04-16\n\nРаботы по очистке старого карьера у поселка Ак-Тал завершены, сообщили вчера в министерстве.',
      ['2031-04-15 past other «Работы по»']],
    ['ru: «работы там начнутся весной» is a plan of the season',
      'date: 2031-04-16\n\nСледующим объектом станет дамба в Чаткале: работы там начнутся осенью.',
      ['2031 planned other «Следующим объектом»']],
    ['ru: «первый этап проекта был завершен в 2029 году»',
      'date: 2031-04-16\n\nПервый этап проекта был завершен в 2029 году.',
      ['2029 past other «Первый этап»']],
    ['en: "the work at the dam would begin in June"',
      'date: 2031-04-16\n\nThe contractor said the work at the dam would begin in June.',
      ['2031-06 planned other «The contractor»']],
    ['en: "the first stage of the plan was finished in 2028"',
      'date: 2031-04-16\n\nThe first stage of the plan was finished in 2028.',
      ['2028 past other «The first»']],
    ['en: "The second phase, completed last year," is dated by its aside',
      'date: 2031-04-16\n\nThe second phase, completed last year, brought water to ten villages.',
      ['2030 past other «The second»']],
    ['ru: «объект передан местным властям» on a day told',
      'date: 2031-04-16\n\nОчищенный участок передан местным властям 12 апреля.',
      ['2031-04-12 past other «Очищенный участок»']],
    ['en: "the site was handed over to the local authorities"',
      'date: 2031-04-16\n\nThe cleaned-up site was handed over to the local authorities on Monday.',
      ['2031-04-14 past other «The cleaned-up»']],
    // Negative: work as a job, a body's sessions, a phase only planned.
    ['ru: «работы прибавилось» tells a workload, not works begun or finished',
      'date: 2031-04-16\n\nРаботы у спасателей этим летом заметно прибавилось.',
      []],
    ['ru: «работы так и не начались» is none',
      'date: 2031-04-16\n\nПодрядчик получил аванс, однако работы так и не начались.',
      []],
    ['en: "the first phase" without completion is no works',
      'date: 2031-04-16\n\nThe first phase of the survey covered ten villages.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('landslides and mudflows are incidents; a landslide victory is not', () => {
  it.each([
    ['ru: «оползень» on a day told', 'date: 2031-04-16\n\nОползень в поселке Ак-Тал 10 апреля разрушил два дома.', ['2031-04-10 past other «Оползень в»']],
    ['ru: «сход селя» last week', 'date: 2031-04-16\n\nНа прошлой неделе сход селя перекрыл дорогу на Нарын.', ['2031-04 past other «На прошлой»']],
    ['en: "a mudflow" this month', 'date: 2031-04-16\n\nA mudflow this month cut the road to Naryn.', ['2031-04 past other «A mudflow»']],
    ['ru: help with the aftermath of landslides («последствий оползней») is no new disaster', 'date: 2031-04-16\n\nМэр рассказал о последствиях оползней для дорог района.', []],
    ['en: "a landslide victory" is no disaster', 'date: 2031-04-16\n\nThe mayor was proud of his landslide victory.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
