import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// Long reads walk through a relationship's history in passing: debts forgiven told by their sum, loans
// promised, a project taken on, a head of government replaced, sanctions imposed. Each is an event of its own date.
describe('history told in passing in a long read', () => {
  it.each([
    ['en: "wrote off $<sum> in <year>" with no word "debt"',
      'date: 2021-06-01\n\nThe picture has changed. Tokyo wrote off $120 million in 2009, the ministry recalls.',
      ['2009 past other «Tokyo wrote»']],
    ['en: "the $<sum> forgiven in <year>"',
      'date: 2021-06-01\n\nThe picture has changed. The minister recalled the $120 million forgiven in 2009.',
      ['2009 past other «The minister»']],
    ['en: "forgave … debt in <year>"',
      'date: 2021-06-01\n\nThe picture has changed. In 2009 Tokyo forgave most of the Kyrgyz debt.',
      ['2009 past other «In 2009»']],
    ['ru: «списала около <sum>» with no word «долг»',
      'date: 2021-06-01\n\nКартина изменилась. В 2009 году Токио списал около 120 млн долларов, напоминает министерство.',
      ['2009 past other «В 2009»']],
    ['en: "since the write-off of $<sum> … was agreed last year" keeps the write-off',
      'date: 2021-06-01\n\nThe cabinet is under pressure to show gains since the write-off of $120 million of debt was agreed last year.',
      ['2020 past other «The cabinet»']],
    ['ru: «урегулировали вопрос долга»',
      'date: 2021-06-01\n\nКартина изменилась. В 2011 году стороны урегулировали вопрос долга.',
      ['2011 past other «В 2011»']],
    ['ru: «взялась за» a project',
      'date: 2021-06-01\n\nКартина изменилась. Впервые корпорация взялась за строительство станции в 2008 году.',
      ['2008 past other «Впервые корпорация»']],
    ['en: "replaced … as head of government in <month>" of the year before',
      'date: 2021-06-01\n\nThe visit went well. Ivanov, who replaced Pavel Orlov as head of government in November, also raised the rail project.',
      ['2021-06-01 past visit «The visit»', '2020-11 past other «Ivanov, who»']],
    ['ru: «ввел ограничения против» a bank',
      'date: 2021-06-01\n\nРиски растут. В марте министерство финансов США ввело ограничения против одного из банков республики.',
      ['2021-03 past other «В марте»']],
    ['en: "imposed sanctions on" a bank',
      'date: 2021-06-01\n\nRisks are growing. In March the Treasury imposed sanctions on a bank in the republic.',
      ['2021-03 past other «In March»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it.each([
    ['en: debts written off added up "over the past decade" are a total, no write-off',
      'date: 2021-06-01\n\nRisks are growing. Tokyo has also written off more than $100 million of debt over the past decade.',
      []],
    ['ru: sanctions told in a relative clause are a description',
      'date: 2021-06-01\n\nРиски растут. Против этого выступают страны, которые ввели санкции против ряда компаний.',
      []],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});

describe('a day of a month told as an ordinal word, and a month told as past', () => {
  it.each([
    ['ru: «Первого сентября» opens the sentence',
      'date: 2021-09-20\n\nШколы строят. Первого сентября в Оше открылся новый лицей.',
      ['2021-09-01 past other «Первого сентября»']],
    ['ru: «двадцать пятого августа»',
      'date: 2021-09-20\n\nШколы строят. Двадцать пятого августа в Оше открылся новый лицей.',
      ['2021-08-25 past other «Двадцать пятого»']],
    ['en: "most recently during … visit in <month>" of a month after the article\'s is last year\'s',
      'date: 2021-02-10\n\nThe stakes are high. The president has repeatedly raised the issue with Moscow, most recently during the premier\'s visit in November.',
      ['2020-11 past visit «The president»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});

describe('a sentence saying what a visit showed is no event of its own', () => {
  it.each([
    ['en: "the visit underlined how much …"',
      'date: 2021-06-01\n\nThe premier\'s visit underlined how much the two economies depend on each other.\n\nOn May 28, the premier arrived in Osh for talks.',
      ['2021-05-28 past visit «On May»']],
    ['ru: «визит показал, насколько …»',
      'date: 2021-06-01\n\nВизит премьера показал, насколько две экономики зависят друг от друга.\n\n28 мая премьер прилетел в Ош на переговоры.',
      ['2021-05-28 past visit «28 мая»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});

describe('«, а в <month>» opens a clause of its own', () => {
  it.each([
    ['ru: the month after «, а в» dates the second clause only',
      'date: 2021-03-18\n\nК празднику министры двух стран обменялись поздравительными телеграммами, а в мае в Оше запланированы консультации.',
      ['2021-03-18 past other «К празднику»', '2021-05 planned meeting «а в»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});

describe('an anniversary a visit coincided with takes the visit\'s date', () => {
  it.each([
    ['ru: «сам визит совпал с 20-летием» after «Когда в октябре … прилетел»',
      'date: 2024-01-29\n\nКогда в октябре президент России прилетел в Бишкек, его встретили торжественно. Хозяин назвал гостя союзником, а сам визит совпал с 20-летием авиабазы Кант.',
      ['2023-10 past visit «Когда в»', '2023-10 past anniversary «Хозяин назвал»']],
    ['en: the leaders "attended a ceremony marking the 20th anniversary" after the arrival',
      'date: 2023-10-16\n\nThe Russian president arrived in Bishkek on October 12. He held talks with his host, and the two leaders attended a ceremony marking the 20th anniversary of the Kant air base.',
      ['2023-10-12 past visit «The Russian»', '2023-10-12 past anniversary «He held»']],
    ['ru: «приняли участие в церемонии по случаю 20-летия» after the arrival',
      'date: 2023-10-16\n\nПрезидент России прибыл в Бишкек 12 октября. Лидеры провели переговоры и приняли участие в церемонии по случаю 20-летия авиабазы Кант.',
      ['2023-10-12 past visit «Президент России»', '2023-10-12 past meeting «Лидеры провели»', '2023-10-12 past anniversary «приняли участие»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
