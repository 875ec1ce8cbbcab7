import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('which event told before a linked clause it continues', () => {
  it.each([
    // A plan linked to a gathering of the article's own day is done at its end, on that day.
    ['ru: «По итогам заседания стороны подпишут» after a session held today',
      'date: 2023-04-12\n\nЗаседание межправительственной комиссии открылось сегодня в Бишкеке. По итогам заседания стороны подпишут протокол.',
      ['2023-04-12 past igc_session «Заседание межправительственной»', '2023-04-12 planned agreement «По итогам»']],
    // … but not to a gathering of an earlier day: the plan has no date of its own.
    ['ru: a plan after talks of an earlier day stays undated',
      'date: 2023-04-12\n\nВо вторник министры провели переговоры в Бишкеке. По итогам переговоров стороны подпишут протокол.',
      ['2023-04-11 past meeting «Во вторник»', 'null planned agreement «По итогам»']],
    // A clause told with a verb of a done event does not continue the plan told just before it.
    ['en: "also agreed" after "must still be ratified"',
      'date: 2023-04-12\n\nThe ministers signed a transit agreement in Osh. The deal must still be ratified by both parliaments. Moscow also agreed to write off part of the debt.',
      ['2023-04-12 past agreement «The ministers»', 'null planned agreement «The deal»', '2023-04-12 past other «Moscow also»']],
    // A verb of telling reports the plan: the clause still continues it.
    ['en: "said … would also raise" continues the plan',
      'date: 2023-04-12\n\nThe ministers signed a transit agreement in Osh. The premier is expected in Moscow in May. The minister said Bishkek would also raise the issue at a meeting of defence ministers.',
      ['2023-04-12 past agreement «The ministers»', '2023-05 planned visit «The premier»', '2023-05 planned meeting «The minister»']],
    // An invitation continues no plan told before it: the visit it asks for has no date yet.
    ['ru: «также пригласил … посетить» after a session set for the spring',
      'date: 2023-04-12\n\nСтороны договорились провести заседание межправительственной комиссии весной в Оше. Президент Киргизии также пригласил президента России посетить Бишкек.',
      ['2023 planned igc_session «Стороны договорились»', 'null planned visit «Президент Киргизии»']],
    // A short past participle («достигнута договоренность») tells a done event: it continues the signing, not the promise between.
    ['ru: «Кроме того, достигнута договоренность …» after a promise',
      'date: 2023-04-12\n\nВчера стороны подписали пакет документов в Оше. В частности, Россия предоставит республике кредит на строительство дорог. Кроме того, достигнута договоренность о списании части долга.',
      ['2023-04-11 past agreement «Вчера стороны»', 'null planned other «В частности,»', '2023-04-11 past agreement «Кроме того,»']],
    ['ru: «также передал … приглашение … посетить» after a session set for the spring',
      'date: 2023-04-12\n\nСтороны договорились провести заседание межправительственной комиссии весной в Оше. Министр также передал коллеге приглашение премьера посетить Бишкек.',
      ['2023 planned igc_session «Стороны договорились»', 'null planned visit «Министр также»']],
    ['en: "also conveyed … an invitation" after a forum set for May',
      'date: 2023-04-12\n\nThe sides agreed to hold a business forum in Osh in May. The minister also conveyed to his host an invitation from the Kyrgyz president to visit Bishkek.',
      ['2023-05 planned forum «The sides»', 'null planned visit «The minister»']],
    ['en: "also invited … to visit" after a forum set for May',
      'date: 2023-04-12\n\nThe sides agreed to hold a business forum in Osh in May. The Kyrgyz president also invited the Russian president to visit Bishkek.',
      ['2023-05 planned forum «The sides»', 'null planned visit «The Kyrgyz»']],
    // "Two more documents …" names further documents of the signing told before: its day.
    ['en: "Three more agreements" after a signing of a past day',
      'date: 2023-04-12\n\nOn April 3 the two premiers signed a customs protocol in Osh. Three more agreements set up a joint fund for the border regions.',
      ['2023-04-03 past agreement «On April»', '2023-04-03 past agreement «Three more»']],
    // A decision to hold a gathering is a plan: the outcome told after it continues the talks before it.
    ['ru: «подписали по итогам встречи» after «решено провести … осенью»',
      'date: 2021-06-09\n\nГлавы парламентов двух стран провели переговоры в Оше. Заседание рабочей группы решено провести осенью в Нарыне. Протокол о сотрудничестве они подписали по итогам встречи.',
      ['2021-06-09 past meeting «Главы парламентов»', '2021 planned meeting «Заседание рабочей»', '2021-06-09 past agreement «Протокол о»']],
    ['en: "signed following the talks" after "decided to hold … in the autumn"',
      'date: 2021-06-09\n\nThe two speakers held talks in Osh. They decided to hold the first session of the working group in Naryn in the autumn. Following the talks, the speakers signed a cooperation protocol.',
      ['2021-06-09 past meeting «The two»', '2021 planned meeting «They decided»', '2021-06-09 past agreement «Following the»']],
    // A visit told with its day in a relative clause is the occasion an outcome of its talks continues…
    ['ru: «По итогам переговоров подписано» after «визит …, который прилетел … 14 сентября»',
      'Министерство подвело итоги года: визит премьера и новые больницы\n\nОШ, 20 дек 2022.\n\nГлавным событием года назвали визит председателя правительства России, который прилетел в Ош 14 сентября. По итогам переговоров с председателем кабмина подписано соглашение о строительстве больницы.',
      ['2022-09-14 past visit «Главным событием»', '2022-09-14 past agreement «По итогам»']],
    ['en: "Following the talks, … signed" after "the visit …, who arrived … on September 14"',
      'The ministry looks back on the year: a premier\'s visit and new hospitals\n\nOSH, Dec 20, 2022.\n\nThe highlight of the year was the visit of the Russian prime minister, who arrived in Osh on September 14. Following the talks, the two governments signed an agreement to build a hospital.',
      ['2022-09-14 past visit «The highlight»', '2022-09-14 past agreement «Following the»']],
    // … but not a clause whose link names no gathering.
    ['ru: «Кроме того» after the same visit keeps the narrative date',
      'Министерство подвело итоги года: визит премьера и новые больницы\n\nОШ, 20 дек 2022.\n\nГлавным событием года назвали визит председателя правительства России, который прилетел в Ош 14 сентября. Кроме того, Россия выделила грант на строительство больницы.',
      ['2022-09-14 past visit «Главным событием»', '2022-12-20 past other «Кроме того,»']],
    // «Тогда по итогам переговоров», "Later, following the talks": a second link naming a gathering
    // makes the clause continue the gathering told just before, even one told in a relative clause.
    ['ru: «Тогда по итогам переговоров» after a visit told with its month in a relative clause',
      'date: 2021-10-20\n\nВчера министры здравоохранения двух стран провели переговоры в Москве. Министр поблагодарил российскую сторону за поставку вакцины, о которой было объявлено в ходе визита президента России в Бишкек в мае. Тогда по итогам переговоров глав государств было подписано семь документов.',
      ['2021-10-19 past meeting «Вчера министры»', '2021-05 past visit «о которой»', '2021-05 past agreement «Тогда по»']],
    ['en: "Later, following the talks" after a visit told with its month in a relative clause',
      "date: 2021-10-20\n\nThe health ministers of the two countries held talks in Moscow yesterday. The minister thanked Moscow for the vaccine delivery, which was announced during the Russian president's visit to Bishkek in May. Later, following the talks, the two presidents signed seven documents.",
      ['2021-10-19 past meeting «The health»', '2021-05 past visit «The minister»', '2021-05 past agreement «Later, following»']],
    // "During the ceremony", «в ходе церемонии»: the anniversary or ceremony told before, further back than other links
    // reach; a ceremony only planned is not it.
    ['en: "During the ceremony" five sentences after an anniversary marked on its day',
      'date: 2031-10-20\n\nThe Osh Technical Institute, founded in 2001, celebrated its 30th anniversary on Friday, October 17, with a concert. The governor said the region would fund two new dormitories next year. Students from five countries study there. The rector thanked the donors. The institute also plans a new campus. During the ceremony the institute signed a partnership agreement with Kazan University.',
      ['2001 past other «founded in»', '2031-10-17 past anniversary «celebrated its»', '2031-10-17 past agreement «During the»']],
    ['ru: «В ходе торжественной церемонии» after an anniversary marked on its day',
      'date: 2031-10-20\n\nОшский технический институт, основанный в 2001 году, отметил 17 октября 30-летие торжественным вечером. Губернатор пообещал в следующем году построить два общежития. В институте учатся студенты из пяти стран. Ректор поблагодарил спонсоров. Институт планирует новый кампус. В ходе торжественной церемонии институт подписал соглашение о партнерстве с Казанским университетом.',
      ['2001 past other «основанный в»', '2031-10-17 past anniversary «отметил 17»', '2031-10-17 past agreement «В ходе»']],
    ['en: a celebration only planned gives "During the ceremony" no date',
      'date: 2031-10-20\n\nA celebration of the institute is planned for November 5. During the ceremony the institute signed a partnership agreement with Kazan University.',
      ['2031-11-05 planned anniversary «A celebration»', '2031-10-20 past agreement «During the»']],
  ])('%s', (_name, text, want) => expect(run(text)).toEqual(want));
});
