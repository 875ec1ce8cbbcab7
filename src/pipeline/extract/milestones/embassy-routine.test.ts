import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a mission’s routine: receptions it hosts, citizens its consular teams receive, ceremonies like the one told', () => {
  it.each([
    ['ru: «устроило традиционный прием» on a Friday that is the eve of a holiday',
      'date: 2017-06-19\n\nВ пятницу, накануне Дня независимости, посольство Казахстана устроило традиционный прием.',
      ['2017-06-16 past other «В пятницу,»']],
    ['en: "hosted a reception on Monday"',
      'date: 2017-06-21\n\nThe Kazakh embassy in Osh hosted a reception on Monday to mark its national day.',
      ['2017-06-19 past other «The Kazakh»']],
    ['en: "will host a reception … on March 5"',
      'date: 2017-03-01\n\nOn March 5 the consulate will host a reception for veterans.',
      ['2017-03-05 planned other «On March»']],
    ['en: a mobile team that received citizens from one day to another',
      'date: 2017-10-20\n\nFrom October 2 to 6 the mobile team received 950 Kyrgyz citizens in Tomsk.',
      ['2017-10-02 past other «From October»']],
    ['ru: «вела прием граждан» from one day to another; a meeting during those days is of their month',
      'date: 2017-10-08\n\nС 2 по 6 октября 2017 года выездная группа посольства вела прием граждан в Томске.\n\nВ рамках поездки глава группы встретился с чиновниками областной службы занятости.',
      ['2017-10-02 past other «С 2»', '2017-10 past meeting «В рамках»']],
    ['ru: «аналогичная церемония» in another town, on a page without a year',
      'Посольство\n\n9 мая посол возложил венки к Вечному огню в Караколе. Аналогичная церемония состоялась и в Нарыне.',
      ['null past other «9 мая»', 'null past other «Аналогичная церемония»']],
    ['ru: «в этот день в 1939 году» takes the day told before',
      'date: 2019-09-02\n\n1 сентября посол возложил цветы к памятнику. В этот день в 1939 году началась Вторая мировая война.',
      ['2019-09-01 past other «1 сентября»', '1939-09-01 past other «В этот»']],
    ['ru: a predecessor «возглавлявшего дипмиссию с 2018 года»',
      'date: 2024-10-01\n\nПосол сменил Ивана Петрова, возглавлявшего российскую дипмиссию в Оше с 2018 года.',
      ['2018 past other «Посол сменил»']],
    ['en: a predecessor "who had headed the mission since 2018"',
      'date: 2024-10-01\n\nHe replaced Ivan Petrov, who had headed the Russian mission in Osh since 2018.',
      ['2018 past other «He replaced»']],
    ['en: a country that chairs a union\'s bodies this year',
      'date: 2024-02-01\n\nThis year Kazakhstan chairs the union and its councils.',
      ['2024 ongoing other «This year»']],
    ['ru: a second speaker after «, а …» tells a plan of his own',
      'date: 2017-10-20\n\nПосол пригласил фермеров Томска на осеннюю ярмарку, а губернатор заявил, что делегация области примет участие в форуме, который пройдет в Оше в ноябре.',
      ['null planned forum «Посол пригласил»', '2017-11 planned forum «а губернатор»']],
    ['ru: what the sides discussed «в ходе этой встречи» is that meeting, whatever date its topic has',
      'date: 2017-05-10\n\nРанее новый посол встретился с заместителем министра Иваном Петровым. В ходе этой встречи стороны обсудили поставки зерна до конца года.',
      ['null past meeting «Ранее новый»']],
    ['ru: receptions told after an account of the year so far are of the year, not of the occasion told before',
      'date: 2019-06-11\n\nГенконсульство вчера провело прием. С начала года, по словам консула, выдано около 600 паспортов. Выездные приемы граждан проходили в Токмоке.',
      ['2019-06-10 past other «Генконсульство вчера»', '2019 past other «Выездные приемы»']],
    ['en: the same after "since the start of the year"',
      'date: 2019-06-11\n\nThe consulate hosted a reception yesterday. About 600 passports have been handed out since the start of the year, the consul said. Consular receptions were held in Tokmok.',
      ['2019-06-10 past other «The consulate»', '2019 past other «Consular receptions»']],
    ['en: a session among events put off, and a parade with its day after ", and on"',
      'date: 2020-06-05\n\nThe minister met the ambassador yesterday. The two also exchanged views on new dates for events postponed because of the flu epidemic, among them a session of the intergovernmental commission in Osh, and on the presence of cadets at the parade on June 24.',
      ['2020-06-04 past meeting «The minister»', 'null planned igc_session «because of»', '2020-06-24 planned anniversary «and on»']],
    ['ru: «заседание отложено» with no new date',
      'date: 2020-06-05\n\nЗаседание межправкомиссии отложено из-за пандемии.',
      ['null planned igc_session «Заседание межправкомиссии»']],
    ['en: a session put off once and then held keeps its day',
      'date: 2020-06-05\n\nThe commission session, which had been postponed twice, was held in Osh.',
      ['2020-06-05 past meeting «The commission»']],
    ['en: talks that "had been postponed" before they were held are those talks',
      'date: 2026-09-09\n\nThe deputy premier held talks in Osh yesterday. The talks had been postponed twice before.',
      ['2026-09-08 past meeting «The deputy»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    ['ru: documents accepted for passports and notarial documents issued', 'date: 2017-10-20\n\nБыли приняты документы на оформление 310 паспортов, консульство оформило 45 нотариальных документов.'],
    ['en: documents accepted, documents lost', 'date: 2017-10-20\n\nIn Omsk the consuls accepted 310 documents. Some applicants had lost their documents.'],
    ['ru: a guest who came to the reception', 'date: 2017-10-20\n\nНа прием приехал вице-мэр города.'],
    ['ru: a count of regions visited since the start of the year', 'date: 2017-10-20\n\nС начала года выездные группы посольства посетили 12 регионов.'],
    ['en: a country that chairs a union, in a relative clause', 'date: 2024-02-01\n\nThe minister of Kazakhstan, which chairs the union this year, spoke first.'],
    ['ru: meetings to be held «регулярно»', 'date: 2017-10-20\n\nКонсульство будет регулярно устраивать встречи с земляками.'],
    ['ru: what a package of documents will include', 'date: 2017-10-20\n\nМинистр добавил, что в пакет войдут меморандум о науке и протокол о туризме.'],
    ['ru: what a package will include, the list going on after «а также»', 'date: 2017-10-20\n\nМинистр добавил, что в пакет войдут меморандум о науке, а также программа по туризму.'],
    ['ru: a loan of an international lender named after the loan', 'date: 2017-10-20\n\nМинфин в среду объявил о получении кредита Азиатского банка развития в размере 15 млн долларов на дороги.'],
    ['ru: what the sides must still agree on', 'date: 1999-06-14\n\nСтороны должны наконец договориться о ценах на газ, заявил вице-премьер.'],
    ['en: what the sides must still agree on', 'date: 2017-10-20\n\nThe sides must finally agree on fuel supplies, the minister said.'],
    ['ru: a call to speed up work on an agreement', 'date: 2017-10-20\n\nМинистр предложил ускорить работу над договором о пенсиях.'],
    ['en: the validity of migrants’ documents', 'date: 2017-10-20\n\nWork permits of migrants will keep their validity until spring, the envoy promised.'],
  ])('%s: no event', (_name, text) => {
    expect(run(text)).toEqual([]);
  });

  it('ru: a migrant who came to a consular day makes no visit', () => {
    expect(run('date: 2017-10-20\n\nВ субботу генконсульство провело консульский день в Тюмени. Многие, как водитель Олег Смирнов, который прибыл на консульский день из Ишима, стояли в очереди с утра.')).toEqual([
      '2017-10-14 past other «В субботу»',
    ]);
  });
});
