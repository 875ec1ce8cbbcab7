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
      'date: 2034-02-17\n\nThe Prosecutor General\'s Office has refused Georgia\'s request to extradite a banker accused of embezzlement, the office said on Tuesday.',
      ['2034-02-14 past other «The Prosecutor»']],
    ['ru: «отказала в выдаче» in a month',
      'date: 2034-02-17\n\nВ январе Москва отказала Тбилиси в выдаче бывшего банкира.',
      ['2034-01 past other «В январе»']],
    ['ru: «отказывала в выдаче» told as background keeps no date',
      'date: 2034-02-17\n\nРанее Москва неоднократно отказывала Тбилиси в выдаче участников резонансных дел.',
      ['null past other «Ранее Москва»']],
    // Negative: a counted number of persons refused sums up several refusals.
    ['en: refused to extradite seven people last year',
      'date: 2034-02-17\n\nMeanwhile, Russia refused to extradite seven people last year, citing asylum claims.',
      []],
    ['ru: отказала в выдаче семи человек',
      'date: 2034-02-17\n\nВ прошлом году Москва отказала в выдаче семи человек.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a list handed to the other side at talks is a step of their day', () => {
  it.each([
    ['ru: «передал российской стороне список» after talks on a weekday',
      'date: 2034-06-21\n\nДиректор агентства в понедельник провел в Москве переговоры с руководством МВД России.\n\nПо данным источника, он передал российской стороне список из 65 человек.',
      ['2034-06-19 past meeting «Директор агентства»', '2034-06-19 past other «По данным»']],
    ['en: handed a list of wanted persons on a weekday',
      'date: 2034-06-21\n\nOn Tuesday the prosecutor handed his colleague a list of 65 wanted persons.',
      ['2034-06-20 past other «On Tuesday»']],
    // Negative: a list published is no handover.
    ['en: a list published',
      'date: 2034-06-21\n\nThe agency released a list of blocked channels.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe("the other side's envoy summoned, a representative sent", () => {
  it.each([
    ['en: summoned the chargé d\'affaires on a weekday',
      'date: 2034-09-08\n\nOn Tuesday, the deputy foreign minister summoned the Russian chargé d\'affaires to voice a protest.',
      ['2034-09-05 past other «On Tuesday,»']],
    ['ru: «вызвал временного поверенного» on a weekday',
      'date: 2034-09-08\n\nВо вторник замминистра вызвал временного поверенного в делах России в МИД.',
      ['2034-09-05 past other «Во вторник»']],
    ['en: would send a representative to the capital next week',
      'date: 2034-05-03\n\nThe children\'s rights commissioner said she would send a representative to Moscow next week.',
      ['2034-05 planned visit «The children\'s»']],
    ['ru: «направит своего представителя в Москву» in a month',
      'date: 2034-05-03\n\nВ июне уполномоченный направит своего представителя в Москву.',
      ['2034-06 planned visit «В июне»']],
    // Negative: a summons to court and a letter sent are not these.
    ['en: summoned for questioning',
      'date: 2034-09-08\n\nOn Tuesday the trader was summoned for questioning.',
      []],
    ['en: an envoy sent, told in the past, sums up a visit told in other words',
      'date: 2034-05-03\n\nThis week the Kremlin sent a special envoy to Bishkek.',
      []],
    ['en: a representative sent to a meeting, not to a place',
      'date: 2034-09-08\n\nThe fund will send a representative to the auction.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('raids and an oath count only with a date of their own; "over the weekend" is its Saturday', () => {
  it.each([
    ['en: detained in raids over the weekend',
      'date: 2034-10-11\n\nSome 300 people were detained in raids in Kazan over the weekend.',
      ['2034-10-07 past other «Some 300»']],
    ['ru: «рейды на рынках» in the past weekend',
      'date: 2034-10-11\n\nВ минувшие выходные полиция провела рейды на рынках города.',
      ['2034-10-07 past other «В минувшие»']],
    ['en: cadets took their oath last month',
      'date: 2034-04-24\n\nLast month a group of cadets took their oath before veterans of the border service.',
      ['2034-03 past other «Last month»']],
    ['ru: «курсанты приняли присягу» in a month',
      'date: 2034-04-24\n\nВ марте курсанты училища приняли присягу.',
      ['2034-03 past other «В марте»']],
    // Negative: undated, they tell a practice.
    ['en: raids told undated',
      'date: 2034-10-11\n\nTraders fear raids on markets.',
      []],
    ['ru: an oath told undated',
      'date: 2034-04-24\n\nНовобранцы принимают присягу в учебном центре.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a joint police action with the other side\'s colleagues, a dismissal in the passive', () => {
  it.each([
    ['ru: «при участии коллег из ФСБ России задержали»',
      'date: 2034-12-05\n\nВчера сотрудники ГКНБ при участии коллег из ФСБ России задержали группу мошенников.',
      ['2034-12-04 past other «Вчера сотрудники»']],
    ['en: jointly with Russian counterparts',
      'date: 2034-12-05\n\nOn Monday police, jointly with Russian counterparts, dismantled a fraud ring.',
      ['2034-12-04 past other «On Monday»']],
    ['en: was dismissed in a month and year',
      'date: 2034-12-05\n\nThe customs chief was dismissed by the prime minister in October 2032.',
      ['2032-10 past other «The customs»']],
    ['ru: «был отправлен в отставку» in a month and year',
      'date: 2034-12-05\n\nНачальник таможни был отправлен в отставку в октябре 2032 года.',
      ['2032-10 past other «Начальник таможни»']],
    // Negative: a participation of colleagues in a conference, a dismissal undated, a flight in lower case.
    ['en: was dismissed, undated',
      'date: 2034-12-05\n\nThe complaint was dismissed.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
