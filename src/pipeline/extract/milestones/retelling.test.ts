import { describe, expect, it } from 'vitest';
import type { MilestoneType, PartialDate } from '../../../schema/dataset';
import { splitSentences } from '../../read';
import type { DateMention, MilestoneDraft } from '../../types';
import { headlineTwin, isHeadline, namedAsTime, sameEvent } from './retelling';
import { TRIGGERS, type TriggerHit } from './lexicon';
import { milestoneLines as run } from './test-kit';

describe('a gathering told again is one milestone', () => {
  it.each([
    // Talks dated only to the week's month, then «Стороны обсудили …» told in the narrative: the same talks.
    ['ru: «На прошлой неделе … встретился … . Стороны обсудили …»',
      'date: 2023-04-12\n\nНа прошлой неделе министр транспорта встретился в Казани с губернатором области. Стороны обсудили ремонт дорог и новые рейсы.',
      ['2023-04 past meeting «На прошлой»']],
    // A gathering called the previous one is another occasion, even when its day is not known.
    ['ru: «Предыдущее заседание … состоялось …» in an undated page is another session',
      'Вчера в Оше прошло заседание рабочей группы по транспорту. Предыдущее заседание группы состоялось в Казани.',
      ['null past meeting «Вчера в»', 'null past meeting «Предыдущее заседание»']],
    ['ru: «затем прошли переговоры» (a verb, not «прошлые») still retells the visit\'s talks',
      'date: 2023-04-12\n\nВчера в Оше министр транспорта провел переговоры с губернатором. Затем прошли переговоры делегаций в здании мэрии.',
      ['2023-04-11 past meeting «Вчера в»']],
    ['en: "The previous round was held in …" in an undated page is another round',
      'The ministers held a round of talks on transport in Osh. The previous round of talks was held in Kazan.',
      ['null past meeting «The ministers»', 'null past meeting «The previous»']],
    // A gathering named only as what a protest was against: the protest's day dates neither it nor a new one.
    ['en: "protested against the visit on <day>" neither retells nor re-dates the visit',
      'date: 2021-06-10\n\nThe Russian prime minister has held talks with his Kyrgyz counterpart in Osh on the first day of an official visit. About fifty people protested against the visit in central Osh on June 9, police said.',
      ['2021-06-10 past visit «The Russian»']],
    ['ru: «митинг против визита» the day before is no second visit',
      'date: 2021-06-10\n\nСегодня премьер-министр России начал официальный визит в Киргизию. Накануне около ста человек вышли на митинг против визита в центре Бишкека.',
      ['2021-06-10 past visit «Сегодня премьер-министр»']],
    ['ru: the meeting described again (duration, venue) is the same meeting',
      'date: 2023-04-12\n\nВчера в Оше министр экономики провел переговоры с губернатором области. Встреча прошла в здании администрации и продолжалась более трех часов.',
      ['2023-04-11 past meeting «Вчера в»']],
    ['ru: «во встрече также приняли участие» is the same meeting',
      'date: 2023-04-12\n\nВчера в Оше министр экономики встретился с губернатором области. Во встрече также приняли участие депутаты.',
      ['2023-04-11 past meeting «Вчера в»']],
    ['ru: «Это первый визит …» characterises the visit told',
      'date: 2023-04-12\n\nВчера в Бишкек прибыл с визитом министр транспорта. Это его первый визит в республику после назначения в марте.',
      ['2023-04-11 past visit «Вчера в»']],
    ['en: "The talks took place in …" is the same talks',
      'date: 2023-04-12\n\nThe ministers of energy held talks in Osh on Tuesday. The talks took place behind closed doors.',
      ['2023-04-11 past meeting «The ministers»']],
    ['en: "It was his first trip …"',
      'date: 2023-04-12\n\nThe governor visited Bishkek on Tuesday. It was his first trip abroad since taking office in March.',
      ['2023-04-11 past visit «The governor»']],
    ['en: "X: Mr Y\'s visit is the first …" in a statement characterises the visit told',
      'date: 2023-04-12\n\nThe governor visited Bishkek on Tuesday.\n\nThe mayor: Mr Petrov\'s visit is the first visit of a governor to our city in ten years.',
      ['2023-04-11 past visit «The governor»']],
    ['ru: «Визит X — первый …» characterises the visit told',
      'date: 2023-04-12\n\nВчера в Бишкек прибыл с визитом министр транспорта Иван Петров. Мэр города: Визит Петрова — первый визит министра в город за десять лет.',
      ['2023-04-11 past visit «Вчера в»']],
    ['en: a spokesman who says the talks go on reports them, he is no new participant',
      'date: 2023-02-04\n\nKyrgyzstan to close depot after Kremlin deal\n\nKyrgyzstan announced last night that it would close the depot after securing a loan from Moscow.\n\nSadyr Japarov made the announcement at the Kremlin after talks with President Putin.\n\nA Pentagon spokesman, Oleg Sidorov, said that Washington had received no formal notice and that talks would continue.',
      // "last night" in the lead dates the announcement and the talks told after it (lead-day.test.ts).
      ['2023-02-03 past other «Kyrgyzstan announced»', '2023-02-03 past meeting «Sadyr Japarov»']],
    ['ru: «X заявил, что … переговоры продолжатся»: the speaker is no new participant',
      'date: 2023-02-04\n\nКиргизия закроет склад после сделки с Кремлём\n\nКиргизия вчера вечером объявила, что закроет склад, получив кредит Москвы.\n\nСадыр Жапаров сделал заявление в Кремле после переговоров с президентом Путиным.\n\nПресс-секретарь Пентагона Олег Сидоров заявил, что Вашингтон не получал официального уведомления и что переговоры продолжатся.',
      // The lead's «вчера вечером» dates the talks told after it (lead-day.test.ts).
      ['2023-02-03 past meeting «Садыр Жапаров»']],
    ['ru: a meeting with a counterpart of its own is another meeting',
      'date: 2023-04-12\n\nВчера в Оше министр экономики провел переговоры с губернатором области. Затем состоялась встреча с депутатами.',
      ['2023-04-11 past meeting «Вчера в»', '2023-04-11 past meeting «Затем состоялась»']],
    ['ru: the next round of a gathering is a plan, not a retelling',
      'date: 2023-04-12\n\nВчера в Оше прошли консультации консульских служб. Следующий раунд консультаций состоится в Москве в ближайшее время.',
      ['2023-04-11 past meeting «Вчера в»', 'null planned meeting «Следующий раунд»']],
    ['ru: the arrival for the talks already told is the same occasion',
      'date: 2023-04-12\n\nВчера министр экономики Темир Сариев провел переговоры с губернатором области. Сариев прилетел в Ош по поручению президента.',
      ['2023-04-11 past meeting «Вчера министр»']],
    // The talks told no trip: ranking it («первый визит») tells the trip they were held on, of their
    // day; «после назначения в марте» dates the appointment, not the trip.
    ['ru: «Как сообщили в МИД, это первый визит …» after the talks only is the trip of the talks',
      'date: 2023-04-12\n\nВчера министр транспорта провел переговоры в Москве. Как сообщили в министерстве, это его первый визит в Россию после назначения в марте.',
      ['2023-04-11 past meeting «Вчера министр»', '2023-04-11 past visit «Как сообщили»']],
    ['ru: «Это первая поездка …, которую он занял в мае» is the trip of the talks, of their day',
      'date: 2024-09-05\n\nГлава Минсельхоза позавчера провел в Москве переговоры с российским коллегой. Это первая поездка министра за рубеж в должности, которую он занял в мае.',
      ['2024-09-03 past meeting «Глава Минсельхоза»', '2024-09-03 past visit «Это первая»', '2024-05 past other «которую он»']],
    ['en: ", his first trip abroad since …" after talks in the same sentence is the trip of the talks',
      'date: 2024-09-05\n\nThe new Kyrgyz foreign minister held talks with his Russian counterpart in Moscow on Tuesday, his first trip abroad since he was appointed in May.',
      ['2024-09-03 past meeting «The new»', '2024-09-03 past visit «his first»']],
    ['ru: «Это первый за годы независимости визит …» after talks at a summit is the trip of the talks',
      'date: 2024-09-05\n\nПрезиденты позавчера провели в Оше двустороннюю встречу в рамках саммита ОДКБ. Это первый за годы независимости республики визит российского президента в Ош.',
      ['2024-09-03 past summit «Президенты позавчера»', '2024-09-03 past visit «Это первый»']],
    ['ru: «Это первый с 2019 года визит …» after the talks only is the trip of the talks',
      'date: 2024-09-05\n\nГлава МИД позавчера провел в Москве переговоры с российским коллегой. Это первый с 2019 года визит министра в Россию.',
      // The year of «с 2019 года» is the last visit before (lastTimeBefore), a visit of its own.
      ['2024-09-03 past meeting «Глава МИД»', '2024-09-03 past visit «Это первый»', '2019 past visit «Это первый»']],
    ['en: "the first visit by a Russian president since independence" after talks at a summit',
      'date: 2024-09-05\n\nThe two presidents held a bilateral meeting in Osh on Tuesday on the sidelines of the CSTO summit. It is the first visit by a Russian president to Osh since independence.',
      ['2024-09-03 past other «on the»', '2024-09-03 past meeting «The two»', '2024-09-03 past visit «It is»']],
    // Negative: a first visit named before the talks' own trip is no new trip.
    ['ru: a ranked visit whose noun stands too far from the rank stays unranked',
      'date: 2024-09-05\n\nГлава МИД позавчера провел в Москве переговоры с российским коллегой. Это первая встреча министров после того, как в прошлом году завершился визит делегации.',
      ['2024-09-03 past meeting «Глава МИД»']],
    ['ru: the talks\' sentence told the trip already: ranking it retells it',
      'date: 2024-09-05\n\nПремьер позавчера провел переговоры с губернатором Омской области, прибывшим в Бишкек с рабочим визитом. Это первая поездка губернатора за рубеж после назначения.',
      ['2024-09-03 past meeting «Премьер позавчера»']],
    ['en: a first visit after a visit told is that visit',
      'date: 2024-09-05\n\nThe Russian minister arrived in Bishkek on Tuesday and held talks with his Kyrgyz counterpart. It is his first visit since taking office in May.',
      ['2024-09-03 past visit «The Russian»', '2024-09-03 past meeting «held talks»']],
    ['en: ", his first trip to the country since 2022" characterises the visit told',
      'date: 2024-11-22\n\nThe president will pay a state visit to Bishkek on Nov. 25, the Kremlin said on Friday, his first trip to the country since 2022.',
      ['2024-11-25 planned visit «The president»']],
    ['en: "his first official visit" after the talks only is the visit itself',
      'date: 2023-04-12\n\nThe minister of energy held talks with the governor in Osh on Tuesday. It was Mr. Sariev\'s first official visit to the region.',
      ['2023-04-11 past meeting «The minister»', '2023-04-11 past visit «It was»']],
    ['ru: «визит министра …» after the talks only is the visit itself',
      'date: 2023-04-12\n\nВчера в Оше министр экономики провел переговоры с губернатором области. Визит министра дважды откладывался с весны.',
      ['2023-04-11 past meeting «Вчера в»', '2023-04-11 past visit «Визит министра»']],
    ['ru: the meeting told again with its day gives the talks told before it that day',
      'date: 2023-04-12\n\nМинистр экономики провел в Оше переговоры с губернатором области. Встреча прошла в здании администрации во вторник вечером.',
      ['2023-04-11 past meeting «Министр экономики»']],
    ['en: "The talks took place on Tuesday" dates the talks told before',
      'date: 2023-04-12\n\nThe minister of energy held talks with the governor in Osh. The talks took place on Tuesday behind closed doors.',
      ['2023-04-11 past meeting «The minister»']],
    ['ru: a meeting with a counterpart of its own and a day is another meeting',
      'date: 2023-04-12\n\nМинистр экономики провел в Оше переговоры с губернатором области. Во вторник состоялась встреча с депутатами.',
      ['2023-04-12 past meeting «Министр экономики»', '2023-04-11 past meeting «Во вторник»']],
    ['en: a gathering named only as the time of something else is no event of its own',
      'date: 2023-04-12\n\nThe ministers met in Osh on Tuesday. The two ministers talked for an hour before the forum, which brought together ten governors.',
      ['2023-04-11 past meeting «The ministers»']],
    ['ru: «Накануне визита …» names the visit only as a time',
      'date: 2023-04-12\n\nВчера в Оше министр экономики провел переговоры с губернатором. Накануне визита министра губернатор пообещал построить дорогу.',
      ['2023-04-11 past meeting «Вчера в»']],
    ['en: "after the meeting with …" names a counterpart: a meeting of its own',
      'date: 2023-04-12\n\nThe ministers met in Osh on Tuesday. After the meeting with the mayor on Wednesday, the minister left for Bishkek.',
      ['2023-04-11 past meeting «The ministers»', '2023-04-12 past meeting «After the»']],
    ['ru: «нынешний визит» points back at the trip already told',
      'date: 2023-04-12\n\nВчера в Оше министр экономики провел переговоры с губернатором области. По словам министра, нынешний визит – первый за год.',
      ['2023-04-11 past meeting «Вчера в»']],
    // Its day is not told: the month of the occasion (occasion.test.ts, «также посетил»).
    ['ru: «…также посетил авиабазу» is another stop of the trip',
      'date: 2017-02-28\n\nВчера президент провел переговоры в Бишкеке. В ходе визита он также посетил авиабазу в Канте.',
      ['2017-02-27 past meeting «Вчера президент»', '2017-02 past visit «В ходе»']],
    ['ru: an arrival with no date anywhere is not merged',
      'Президент во время поездки в Ош заявил, что визит давно назрел. Ранее стало известно, что утром президент прибыл в Ош с визитом.',
      ['null past visit «Президент во»', 'null past visit «Ранее стало»']],
    ['ru: a visit only judged in a quote is no milestone',
      'date: 2023-04-12\n\nВчера в Бишкек прибыл министр транспорта. «Визит скорее политический», — считает эксперт.',
      ['2023-04-11 past visit «Вчера в»']],
    ['en: a plan in a quote stays',
      'date: 2023-04-12\n\nThe minister arrived in Osh on Tuesday. "We will sign the agreement in the near future," he said.',
      ['2023-04-11 past visit «The minister»', 'null planned agreement «"We will»']],
    ['en: talks on another day are other talks',
      'date: 2023-04-12\n\nThe ministers of energy held talks in Osh on Tuesday. The talks on Monday in Bishkek were shorter.',
      ['2023-04-11 past meeting «The ministers»', '2023-04-10 past meeting «The talks»']],
    // A forum, a conference or its plenary session on the day of the talks is a gathering of its own.
    ['en: "addressed the plenary session of the conference" on the day of the talks is another gathering',
      'date: 2031-09-12\n\nOSH. Sept 12 - The two prime ministers held talks in Osh.\n\nOn Friday the prime ministers addressed the plenary session of the cross-border trade conference.',
      ['2031-09-12 past meeting «Sept 12»', '2031-09-12 past forum «On Friday»']],
    ['ru: «выступили на пленарном заседании форума» on the day of the talks is another gathering',
      'date: 2031-09-12\n\nВчера в Оше премьер-министры двух стран провели переговоры. 11 сентября премьеры выступили на пленарном заседании приграничного форума.',
      ['2031-09-11 past meeting «Вчера в»', '2031-09-11 past forum «11 сентября»']],
    // Negative: the forum named again with its day after the forum is the same forum.
    ['en: "the forum held on …" after the forum of that day retells it',
      'date: 2031-09-12\n\nThe cross-border trade forum took place in Osh on Thursday. Ministers who spoke at the forum held on September 11 praised the venue.',
      ['2031-09-11 past forum «The cross-border»']],
    // A summit told as a later part of the day of the talks is a gathering of its own; without such a word it retells them.
    ['en: "Later today … joined … at the summit" after the day\'s talks is another gathering',
      'date: 2031-09-12\n\nThe two presidents held talks in Osh today.\n\nLater today the presidents of five neighbouring states joined them at the summit of the mountain states.',
      ['2031-09-12 past meeting «The two»', '2031-09-12 past summit «Later today»']],
    ['ru: «В тот же день … участвовал в совещании глав государств» after the day\'s talks is another gathering',
      'date: 2031-09-12\n\nВчера премьер-министр провел в Москве переговоры с российским коллегой. В тот же день президент участвовал в совещании глав государств Содружества в Москве.',
      ['2031-09-11 past meeting «Вчера премьер-министр»', '2031-09-11 past summit «В тот»']],
    ['en: "at the summit" with no later time after the day\'s talks retells them',
      'date: 2031-09-12\n\nThe two presidents held talks in Osh today.\n\nToday at the summit the presidents discussed water.',
      ['2031-09-12 past meeting «The two»']],
    // A gathering dated by a relative day, told again with its calendar day: one milestone, the calendar day's quote.
    ['ru: «на следующий день позвонил …», then «Телефонный разговор … состоялся 16 мая»',
      'date: 2023-05-20\n\nИтоги выборов 15 мая утвердила комиссия, и на следующий день губернатору позвонил министр.\nТелефонный разговор, по данным пресс-службы, состоялся 16 мая.',
      ['2023-05-15 past other «Итоги выборов»', '2023-05-16 past meeting «Телефонный разговор,»']],
    ['en: "the next day … called", then "The call took place on May 16"',
      'date: 2023-05-20\n\nThe governor won the election on May 15, and the next day the minister phoned him.\nThe phone call with the minister took place on May 16.',
      ['2023-05-15 past other «The governor»', '2023-05-16 past meeting «The phone»']],
    // A session («заседание») told with its day is not the talks whose guest came for it, and it retells a session.
    ['ru: «Накануне прошло заседание комиссии» after talks with a guest who came for the session',
      'date: 2023-03-29\n\nИванов провел встречу с Петровым\n\n29 марта 2023 г. 13:20\n\nСпикер Думы Петр Иванов провел встречу с коллегой Иваном Петровым, который прибыл в Москву для участия в заседании межпарламентской комиссии.\n\nНакануне в Думе прошло заседание межпарламентской комиссии.',
      ['2023-03-29 past meeting «Спикер Думы»', '2023-03-28 past meeting «Накануне в»']],
    ['ru: «Заседание прошло накануне» retells the session told before',
      'date: 2023-03-29\n\nВ Думе заседала комиссия\n\n29 марта 2023 г. 13:20\n\nВ Государственной Думе прошло заседание межпарламентской комиссии.\n\nЗаседание прошло накануне в Думе.',
      ['2023-03-28 past meeting «В Государственной»']],
    ['a second call of another day stays',
      'date: 2023-05-20\n\nИтоги выборов 15 мая утвердила комиссия, и на следующий день губернатору позвонил министр.\nЕще один телефонный разговор состоялся 18 мая.',
      ['2023-05-15 past other «Итоги выборов»', '2023-05-16 past meeting «и на»', '2023-05-18 past meeting «Еще один»']],
    // An arrival told with the place it came from, after the talks only: a leg of a tour, the trip itself.
    ['en: "arrived in Osh from Tashkent" after the talks is the visit',
      'date: 2023-04-12\n\nThe ministers of energy held talks in Osh on Tuesday. The Russian minister arrived in Osh from Tashkent, the second stop of his regional trip.',
      ['2023-04-11 past meeting «The ministers»', '2023-04-11 past visit «The Russian»']],
    ['ru: «прилетел в Ош из Ташкента» after the talks is the visit',
      'date: 2023-04-12\n\nМинистры энергетики провели переговоры в Оше во вторник. Российский министр прилетел в Ош из Ташкента в рамках поездки по региону.',
      ['2023-04-11 past meeting «Министры энергетики»', '2023-04-11 past visit «Российский министр»']],
    ['en: "arrived in Osh for the talks" still retells them',
      'date: 2023-04-12\n\nThe ministers of energy held talks in Osh on Tuesday. The Russian minister arrived in Osh for the talks.',
      ['2023-04-11 past meeting «The ministers»']],
    // "the signing of an agreement": the documents are new, though the signing word has "the".
    ['en: "signed … and witnessed the signing of an agreement" is two signings',
      'date: 2023-04-12\n\nThe two ministers signed a memorandum on energy on Tuesday and witnessed the signing of an agreement on power lines.',
      ['2023-04-11 past agreement «The two»', '2023-04-11 past agreement «witnessed the»']],
    ['en: "witnessed the signing of agreements on …" after a bare signing names new documents',
      'date: 2023-04-12\n\nThe documents were signed on Tuesday. The two ministers then witnessed the signing of agreements on school exchanges.',
      ['2023-04-11 past agreement «The documents»', '2023-04-11 past agreement «The two»']],
    ['en: "The signing of the memorandum took place …" retells the signing',
      'date: 2023-04-12\n\nThe two ministers signed a memorandum on energy on Tuesday. The signing of the memorandum took place in the city hall.',
      ['2023-04-11 past agreement «The two»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

const m = (type: MilestoneType, date: PartialDate | null, peopleIds: string[]): MilestoneDraft => ({
  date, dateEvidence: '', type, status: 'past', titleEn: '', titleRu: '', peopleIds, place: null, bilateral: true, derived: null, quote: { start: 0, end: 0, text: '' }, documentAct: false,
});

describe('sameEvent and headlineTwin: two milestones telling one event', () => {
  it.each([
    ['same type, date and people', m('meeting', '2020-01-02', ['a', 'b']), m('meeting', '2020-01-02', ['b', 'a']), true, true],
    ['another person', m('meeting', '2020-01-02', ['a']), m('meeting', '2020-01-02', ['a', 'b']), false, true],
    ['no people', m('meeting', '2020-01-02', []), m('meeting', '2020-01-02', []), false, true],
    ['documents are told apart', m('agreement', '2020-01-02', ['a']), m('agreement', '2020-01-02', ['a']), false, true],
    ['another date', m('visit', '2020-01-02', ['a']), m('visit', '2020-01-03', ['a']), false, false],
    ['no date', m('visit', null, ['a']), m('visit', null, ['a']), false, true],
  ] as const)('%s', (_, a, b, same, twin) => {
    expect(sameEvent(a, b)).toBe(same);
    expect(headlineTwin(a, b)).toBe(twin);
  });
});

describe('isHeadline: a whole line without a closing full stop', () => {
  const text = 'Министры встретились в Оше\nВчера министры провели переговоры. Встреча прошла в Оше.\nИтоги «встречи»';
  const sentences = splitSentences(text);
  const doc = { id: 't', file: 't.txt', header: {}, text, sentences, language: 'ru' as const };
  it.each(sentences.map((s) => [s.text, s.index === 0 || s.text.startsWith('Итоги')] as const))('«%s»: %s', (t, want) => {
    expect(isHeadline(doc, sentences.find((s) => s.text === t)!)).toBe(want);
  });
  const teaser = 'Премьеры встретились в Казани. Главное\n\nКАЗАНЬ, 5 мая. Вчера премьеры провели переговоры.\n1. Соглашение о торговле\n2. Меморандум о туризме';
  const lines = splitSentences(teaser);
  const tdoc = { ...doc, text: teaser, sentences: lines };
  it.each(lines.map((s) => [s.text, s.start < teaser.indexOf('\n')] as const))(
    'a line of sentences without a closing stop in the headline block only: «%s»: %s',
    (t, want) => {
      expect(isHeadline(tdoc, lines.find((s) => s.text === t)!)).toBe(want);
    },
  );
});

describe('namedAsTime: a gathering named only as the time of something else', () => {
  const told = [{ type: 'summit' }] as MilestoneDraft[];
  const hitAt = (doc: string, word: string, key: string): TriggerHit => {
    const start = doc.indexOf(word);
    return { trigger: TRIGGERS.find((t) => t.key === key)!, start, end: start + word.length };
  };
  // The preposition starts a word: at the text's start, after a space or a sign, never inside a word.
  it.each([
    ['en', 'He spoke to reporters before the summit in Minsk.', 'summit', true],
    ['en', 'Before the summit in Minsk, he spoke to reporters.', 'summit', true],
    ['en', 'He spoke (after the summit) to reporters.', 'summit', true],
    ['en', 'He spoke to reporters hereafter the summit in Minsk.', 'summit', false],
    ['en', 'He spoke to reporters before the summit with Putin.', 'summit', false],
    ['ru', 'Накануне саммита министр пообещал помощь.', 'саммита', true],
    ['ru', 'Министр выступил перед саммитом в Минске.', 'саммитом', true],
    ['ru', 'Министр выступил, «после саммита» уехал.', 'саммита', true],
    ['ru', 'Министр выступил на саммите в Минске.', 'саммите', false],
    // A span of time counted from the gathering makes it a landmark even with a counterpart named.
    ['ru', 'Спустя два дня после саммита с соседями министр подал в отставку.', 'саммита', true],
    ['ru', 'Вскоре после саммита с соседями министр уехал домой.', 'саммита', true],
    ['ru', 'После саммита с соседями министр уехал домой.', 'саммита', false],
    ['en', 'Hours after the summit with Putin, he resigned.', 'summit', true],
    ['en', 'Shortly after the summit with Putin, he flew home.', 'summit', true],
    ['en', 'After the summit with Putin, he flew home.', 'summit', false],
  ] as const)('%s: «%s»', (lang, doc, word, want) => {
    expect(namedAsTime(doc, hitAt(doc, word, 'summit'), told, lang)).toBe(want);
  });
});

describe('namedAsTime: a gathering with a date of its own in its phrase is an event of its own', () => {
  const told = [{ type: 'summit' }] as MilestoneDraft[];
  it.each([
    ['ru', 'Цены выросли после саммита в Минске в начале мая.', 'саммита', 'в начале мая', false],
    ['en', 'Prices rose after the summit in Minsk in early May.', 'summit', 'in early May', false],
    // A comma or a relative word first: the date is the other clause's.
    ['ru', 'После саммита в Минске, в начале мая, министр уехал.', 'саммита', 'в начале мая', true],
    ['en', 'After the summit, in early May, prices rose.', 'summit', 'in early May', true],
    ['ru', 'Цены выросли после саммита, который прошел в начале мая.', 'саммита', 'в начале мая', true],
    // Its days in brackets right after the phrase are its own.
    ['ru', 'Министр выступил накануне саммита в Душанбе (12–13 мая) с заявлением.', 'саммита', '12–13 мая', false],
    ['en', 'The minister spoke on the eve of the summit in Dushanbe (May 12–13).', 'summit', 'May 12–13', false],
    ['en', 'After the summit (which ended on May 13), prices rose.', 'summit', 'May 13', true],
  ] as const)('%s: «%s»', (lang, doc, word, date, want) => {
    const start = doc.indexOf(word);
    const hit: TriggerHit = { trigger: TRIGGERS.find((t) => t.key === 'summit')!, start, end: start + word.length };
    const at = doc.indexOf(date);
    const mention = { start: at, end: at + date.length, text: date, date: '2024-05', relative: true } as DateMention;
    expect(namedAsTime(doc, hit, told, lang, [mention])).toBe(want);
  });
});
