/**
 * Steps of the two states' law-enforcement and justice cooperation told in their own words: an extradition refused, a
 * list handed over, an envoy summoned, a representative sent, raids, an oath taken, a joint police action; and a
 * dismissal told in the passive.
 */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('an extradition refused is an event; a refusal of a counted number of persons is a tally', () => {
  it.each([
    ['en: a prosecutor refused a request to extradite, said on a weekday',
      'date: 2031-07-10\n\nThe Prosecutor General\'s Office has refused Armenia\'s request to extradite a citizen accused of fraud, the office said on Wednesday.',
      ['2031-07-09 past other «The Prosecutor»']],
    ['ru: «отказала в выдаче» in a month',
      'date: 2031-07-10\n\nВ мае Москва отказала Еревану в выдаче бывшего мэра.',
      ['2031-05 past other «В мае»']],
    ['ru: «отказывала в выдаче» told as background keeps no date',
      'date: 2031-07-10\n\nРанее Москва неоднократно отказывала Еревану в выдаче фигурантов громких дел.',
      ['null past other «Ранее Москва»']],
    // Negative: a counted number of persons refused sums up several refusals.
    ['en: refused to extradite four people last year',
      'date: 2031-07-10\n\nAt the same time, Russia refused to extradite four people last year, citing refugee applications.',
      []],
    ['ru: отказала в выдаче четырех человек',
      'date: 2031-07-10\n\nВ прошлом году Москва отказала в выдаче четырех человек.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a list handed to the other side at talks is a step of their day', () => {
  it.each([
    ['ru: «передал российской стороне список» after talks on a weekday',
      'date: 2031-04-08\n\nГлава службы в среду провел в Москве переговоры с директором ФСБ России.\n\nПо словам источника, он передал российской стороне список из 40 человек.',
      ['2031-04-02 past meeting «Глава службы»', '2031-04-02 past other «По словам»']],
    ['en: handed a list of wanted persons on a weekday',
      'date: 2031-04-08\n\nOn Monday the minister handed his counterpart a list of 40 wanted persons.',
      ['2031-04-07 past other «On Monday»']],
    // Negative: a list published is no handover.
    ['en: a list published',
      'date: 2031-04-08\n\nThe ministry published a list of banned websites.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe("the other side's envoy summoned, a representative sent", () => {
  it.each([
    ['en: summoned the chargé d\'affaires on a weekday',
      'date: 2031-04-18\n\nOn Monday, the foreign minister summoned the Russian chargé d\'affaires to express concern.',
      ['2031-04-14 past other «On Monday,»']],
    ['ru: «вызвал временного поверенного» on a weekday',
      'date: 2031-04-18\n\nВ понедельник министр вызвал временного поверенного в делах России в МИД.',
      ['2031-04-14 past other «В понедельник»']],
    ['en: would send a representative to the capital next week',
      'date: 2031-11-06\n\nThe ombudsman\'s office said it would send a representative to Moscow next week.',
      ['2031-11 planned visit «The ombudsman\'s»']],
    ['ru: «направит своего представителя в Москву» in a month',
      'date: 2031-11-06\n\nВ декабре омбудсмен направит своего представителя в Москву.',
      ['2031-12 planned visit «В декабре»']],
    // Negative: a summons to court and a letter sent are not these.
    ['en: summoned for questioning',
      'date: 2031-04-18\n\nOn Monday the businessman was summoned for questioning.',
      []],
    ['en: an envoy sent, told in the past, sums up a visit told in other words',
      'date: 2031-10-16\n\nThis week the Kremlin sent a senior envoy to Bishkek.',
      []],
    ['en: a representative sent to a meeting, not to a place',
      'date: 2031-04-18\n\nThe bank will send a representative to the hearing.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('raids and an oath count only with a date of their own; "over the weekend" is its Saturday', () => {
  it.each([
    ['en: detained in raids over the weekend',
      'date: 2031-11-06\n\nMore than 500 people were detained in raids in Moscow over the weekend.',
      ['2031-11-01 past other «More than»']],
    ['ru: «рейды в общежитиях» in the past weekend',
      'date: 2031-11-06\n\nВ минувшие выходные полиция провела рейды в общежитиях мигрантов.',
      ['2031-11-01 past other «В минувшие»']],
    ['en: cadets took their oath last month',
      'date: 2031-03-18\n\nLast month a class of cadets took their oath in front of instructors from the academy.',
      ['2031-02 past other «Last month»']],
    ['ru: «курсанты приняли присягу» in a month',
      'date: 2031-03-18\n\nВ феврале курсанты академии приняли присягу.',
      ['2031-02 past other «В феврале»']],
    // Negative: undated, they tell a practice.
    ['en: raids told undated',
      'date: 2031-11-06\n\nMigrants fear raids on hostels.',
      []],
    ['ru: an oath told undated',
      'date: 2031-03-18\n\nКурсанты принимают присягу на плацу.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a joint police action with the other side\'s colleagues, a dismissal in the passive', () => {
  it.each([
    ['ru: «при участии коллег из МВД России ликвидировали»',
      'date: 2031-04-16\n\nВчера сотрудники МВД при участии коллег из МВД России ликвидировали мошеннический колл-центр.',
      ['2031-04-15 past other «Вчера сотрудники»']],
    ['en: jointly with Russian police',
      'date: 2031-04-16\n\nOn Tuesday police, jointly with Russian colleagues, shut down a call centre.',
      ['2031-04-15 past other «On Tuesday»']],
    ['en: was dismissed in a month and year',
      'date: 2031-03-18\n\nThe security chief was dismissed by the president in February 2030.',
      ['2030-02 past other «The security»']],
    ['ru: «был отправлен в отставку» in a month and year',
      'date: 2031-03-18\n\nГлава ведомства был отправлен в отставку в феврале 2030 года.',
      ['2030-02 past other «Глава ведомства»']],
    // Negative: a participation of colleagues in a conference, a dismissal undated, a flight in lower case.
    ['en: was dismissed, undated',
      'date: 2031-03-18\n\nThe lawsuit was dismissed.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
