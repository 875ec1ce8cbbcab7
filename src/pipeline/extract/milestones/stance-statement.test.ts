import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «Вице-премьер назвал решение «поспешным»», 'The minister described the situation as "grave"': a stance on a situation,
// a conflict or a decision told in passing is a statement of its own, of the day told by its verb, else undated (not
// the article's news).
describe('a stance told in passing', () => {
  it.each([
    ['en: "called the decision «…»" without a date is undated',
      'date: 2031-04-20\n\nDeputy Foreign Minister Pavel Orlov of Russia has called the decision "a reasonable compromise".',
      ['null past statement «Deputy Foreign»']],
    ['en: "described the situation … as «…»" with a day of its own',
      'date: 2031-04-20\n\nOn April 3, Russian Deputy Foreign Minister Pavel Orlov described the situation on the border as "worrying".',
      ['2031-04-03 past statement «On April»']],
    ['en: "expressed readiness" without a date',
      'date: 2031-04-20\n\nRussian Deputy Foreign Minister Pavel Orlov expressed readiness to assist the two neighbours with old survey maps.',
      ['null past statement «Russian Deputy»']],
    ['ru: «назвал конфликт «…»» without a date is undated',
      'date: 2031-04-20\n\nВице-премьер Киргизии Алмаз Токторов назвал конфликт на границе «досадным недоразумением».',
      ['null past statement «Вице-премьер Киргизии»']],
    ['ru: «охарактеризовал ситуацию как «…»» with a month of its own',
      'date: 2031-04-20\n\nВ марте вице-премьер Киргизии Алмаз Токторов охарактеризовал ситуацию на границе как «спокойную».',
      ['2031-03 past statement «В марте»']],
    ['ru: «выразил готовность» without a date',
      'date: 2031-04-20\n\nЗаместитель министра иностранных дел России Павел Орлов выразил готовность содействовать урегулированию.',
      ['null past statement «Заместитель министра»']],
    // A date of another clause far from the verb dates another event, not the stance.
    ['ru: a date far from the verb is another clause\'s',
      'date: 2031-04-20\n\nВице-премьер Киргизии Алмаз Токторов назвал решение «взвешенным», а его коллега напомнил о пограничном споре, который тянется с весны 2027 года.',
      ['null past statement «Вице-премьер Киргизии»']],
    // Negative: a readiness to go on strengthening the relations is the courtesy that closes a readout.
    ['en: "expressed readiness to further deepen" the ties',
      'date: 2031-04-20\n\nUzbek President Timur Rakhimov thanked Pavel Orlov for the message and expressed readiness to further deepen the alliance between their nations.',
      []],
    ['ru: «выразил готовность и дальше укреплять» связи',
      'date: 2031-04-20\n\nПрезидент Узбекистана Тимур Рахимов выразил готовность и дальше укреплять дружбу между нашими народами.',
      []],
    // Negative: a demand, not a characterisation.
    ['en: "called for «…»" is no stance',
      'date: 2031-04-20\n\nRussian Deputy Foreign Minister Pavel Orlov called for "calm and restraint" on the border.',
      []],
    // Negative: a thing of the news or a country judged: colour of the event reported, or kept by the golds only now and then.
    ['en: new rules judged',
      'date: 2031-04-20\n\nRussian Deputy Foreign Minister Pavel Orlov called the new transit rules "frank and useful".',
      []],
    ['ru: a country judged',
      'date: 2031-04-20\n\nВице-премьер Киргизии Алмаз Токторов назвал Россию «надёжным соседом».',
      []],
    // Negative: no one named speaks.
    ['ru: no one named',
      'date: 2031-04-20\n\nЭксперты назвали решение «разумным компромиссом».',
      []],
    // Negative: «назвал» with no quoted words names a thing (a date, a reason), no stance.
    ['ru: «назвал» without quoted words',
      'date: 2031-04-20\n\nВице-премьер Киргизии Алмаз Токторов назвал причины решения о задержке грузов на границе.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
