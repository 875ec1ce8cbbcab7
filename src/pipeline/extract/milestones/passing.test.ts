import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../types';
import { TRIGGERS, type TriggerHit } from './lexicon';
import { hedged, isAttribution, isTopic, reportedFrom, thankedFor } from './passing';
import { milestoneLines as run } from './test-kit';

describe('events told in passing', () => {
  it.each([
    ['en: a dated referendum told in passing is a milestone',
      'date: 2016-11-20\n\nThe premier visited Moscow on Friday, weeks before a constitutional referendum scheduled for December 11.',
      ['2016-11-18 past visit «The premier»', '2016-12-11 planned other «weeks before»']],
    ['ru: a piece cut off at a date that opens with its speech verb and names the speaker is no second event',
      'date: 2015-03-18\n\nСтраны намерены подписать протокол о сотрудничестве до конца года, сообщил во вторник заместитель министра экономики Иван Петров.',
      ['2015 planned agreement «Страны намерены»']],
    ['en: an undated one is not',
      'date: 2016-11-20\n\nThe premier visited Moscow on Friday. The referendum remains a topic of debate.',
      ['2016-11-18 past visit «The premier»']],
    ['ru: elections «в следующем году»',
      'date: 2019-05-14\n\nВчера премьер провел переговоры с губернатором. В следующем году в республике пройдут парламентские выборы.',
      ['2019-05-13 past meeting «Вчера премьер»', '2020 planned other «В следующем»']],
    ['ru: a base «открытая прошлой осенью»',
      'date: 2019-05-14\n\nВчера министр обороны побывал на авиабазе, открытой прошлой осенью.',
      ['2019-05-13 past visit «Вчера министр»', '2018 past other «открытой прошлой»']],
    ['ru: an appointment in a participle phrase, dated; the talks keep the day of their subject',
      'date: 2011-06-10\n\nВчера министр иностранных дел, возглавивший ведомство в марте, провел переговоры в Бишкеке.',
      ['2011-03 past other «возглавивший ведомство»', '2011-06-09 past meeting «провел переговоры»']],
    ['en: "the premier, appointed in January, visited …"',
      'date: 2011-06-10\n\nThe premier, appointed in January, visited Moscow on Monday.',
      ['2011-01 past other «appointed in»', '2011-06-06 past visit «visited Moscow»']],
    ['en: an undated appointment is no milestone',
      'date: 2011-06-10\n\nThe newly appointed minister visited Moscow on Monday.',
      ['2011-06-06 past visit «The newly»']],
    ['en: a trip in a relative clause with its own day, beside an undated reception, is its own milestone',
      'date: 2019-05-15\n\nThe Russian minister, who arrived in Osh on Monday evening, was received by the Kyrgyz president.',
      ['2019-05-13 past visit «who arrived»', '2019-05-15 past meeting «was received»']],
    ['en: an appointment in a relative clause beside an undated visit',
      'date: 2019-05-15\n\nThe deputy premier, who took office in March, visited the plant.',
      ['2019-03 past other «who took»', '2019-05-15 past visit «visited the»']],
    ['ru: «утвержденный парламентом в этой должности в конце января»',
      'date: 2011-06-10\n\nВчера премьер, утвержденный парламентом в этой должности в конце января, прибыл в Москву.',
      ['2011-01 past other «утвержденный парламентом»', '2011-06-09 past visit «прибыл в»']],
    ['en: "who took office last year"',
      'date: 2011-06-10\n\nThe ambassador, who took office last year, met the minister on Monday.',
      ['2010 past other «who took»', '2011-06-06 past meeting «met the»']],
    ['ru: «был назначен послом» in the year before, then a meeting',
      'date: 2011-06-10\n\nВ прошлом году он был назначен послом в Москве. Вчера посол встретился с министром.',
      ['2010 past other «В прошлом»', '2011-06-09 past meeting «Вчера посол»']],
    ['ru: «в должности …, на которую он был назначен в марте»: the post\'s appointment, dated',
      'date: 2011-06-10\n\nВчера премьер-министр провел переговоры в Москве. Это первый визит премьера в российскую столицу в должности главы правительства, на которую он был назначен в марте.',
      // «Это первый визит» after the talks only is the trip of the talks (retelling.test.ts).
      ['2011-06-09 past meeting «Вчера премьер-министр»', '2011-06-09 past visit «Это первый»', '2011-03 past other «на которую»']],
    ['ru: «в должности, которую он занял в прошлом году»',
      'date: 2011-06-10\n\nВчера министр провел переговоры в Москве. Министр пока не освоился в должности, которую он занял в прошлом году.',
      ['2011-06-09 past meeting «Вчера министр»', '2010 past other «Министр пока»']],
    ['ru: «которую занял недавно» has no date: no milestone',
      'date: 2011-06-10\n\nВчера министр провел переговоры в Москве. Он работает в должности, которую он занял недавно.',
      ['2011-06-09 past meeting «Вчера министр»']],
    ['en: "who took over the ministry in March"',
      'date: 2011-06-10\n\nThe foreign minister, who took over the ministry in March, met his counterpart on Monday.',
      ['2011-03 past other «who took»', '2011-06-06 past meeting «met his»']],
    ['en: "took over the ministry only recently" is undated: no milestone',
      'date: 2011-06-10\n\nThe foreign minister met his counterpart on Monday. He took over the ministry only recently.',
      ['2011-06-06 past meeting «The foreign»']],
    ['ru: a meeting told by a participle beside what the minister said',
      'date: 2017-02-20\n\nМинистр экономики Иван Петров, встречавшийся на прошлой неделе в Оше с коллегой, заявил, что спад носит ценовой характер.',
      ['2017-02 past meeting «Министр экономики»']],
    ['ru: «Достигнута договоренность о …» after the talks is an agreement of the day',
      'date: 2017-02-20\n\nВчера министр провел переговоры с губернатором. Достигнута договоренность о сборке грузовиков в Оше.',
      ['2017-02-19 past meeting «Вчера министр»', '2017-02-19 past agreement «Достигнута договоренность»']],
    ['ru: «не достигли договоренности» is none',
      'date: 2017-02-20\n\nСтороны пока не достигли договоренности о ценах.',
      []],
    ['ru: «освободил от должности» with its day is a dismissal, dated',
      'date: 2011-06-10\n\nВчера министр провел переговоры в Москве. 3 июня президент освободил от должности министра финансов.',
      ['2011-06-09 past meeting «Вчера министр»', '2011-06-03 past other «3 июня»']],
    ['ru: «новым премьером был назначен …» with its day: the post before the verb',
      'date: 2011-06-10\n\nВчера министр провел переговоры в Москве. 3 июня новым премьер-министром был назначен Иван Петров.',
      ['2011-06-09 past meeting «Вчера министр»', '2011-06-03 past other «3 июня»']],
    ['ru: «с назначением в марте … министром» names the appointment with its date',
      'date: 2011-06-10\n\nВчера министр провел переговоры в Москве. С назначением в марте Ивана Петрова министром финансов бюджет стал строже.',
      ['2011-06-09 past meeting «Вчера министр»', '2011-03 past other «С назначением»']],
    ['ru: «после назначения … министром» without a date is no milestone',
      'date: 2011-06-10\n\nВчера министр провел переговоры в Москве. После назначения Ивана Петрова министром финансов бюджет стал строже.',
      ['2011-06-09 past meeting «Вчера министр»']],
    ['ru: «был освобожден от должности» without a date is no milestone',
      'date: 2011-06-10\n\nВчера министр провел переговоры в Москве. Его предшественник был освобожден от должности.',
      ['2011-06-09 past meeting «Вчера министр»']],
    ['en: "dismissed the prime minister" on a day',
      'date: 2011-06-10\n\nThe foreign minister met his counterpart on Monday. On June 3 the president dismissed Prime Minister Ivan Petrov.',
      ['2011-06-06 past meeting «The foreign»', '2011-06-03 past other «On June»']],
    ['en: "approved … as secretary general" on a day',
      'date: 2011-06-10\n\nThe foreign minister met his counterpart on Monday. On June 3 the council approved Ivan Petrov as the bloc\'s secretary general.',
      ['2011-06-06 past meeting «The foreign»', '2011-06-03 past other «On June»']],
    ['ru: a session «назначено на октябрь» is no appointment',
      'date: 2011-06-10\n\nЗаседание комиссии назначено на октябрь.',
      ['2011-10 planned meeting «Заседание комиссии»']],
    ['en: "was to discuss … with his counterpart later this week" is a planned meeting',
      'date: 2019-05-14\n\nThe defence minister was to discuss the details with his Kyrgyz counterpart in Moscow later this week.',
      ['2019-05 planned meeting «The defence»']],
    ['ru: «обсудил с коллегой» after the talks is the same talks',
      'date: 2019-05-14\n\nВчера в Москве прошли переговоры министров иностранных дел. После переговоров министр заявил, что обсудил с коллегой все вопросы.',
      ['2019-05-13 past meeting «Вчера в»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('topics of talks', () => {
  it.each([
    ['ru: aid named after «обсудили» is a topic, not an event',
      'date: 2019-05-14\n\nВчера министры провели переговоры в Оше. Стороны обсудили вопросы оказания гуманитарной помощи.',
      ['2019-05-13 past meeting «Вчера министры»']],
    ['ru: passive «Обсуждены … поставки вакцины» names topics',
      'date: 2020-12-29\n\nПрезиденты провели телефонный разговор. Обсуждены вопросы повестки, включая поставки российской вакцины.',
      ['2020-12-29 past meeting «Президенты провели»']],
    ['ru: «речь шла о …» names what the talk was about',
      'date: 2019-05-14\n\nВчера министры провели переговоры в Оше. Речь шла о поставках топлива и о гуманитарной помощи.',
      ['2019-05-13 past meeting «Вчера министры»']],
    ['ru: «разговор шёл о …» after a phone call',
      'date: 2019-05-14\n\nВчера президенты провели телефонный разговор. Как сообщила пресс-служба, разговор шёл о поставках зерна.',
      ['2019-05-13 past meeting «Вчера президенты»']],
    ['ru: «речь идёт о …» with a date of its own still tells the event',
      'date: 2019-05-14\n\nВчера министры провели переговоры в Оше. Речь идёт о договорённостях, достигнутых 3 февраля в Москве.',
      ['2019-05-13 past meeting «Вчера министры»', '2019-02-03 past agreement «Речь идёт»']],
    ['en: a document discussed is a topic',
      'date: 2019-05-14\n\nThe ministers held talks in Osh on Monday. They discussed the supply of fuel and a new agreement on pensions.',
      ['2019-05-13 past meeting «The ministers»']],
    // The next session prepared for is a plan of its own, with no date told (next-session-prepared.test.ts).
    ['ru: «…, а также подготовку очередного заседания комиссии» goes on with the topics but names the next session',
      'date: 2019-05-14\n\nВчера министры провели переговоры в Оше. Стороны обсудили поставки топлива, а также подготовку очередного заседания межправительственной комиссии.',
      ['2019-05-13 past meeting «Вчера министры»', 'null planned igc_session «а также»']],
    ['ru: «где будет обсуждаться присоединение …» after a session is its topic',
      'date: 2014-02-10\n\n5 марта в Астане пройдет заседание межправсовета, где будет обсуждаться присоединение Армении к союзу.',
      ['2014-03-05 planned other «5 марта»']],
    ['ru: «на котором обсудят соглашение» after a summit is its topic',
      'date: 2014-02-10\n\nВ мае в Минске соберется саммит, на котором обсудят соглашение о пенсиях.',
      ['2014-05 planned summit «В мае»']],
    ['ru: «где подпишут соглашение» after a summit is still a signing',
      'date: 2014-02-10\n\nВ мае в Минске соберется саммит, где подпишут соглашение о пенсиях.',
      ['2014-05 planned summit «В мае»', '2014-05 planned agreement «где подпишут»']],
    ['ru: a dated document discussed is still a milestone',
      'date: 2019-05-14\n\nВ Оше министры обсудили выполнение договора, подписанного в 2011 году.',
      ['2011 past agreement «В Оше»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('«обсудили» / "discussed" between two parties', () => {
  it.each([
    ['en: "X and his counterpart Y, who arrived on Thursday on a visit, discussed on Friday …" is a visit and talks',
      'date: 2006-03-03\n\nThe Kyrgyz foreign minister and his Russian counterpart, who arrived here on Thursday on a two-day official visit, discussed on Friday the situation in the region.',
      ['2006-03-02 past visit «who arrived»', '2006-03-03 past meeting «discussed on»']],
    ['ru: «министры … обсудили дорожную карту» with a day is talks',
      'date: 2013-06-14\n\nВ четверг министры экономики двух стран обсудили дорожную карту по вступлению в союз.',
      ['2013-06-13 past meeting «В четверг»']],
    ['en: "discussed" by one party alone is no event',
      'date: 2013-06-14\n\nThe government discussed the budget on Thursday.',
      []],
    ['en: "X and his counterpart agreed on Monday to …" is talks',
      'date: 2019-05-14\n\nThe Kyrgyz economy minister and his Russian counterpart agreed on Monday to set up a joint working group on transport.',
      ['2019-05-13 past meeting «The Kyrgyz»']],
    ['en: "…, X told his counterpart in Moscow on Monday" is talks on that day, though what he told is a plan',
      'date: 2019-05-14\n\nRussia will write off the debt next year, the Russian prime minister told his Kyrgyz counterpart in Moscow on Monday.',
      ['2020 planned other «Russia will»', '2019-05-13 past meeting «the Russian»']],
    ['ru: «министры … договорились создать …» is the accord the talks reached (accords.ts)',
      'date: 2019-05-14\n\nВчера министры экономики двух стран договорились создать совместную рабочую группу.',
      ['2019-05-13 past agreement «Вчера министры»']],
    ['ru: «министры … договорились» with no content of its own is talks',
      'date: 2019-05-14\n\nВчера министры экономики двух стран договорились продолжить работу.',
      []],
    ['ru: «заявил своему коллеге, что …»: the talks, and what was said is no second talks',
      'date: 2019-05-14\n\nВ понедельник премьер-министр России заявил своему киргизскому коллеге, что кредит будет выделен в следующем году.',
      ['2019-05-13 past meeting «В понедельник»']],
    ['en: "agreed" by one party alone is no event',
      'date: 2019-05-14\n\nThe government agreed on Monday to raise fuel prices.',
      []],
    ['ru: «Стороны договорились» after the talks is no second meeting of that day, only the accord reached (accords.ts)',
      'date: 2019-05-14\n\nВчера министры провели переговоры в Оше. Стороны договорились об обмене статистикой.',
      ['2019-05-13 past meeting «Вчера министры»', '2019-05-13 past agreement «Стороны договорились»']],
    ['ru: «Стороны договорились о дальнейших шагах» after the talks is no event of its own',
      'date: 2019-05-14\n\nВчера министры провели переговоры в Оше. Стороны договорились о дальнейших шагах.',
      ['2019-05-13 past meeting «Вчера министры»']],
    ['en: "the two leaders discussed" after their meeting in an article without a day is the same meeting',
      'date: 2015\n\nThe presidents met in Moscow on Friday. According to official media, the two leaders discussed current issues of cooperation.',
      ['2015 past meeting «The presidents»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('steps that are only possible', () => {
  it.each([
    ['ru: «рассматривает возможность предоставления гранта» is no milestone',
      'date: 2021-04-15\n\nВчера министры провели переговоры в Бишкеке. Министр сообщил, что Россия рассматривает возможность предоставления гранта на поддержку бюджета.',
      ['2021-04-14 past meeting «Вчера министры»']],
    ['en: "could provide a loan" is no milestone',
      'date: 2021-04-15\n\nThe ministers held talks in Bishkek on Wednesday. Russia could provide a loan for the budget, the minister said.',
      ['2021-04-14 past meeting «The ministers»']],
    ['en: the month May is no hedge',
      'date: 2021-06-15\n\nRussia provided a grant of $30 million to Kyrgyzstan in May.',
      ['2021-05 past other «Russia provided»']],
    ['en: a hedge far from the event word leaves it',
      'date: 2021-04-15\n\nThe ministers held talks in Bishkek on Wednesday. Russia will provide a loan for the budget, and more plants in the south of the country could get export approvals later.',
      ['2021-04-14 past meeting «The ministers»', 'null planned other «Russia will»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('documents named in an opinion', () => {
  it.each([
    ['ru: «рассчитывают, что присоединение к договору поможет …» is no event',
      'date: 1996-03-29\n\nВ Бишкеке рассчитывают, что присоединение к договору поможет восстановить торговлю.',
      []],
    ['ru: «эксперты считают договоренность важной»',
      'date: 1997-02-21\n\nВчера премьеры подписали протокол о пограничниках. Это соглашение эксперты считают более важным, чем торговое.',
      ['1997-02-20 past agreement «Вчера премьеры»']],
    ['en: "officials hope the agreement will …"',
      'date: 2015-05-10\n\nOfficials in Bishkek hope the agreement will revive trade with Russia.',
      []],
    ['en: "The agreement will run for 15 years" tells the document’s term, not an event',
      'date: 2015-05-10\n\nYesterday the ministers signed a treaty on roads. The agreement will run for 15 years from 2017.',
      ['2015-05-09 past agreement «Yesterday the»']],
    ['ru: «Соглашение рассчитано на пять лет»',
      'date: 2015-05-10\n\nВчера министры подписали соглашение о дорогах. Соглашение рассчитано на пять лет.',
      ['2015-05-09 past agreement «Вчера министры»']],
    ['ru: «Документ предусматривает …» tells what the document says',
      'date: 2015-05-10\n\nВчера министры подписали соглашение о дорогах. Документ предусматривает создание рабочей группы.',
      ['2015-05-09 past agreement «Вчера министры»']],
    ['en: "The deal provides for …"',
      'date: 2015-05-10\n\nYesterday the ministers signed a treaty on roads. The treaty provides for a joint working group.',
      ['2015-05-09 past agreement «Yesterday the»']],
    ['ru: «Документ позволяет …», «обязывает …» tell what the document says',
      'date: 2015-05-10\n\nВчера министры подписали соглашение о связи. Документ позволяет операторам обмениваться частотами. Соглашение обязывает стороны уведомлять друг друга.',
      ['2015-05-09 past agreement «Вчера министры»']],
    ['en: "The treaty requires …" tells what the document says',
      'date: 2015-05-10\n\nYesterday the ministers signed a treaty on radio. The treaty requires both sides to share frequencies.',
      ['2015-05-09 past agreement «Yesterday the»']],
    ['ru: «подписал закон о бюджете» is a domestic act',
      'date: 2015-05-10\n\nВчера президент подписал закон о республиканском бюджете.',
      []],
    ['ru: a law named by its title in quotes, signed yesterday, is news of its own',
      'date: 2015-05-10\n\nВчера президент подписал закон «О средствах массовой информации».',
      ['2015-05-09 past other «Вчера президент»']],
    ['en: a bill named in quotes, signed on the article\'s day, is news of its own',
      'date: 2015-05-10\n\nThe president has signed a bill that labels media funded from abroad as "foreign outlets."',
      ['2015-05-10 past other «The president»']],
    ['ru: a law «О ратификации Соглашения …» signed is a milestone',
      'date: 2015-05-10\n\nВчера президент подписал Закон «О ратификации Соглашения о сотрудничестве в сфере миграции».',
      ['2015-05-09 past agreement «Вчера президент»']],
    ['en: "signed a decree on …" is a domestic act',
      'date: 2015-05-10\n\nYesterday the president signed a decree on the national budget.',
      []],
    ['ru: a law signed on its calendar date is a domestic event',
      'date: 2015-06-10\n\nТекст закона опубликован: 28 мая президент подписал закон «О статусе языков».',
      ['2015-05-28 past other «Текст закона»']],
    ['en: "signed the law on May 28" is a domestic event',
      'date: 2015-06-10\n\nThe president signed the language law on May 28.',
      ['2015-05-28 past other «The president»']],
    ['ru: «Закон подписан» dated only by the article is no event',
      'date: 2015-06-10\n\nЗакон подписан. Министры провели переговоры в Оше 8 июня.',
      ['2015-06-08 past meeting «Министры провели»']],
    ['en: "The bill was signed" dated only by the article is no event',
      'date: 2015-06-10\n\nThe bill was signed. The ministers held talks in Osh on June 8.',
      ['2015-06-08 past meeting «The ministers»']],
    ['ru: documents named in a promise are not signed',
      'date: 2015-05-10\n\nВчера министр пообещал, что все обязательства будут выполнены, включая соглашения о дорогах.',
      []],
    ['en: "promised that … would honor existing agreements"',
      'date: 2015-05-10\n\nThe minister promised that the government would honor existing agreements on roads.',
      []],
    // A membership or a document characterised by someone («назвал … выбором», "called the accord historic") is the subject of the words.
    ['ru: «назвал вступление в союз стратегическим шагом»',
      'date: 2016-05-10\n\nМинистр назвал вступление республики в ЕАЭС «верным шагом».',
      []],
    ['en: "called the agreement a turning point"',
      'date: 2016-05-10\n\nThe minister called the agreement on roads a turning point for the region.',
      []],
    ['ru: a dated accession in an opinion stays',
      'date: 2016-05-10\n\nЭксперты считают, что вступление в ЕАЭС в 2015 году оживило торговлю.',
      ['2015 past other «Эксперты считают,»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('which event a clause continues', () => {
  it.each([
    ['en: "Following the meeting" continues the meeting, not a plan told in between',
      'date: 2025-09-18\n\nThe ministers of energy held talks in Moscow yesterday. The minister said the fuel balance would be signed before the end of the year. Following the meeting, the ministers signed a memorandum on nuclear energy.',
      ['2025-09-17 past meeting «The ministers»', '2025 planned agreement «The minister»', '2025-09-17 past agreement «Following the»']],
    ['ru: an attribution that tells talks of its own is cut off from a plan',
      'date: 2009-02-03\n\nРоссия предоставит республике кредит, сообщил министр финансов по итогам переговоров с премьер-министром.',
      ['null planned other «Россия предоставит»', '2009-02-03 past meeting «сообщил министр»']],
    ['ru: «, в котором стороны договорились … к концу года» does not date the signing',
      'date: 2004-10-14\n\nВчера в Москве прошло заседание межправительственной комиссии. Главным итогом заседания стал подписанный протокол, в котором стороны договорились завершить к концу года работу над соглашением.',
      ['2004-10-13 past igc_session «Вчера в»', '2004-10-13 past agreement «Главным итогом»']],
    ['ru: «Тогда …» is the occasion told just before',
      'date: 2017-03-20\n\nГости вспомнили о государственном визите президента в Бишкек в конце февраля. Тогда президенты подписали ряд документов.',
      ['2017-02 past visit «Гости вспомнили»', '2017-02 past agreement «Тогда президенты»']],
    ['en: "At the time, …"',
      'date: 2017-03-20\n\nThe guests recalled the state visit to Bishkek in February. At the time, the presidents signed a debt agreement.',
      ['2017-02 past visit «The guests»', '2017-02 past agreement «At the»']],
    ['ru: an interview with an outlet in quotes is no meeting',
      'date: 2009-02-03\n\nЭкономист в беседе с "Вестником" отметил, что кредит поможет бюджету.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a document\'s term is not its date', () => {
  it.each([
    ['ru: «план … на следующий год» signed yesterday',
      'date: 2011-06-10\n\nВчера министры подписали план военного сотрудничества на следующий год.',
      ['2011-06-09 past agreement «Вчера министры»']],
    ['en: "a programme for 2012" signed on Thursday',
      'date: 2011-06-10\n\nThe ministers signed a cooperation programme for 2012 on Thursday.',
      ['2011-06-09 past other «The ministers»']],
    ['en: "an agreement on fuel supplies for 2012" to be signed soon has no date',
      'date: 2011-06-10\n\nThe sides will sign an agreement on fuel supplies for 2012 soon.',
      ['null planned agreement «The sides»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('page labels', () => {
  it.each([
    ['ru: «Теги: …» names topics, not a session',
      'date: 2011-06-10\n\nВчера министры провели переговоры.\n\nТеги: Россия, МПК, торговля',
      ['2011-06-09 past meeting «Вчера министры»']],
    ['en: "Tags: …"',
      'date: 2011-06-10\n\nThe ministers held talks on Thursday.\n\nTags: Russia, intergovernmental commission, summit',
      ['2011-06-09 past meeting «The ministers»']],
    ['ru: «Опубликован в разделах: …», «Тематические ссылки: …» file the page, no signing',
      'date: 2011-06-10\n\nВчера министры провели переговоры.\n\nОпубликован в разделах: Новости, Документы\nТематические ссылки: Международные договоры',
      ['2011-06-09 past meeting «Вчера министры»']],
    ['ru: «Беседу вела …» signs an interview',
      'date: 2011-06-10\n\nВчера министры провели переговоры.\n\nБеседу вела Ирина СОКОЛОВА',
      ['2011-06-09 past meeting «Вчера министры»']],
    ['en: "[Passage omitted: …]" is an editor\'s note on what was cut',
      'date: 2011-06-10\n\nThe ministers held talks on Thursday.\n\n[Passage omitted: the minister on the summit in Minsk in October]',
      ['2011-06-09 past meeting «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('statements told in passing with a date of their own', () => {
  it.each([
    ['en: "X said earlier this month that …"',
      'date: 2019-05-15\n\nThe ministers held talks in Osh on Monday. Kyrgyz Defence Minister Ivan Petrov said earlier this month that the border posts had been reinforced.',
      ['2019-05-13 past meeting «The ministers»', '2019-05 past statement «Kyrgyz Defence»']],
    ['en: "…, X said last week."',
      'date: 2019-05-15\n\nThe ministers held talks in Osh on Monday. Trade grew 5% in January-March, Kyrgyz Economy Minister Ivan Petrov said last week.',
      ['2019-05-13 past meeting «The ministers»', '2019-05 past statement «Trade grew»']],
    ['ru: «3 мая министр … заявил, что …»',
      'date: 2019-05-15\n\nВчера министры провели переговоры в Оше. 3 мая министр обороны Киргизии Иван Петров заявил, что договоренность остается в силе.',
      ['2019-05-14 past meeting «Вчера министры»', '2019-05-03 past statement «3 мая»']],
    ['ru: the imperfective «в марте заявлял о …»',
      'date: 2019-05-15\n\nВчера министры провели переговоры в Оше. Министр обороны Киргизии Иван Петров в марте заявлял о готовности усилить погранзаставы.',
      ['2019-05-14 past meeting «Вчера министры»', '2019-03 past statement «Министр обороны»']],
    ['ru: the period of a figure after «сообщил …,» is what was said, not when',
      'date: 2019-05-15\n\nВчера министры провели переговоры в Оше. Как сообщил министр экономики Иван Петров, в прошлом году товарооборот вырос на 5%.',
      ['2019-05-14 past meeting «Вчера министры»']],
    ['en: "said on Tuesday" — the day before is the news itself',
      'date: 2019-05-15\n\nThe ministers held talks in Osh on Monday. Economy Minister Ivan Petrov said on Tuesday that trade grew.',
      ['2019-05-13 past meeting «The ministers»']],
    ['en: "said on Tuesday" after news of the article\'s day is a statement of its own',
      'date: 2019-05-15\n\nThe Kyrgyz prime minister arrives in Moscow today for talks. Economy Minister Ivan Petrov said on Tuesday that the talks would cover rail transit.',
      ['2019-05-15 past visit «The Kyrgyz»', '2019-05-14 past statement «Economy Minister»']],
    ['ru: «Накануне … рассказал» after a plan of days to come',
      'date: 2019-05-15\n\nПремьер-министр Киргизии 20 мая посетит Москву. Накануне министр экономики Иван Петров рассказал депутатам, что товарооборот вырос на пять процентов.',
      ['2019-05-20 planned visit «Премьер-министр Киргизии»', '2019-05-14 past statement «Накануне министр»']],
    ['en: "“…,” X told reporters on May 3" only attributes a quote',
      'date: 2019-05-15\n\nThe ministers held talks in Osh on Monday. "We did not ask for aid. We asked for trade and for fair prices," Economy Minister Ivan Petrov told reporters on May 3.',
      ['2019-05-13 past meeting «The ministers»']],
    ['ru: «"…", — заявил 3 мая министр» only attributes a quote',
      'date: 2019-05-15\n\nВчера министры провели переговоры в Оше. «Мы не просили помощи. Мы просили торговли и честных цен», — заявил 3 мая министр экономики Иван Петров.',
      ['2019-05-14 past meeting «Вчера министры»']],
    ['en: a third country\'s minister on its own trade is no statement of the two sides',
      'date: 2019-05-15\n\nThe ministers held talks in Osh on Monday. Trade grew 5% in January-March, Kazakh Economy Minister Ivan Petrov said last week.',
      ['2019-05-13 past meeting «The ministers»']],
    ['ru: «3 мая министр экономики Казахстана … заявил» neither',
      'date: 2019-05-15\n\nВчера министры провели переговоры в Оше. 3 мая министр экономики Казахстана Иван Петров заявил, что товарооборот Казахстана вырос.',
      ['2019-05-14 past meeting «Вчера министры»']],
    ['en: "X, speaking in Y on May 3, warned that …": the aside\'s date is the statement\'s',
      'date: 2019-05-15\n\nThe ministers held talks in Osh on Monday. Kyrgyz Economy Minister Ivan Petrov, speaking in Almaty on May 3, warned that prices would rise.',
      ['2019-05-13 past meeting «The ministers»', '2019-05-03 past statement «Kyrgyz Economy»']],
    ['ru: «X, выступая в Y 3 мая, предупредил, что …»',
      'date: 2019-05-15\n\nВчера министры провели переговоры в Оше. Министр экономики Киргизии Иван Петров, выступая в Алма-Ате 3 мая, предупредил, что цены вырастут.',
      ['2019-05-14 past meeting «Вчера министры»', '2019-05-03 past statement «Министр экономики»']],
    ['ru: a long title and name between the date and the verb; a request «обратился … с просьбой» is a statement',
      'date: 2019-05-15\n\nВчера министры провели переговоры в Оше. 3 мая заместитель министра экономики Киргизии Иван Петров обратился к соседям с просьбой открыть границу.',
      ['2019-05-14 past meeting «Вчера министры»', '2019-05-03 past statement «3 мая»']],
    ['en: an aside that is not about speaking keeps its commas',
      'date: 2019-05-15\n\nThe ministers held talks in Osh on Monday. Ivan Petrov, who arrived in Almaty on May 3, said prices would rise.',
      ['2019-05-13 past meeting «The ministers»', '2019-05-03 past visit «Ivan Petrov,»']],
    // A telling on a day of its own whose words tell a plan: the plan and the telling, two events.
    ['en: "X told lawmakers on May 3 that he will … when he travels … next month"',
      'date: 2019-05-15\n\nThe ministers held talks in Osh on Monday. Kyrgyz Prime Minister Ivan Petrov told lawmakers on May 3 that he will raise the matter when he travels to Moscow next month.',
      ['2019-05-13 past meeting «The ministers»', '2019-05-03 past statement «Kyrgyz Prime»', '2019-06 planned visit «Kyrgyz Prime»']],
    ['ru: «3 мая … заявил депутатам, что …, когда посетит Москву в следующем месяце»',
      'date: 2019-05-15\n\nВчера министры провели переговоры в Оше. 3 мая премьер-министр Киргизии Иван Петров заявил депутатам, что поднимет этот вопрос, когда посетит Москву в следующем месяце.',
      ['2019-05-14 past meeting «Вчера министры»', '2019-05-03 past statement «3 мая»', '2019-06 planned visit «когда посетит»']],
    ['en: a person named after "that" is not the speaker',
      'date: 2019-05-15\n\nThe ministers held talks in Osh on Monday. The election commission said on May 2 that Ivan Petrov had won.',
      ['2019-05-13 past meeting «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a telling dated only to its month beside the plan it tells', () => {
  it('en: "said earlier this month that he will travel …" only sources the plan', () => {
    const lines = run('date: 2019-05-15\n\nThe ministers held talks in Osh on Monday. Kyrgyz Prime Minister Ivan Petrov said earlier this month that he will travel to Moscow next month.');
    expect(lines.filter((l) => l.includes('statement'))).toEqual([]);
    expect(lines.some((l) => l.includes('planned visit'))).toBe(true);
  });
});

describe('more phrasings of events told in passing', () => {
  it.each([
    ['en: "in mid-July" is the month',
      'date: 2016-05-10\n\nThe ministers are due to meet again in Osh in mid-July.',
      ['2016-07 planned meeting «The ministers»']],
    ['en: "could become a full member in the first half of next year"',
      'date: 2016-05-10\n\nBelarus could become a full member of the union in the first half of next year.',
      ['2017 planned other «Belarus could»']],
    ['en: a chronology line "March 2013: … applied for membership"',
      'date: 2016-05-10\n\nMarch 2013: Tajikistan formally applied for membership in the union.',
      ['2013-03 past other «March 2013:»']],
    ['ru: «подал заявку на вступление»',
      'date: 2016-05-10\n\nВ 2013 году Таджикистан подал официальную заявку на вступление в союз.',
      ['2013 past other «В 2013»']],
    ['ru: «Следующий раунд запланирован на сентябрь»',
      'date: 2016-05-10\n\nСледующий раунд запланирован на сентябрь.',
      ['2016-09 planned meeting «Следующий раунд»']],
    ['en: "the next round of talks"',
      'date: 2016-05-10\n\nThe next round of talks is scheduled for September.',
      ['2016-09 planned meeting «The next»']],
    ['ru: «был открыт 12 апреля 2009 года»',
      'date: 2016-05-10\n\nЦентр был открыт 12 апреля 2009 года в присутствии министров.',
      ['2009-04-12 past other «Центр был»']],
    ['en: "was officially opened on April 12, 2009"',
      'date: 2016-05-10\n\nThe centre was officially opened on April 12, 2009.',
      ['2009-04-12 past other «The centre»']],
    ['en: "the bank, set up in 2011"',
      'date: 2016-05-10\n\nThe minister praised the bank, set up in 2011.',
      ['2011 past other «The minister»']],
    ['ru: «Фонд, учрежденный в 2011 году»',
      'date: 2016-05-10\n\nФонд, учрежденный в 2011 году, выдал кредиты.',
      ['2011 past other «Фонд, учрежденный»']],
    ['en: an undated founding is none',
      'date: 2016-05-10\n\nThe fund was set up to support exporters.',
      []],
    ['ru: «ввела собственную валюту»',
      'date: 1994-06-10\n\nВ мае прошлого года республика первой в регионе ввела собственную валюту.',
      ['1993-05 past other «В мае»']],
    ['en: "introduced its own national currency"',
      'date: 1994-06-10\n\nThe republic introduced its own national currency in May last year.',
      ['1993-05 past other «The republic»']],
    ['en: a citation "(Interfax, May 3)" dates no event',
      'date: 2016-05-10\n\nBelarus could become a full member in the first half of next year (Interfax, May 3).',
      ['2017 planned other «Belarus could»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('related-article links', () => {
  it.each([
    ['ru: «Читайте также: …» keeps no date from the article',
      'date: 2016-05-10\n\nГубернатор провел переговоры с послом в рамках визита в Бишкек в мае.\n\nЧитайте также: Губернатор посетит Ош в рамках визита',
      ['2016-05 past meeting «Губернатор провел»', 'null planned visit «Читайте также:»']],
    ['ru: a list after «Читайте также:» about a third country is dropped',
      'date: 2016-05-10\n\nВчера министры провели переговоры в Оше.\n\nЧитайте также:\n• Казахстан и Россия подписали соглашение о транзите',
      ['2016-05-09 past meeting «Вчера министры»']],
    ['en: "Related:" items about a third country are dropped',
      'date: 2016-05-10\n\nThe ministers held talks in Osh on Monday.\n\nRelated:\nUzbekistan and Russia Sign Transit Agreement - 03.05.2016',
      ['2016-05-09 past meeting «The ministers»']],
    ['ru: a link told in the past with no date of its own is dropped (its publication stamp is not the event\'s day)',
      'date: 2016-05-10\n\nВчера министры провели переговоры в Оше.\n\nЧитайте также:\n• В Оше прошли Дни культуры России - 03.05.2016',
      ['2016-05-09 past meeting «Вчера министры»']],
    ['ru: «Ссылки по теме» opens a list of links as «Читайте также:» does',
      'date: 2016-05-10\n\nВчера министры провели переговоры в Оше.\n\nСсылки по теме\nПослы обсудили визовый режим - 03.05.2016',
      ['2016-05-09 past meeting «Вчера министры»']],
    ['en: several links on one line, each with its stamp in brackets',
      'date: 2016-05-10\n\nThe ministers held talks in Osh on Monday.\n\nRELATED: Envoy visits the air base (May 3) | Ministers meet on rail link (Apr. 28)',
      ['2016-05-09 past meeting «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a gathering referred back to with a date of its own', () => {
  it.each([
    ['ru: «в ходе государственного визита Президента … в Кыргызстан 12 октября 2022 года» after other talks',
      'date: 2024-04-25\n\n24 апреля в Москве состоялись консультации заместителей министров.\n\nОбсуждены вопросы, в том числе реализация договоренностей, достигнутых в ходе государственного визита Президента Российской Федерации в Кыргызстан 12 октября 2022 года.',
      ['2024-04-24 past meeting «24 апреля»', '2022-10-12 past visit «Обсуждены вопросы,»']],
    ['en: "after the talks that trade … last year" — the year is what was said',
      'date: 2003-05-10\n\nThe presidents met in Moscow on Friday. The president said after the talks that trade amounted to $200 million last year.',
      ['2003-05-09 past meeting «The presidents»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('the gathering that hosts a meeting', () => {
  it.each([
    ['ru: «Встреча прошла на полях заседания Совета … СНГ» — the meeting is retold, its host is new',
      'date: 2019-04-12\n\nВчера спикеры парламентов встретились в Минске. Встреча прошла на полях заседания Совета глав правительств СНГ.',
      ['2019-04-11 past meeting «Вчера спикеры»', '2019-04-11 past other «на полях»']],
    ['en: "met … on the sidelines of a summit of the Eurasian Economic Union"',
      'date: 2019-04-12\n\nThe two presidents met on Thursday on the sidelines of a summit of the Eurasian Economic Union in Minsk.',
      ['2019-04-11 past other «on the»', '2019-04-11 past meeting «The two»']],
    ['en: a host that is no gathering of states is not told apart',
      'date: 2019-04-12\n\nThe two presidents met on Thursday on the sidelines of the festival in Osh.',
      ['2019-04-11 past meeting «The two»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('closing a military facility', () => {
  it.each([
    ['en: a pledge to close a transit center "when its lease expires in 2016"',
      'date: 2013-11-03\n\nThe president repeated his pledge to close the foreign transit center at the airport when its lease expires in 2016.',
      ['2016 planned other «The president»']],
    ['ru: «закрыть авиабазу» without a date is no milestone',
      'date: 2013-11-03\n\nПрезидент объявил о намерении закрыть иностранную авиабазу.',
      []],
    ['ru: «вывод авиабазы» dated',
      'date: 2013-11-03\n\nВ феврале парламент проголосовал за вывод иностранной авиабазы из аэропорта.',
      ['2013-02 past other «В феврале»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a meeting on the sidelines of a summit told before', () => {
  it.each([
    ['ru: «На полях саммита возможна встреча» is a planned meeting of the summit\'s date',
      'date: 2009-05-12\n\nМинистр сообщил, что президент примет участие в саммите ОДКБ, который запланирован на 14 июня в Москве. На полях саммита возможна двусторонняя встреча президентов.',
      ['2009-06-14 planned summit «Министр сообщил,»', '2009-06-14 planned meeting «На полях»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('another meeting of the same trip', () => {
  it.each([
    ['en: "was also received by the president" — the month of the trip, its day untold',
      'date: 2019-05-15\n\nThe ministers signed a road map on Wednesday. The guest was also received by the president.',
      ['2019-05-15 past agreement «The ministers»', '2019-05 past meeting «The guest»']],
    ['en: "During his visit, X also met with …" is a meeting of the trip, its day untold',
      'date: 2019-05-16\n\nThe minister on May 15 opened a new consulate in Osh. During his visit, the minister also met with the Kyrgyz prime minister.',
      ['2019-05-15 past other «The minister»', '2019-05 past meeting «During his»']],
    ['ru: «В ходе визита министр также встретился с …» is a meeting of the trip, its day untold',
      'date: 2019-05-16\n\nМинистр 15 мая открыл новое консульство в Оше. В ходе визита министр также встретился с премьер-министром Киргизии.',
      ['2019-05-15 past other «Министр 15»', '2019-05 past meeting «В ходе»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

/** A hit of the trigger `key` on the first occurrence of `word` in `text`. */
function hitOf(key: string, text: string, word: string): TriggerHit {
  const start = text.indexOf(word);
  return { trigger: TRIGGERS.find((t) => t.key === key)!, start, end: start + word.length };
}

describe('isAttribution: a clause that only says who said it', () => {
  it.each([
    ['the press service said on Friday', 'en', true],
    ['the minister said the shipment was expected to arrive by the end of the month', 'en', false],
    ['сообщила пресс-служба ведомства', 'ru', true],
    ['сообщил во вторник заместитель министра экономики республики Иван Петров.', 'ru', true],
    ['заявила в пятницу глава пресс-службы правительства', 'ru', true],
    ['заявил в среду министр, что документы готовы к подписанию', 'ru', false],
    ['сообщил в четверг министр о подписании протокола', 'ru', false],
    ['сообщил в четверг министр: переговоры продолжатся', 'ru', false],
    ['said on Tuesday that the fund would be set up', 'en', false],
  ] as const)('«%s» (%s): %s', (text, lang, want) => expect(isAttribution(text, lang)).toBe(want));
});

describe('reportedFrom: where the report begins after a dated speech verb', () => {
  it.each([
    ['Japarov said on Monday that documents will be signed', 'en', 'on Monday', 'signed', 'signing', 'documents will be signed'],
    ['Japarov said on Monday that documents were signed', 'en', 'on Monday', 'signed', 'signing', null],
  ] as const)('«%s»', (text, lang, phrase, word, key, want) => {
    const start = text.indexOf(phrase);
    const m: DateMention = { start, end: start + phrase.length, text: phrase, date: '2020-01-06', relative: true };
    const at = reportedFrom(text, 0, m, hitOf(key, text, word), lang);
    expect(at === null ? null : text.slice(at)).toBe(want);
  });
});

describe('thankedFor: the clause up to the event word thanks for it', () => {
  // The caller hands the lower case of the text before the event word (a slice of the article's): the same answer as without it.
  it.each([
    ['Премьер поблагодарил соседей за поставки зерна', 'ru', 'finance', 'поставки', true],
    ['Премьер ПОБЛАГОДАРИЛ соседей за поставки зерна', 'ru', 'finance', 'поставки', true],
    ['Россия начала поставки зерна', 'ru', 'finance', 'поставки', false],
    // The first person and the short adjective thank too; «благодаря» ('owing to') does not.
    ['Благодарю соседей за поставки зерна', 'ru', 'finance', 'поставки', true],
    ['Мы благодарны соседям за поставки зерна', 'ru', 'finance', 'поставки', true],
    ['Благодаря соседям начались поставки зерна', 'ru', 'finance', 'поставки', false],
    // What was given or decided is thanked for whatever its trigger: a debt written off, a document.
    ['Премьер поблагодарил соседей за списание долга', 'ru', 'debt', 'списание долга', true],
    ['He thanked his host for the agreement', 'en', 'document', 'agreement', true],
    ['He thanked his host for the backing during the chairmanship of the bloc', 'en', 'summit', 'chairmanship', true],
    ['He thanked his guest for his participation in the celebrations', 'en', 'anniversary', 'celebrations', false],
    // A verb of its own after the thanks opens another act.
    ['He thanked his host for the support during the floods and invited him to visit', 'en', 'visit', 'visit', false],
    ['Премьер поблагодарил коллегу за поддержку и пригласил его посетить', 'ru', 'visit', 'посетить', false],
    ['He thanked his host for the support during the visit', 'en', 'visit', 'visit', true],
    ['Премьер поблагодарил коллегу за поддержку и напомнил о визите', 'ru', 'visit', 'визите', true],
    ['He thanked his host for the support and recalled the visit', 'en', 'visit', 'visit', true],
  ] as const)('«%s»', (text, lang, key, word, want) => {
    const hit = hitOf(key, text, word);
    const before = text.slice(0, hit.start);
    expect(thankedFor(hit, before, lang)).toBe(want);
    expect(thankedFor(hit, before, lang, before.toLowerCase())).toBe(want);
  });
});

describe('hedged: a hedge near the event word', () => {
  it.each([
    ['the first tranche could arrive in May', 'en', 'finance', 'tranche', true],
    ['the first tranche arrived in May', 'en', 'finance', 'tranche', false],
  ] as const)('«%s»', (text, lang, key, word, want) => expect(hedged(hitOf(key, text, word), text, 0, lang)).toBe(want));
});

describe('isTopic: an event named after a discussion verb', () => {
  it.each([
    ['the sides discussed the supply of fuel and the ratification of the agreement', 'en', 'document', 'agreement', true],
    ['the parliament completed the ratification of the agreement', 'en', 'document', 'agreement', false],
    ['стороны обсудили подготовку к заседанию межправкомиссии, которое решено провести в марте', 'ru', 'igc', 'межправкомиссии', false],
    ['стороны обсудили подготовку к заседанию межправкомиссии', 'ru', 'igc', 'межправкомиссии', true],
    ['the sides discussed the intergovernmental commission, which will be held in May', 'en', 'igc', 'intergovernmental commission', false],
    ['стороны обсудили итоги заседания межправкомиссии, которое прошло в Оше', 'ru', 'igc', 'межправкомиссии', true],
  ] as const)('«%s»', (text, lang, key, word, want) => expect(isTopic(hitOf(key, text, word), text, 0, lang)).toBe(want));
});

describe('a loan of an international lender', () => {
  it.each([
    ['en: an international lender\'s loan is no milestone',
      'date: 2016-11-20\n\nThe premier visited Moscow on Friday. The World Bank approved a $40 million loan to the republic in October.',
      ['2016-11-18 past visit «The premier»']],
    ['ru: «Всемирный банк выделил кредит»',
      'date: 2016-11-20\n\nВчера премьер провел переговоры с губернатором. В октябре Азиатский банк развития выделил республике кредит в 30 млн долларов.',
      ['2016-11-19 past meeting «Вчера премьер»']],
    ['en: the lender named in a relative clause',
      'date: 2016-11-20\n\nThe premier visited Moscow on Friday. The International Monetary Fund, which approved a $45 million loan for the republic last summer, is cautious.',
      ['2016-11-18 past visit «The premier»']],
    ['en: Russia named with the lender keeps the loan',
      'date: 2016-11-20\n\nThe premier visited Moscow on Friday. Russia and the World Bank granted a $40 million loan to the republic in October.',
      ['2016-11-18 past visit «The premier»', '2016-10 past other «Russia and»']],
    ['en: a loan of the next clause is its own',
      'date: 2016-11-20\n\nThe premier visited Moscow on Friday. The IMF approved a credit line in October, and Russia extended a $40 million loan in November.',
      ['2016-11-18 past visit «The premier»', '2016-11 past other «and Russia»']],
  ] as const)('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('aid or deliveries thanked for', () => {
  it.each([
    ['ru: «поблагодарил … за поставки» is no milestone of its own',
      'date: 2016-11-20\n\nВчера премьер провел переговоры с губернатором. Премьер поблагодарил соседей за поставки зерна.',
      ['2016-11-19 past meeting «Вчера премьер»']],
    ['ru: «Благодарю … за поставки» in the first person',
      'date: 2016-11-20\n\nВчера премьер провел переговоры с губернатором. Благодарю соседей за бесперебойные поставки топлива.',
      ['2016-11-19 past meeting «Вчера премьер»']],
    ['ru: «выразил признательность … за»',
      'date: 2016-11-20\n\nВчера премьер провел переговоры с губернатором. Премьер выразил признательность губернатору за поставки топлива.',
      ['2016-11-19 past meeting «Вчера премьер»']],
    ['en: "thanked … for the supply of fuel"',
      'date: 2016-11-20\n\nThe premier visited Moscow on Friday. He thanked his hosts for the steady supply of fuel.',
      ['2016-11-18 past visit «The premier»']],
    ['en: a delivery thanked for and dated in the clause stays',
      'date: 2016-11-20\n\nThe premier visited Moscow on Friday. He thanked his hosts for the delivery of 5,000 doses of vaccine in October.',
      ['2016-11-18 past visit «The premier»', '2016-10 past other «He thanked»']],
    ['en: an event word inside thanks for support is no milestone of its own',
      'date: 2011-09-14\n\nThe two presidents met in Dushanbe on Tuesday. The Kyrgyz leader thanked his host for Moscow\'s backing during Kyrgyzstan\'s chairmanship of the bloc.',
      ['2011-09-13 past meeting «The two»']],
    ['ru: «поблагодарил … за поддержку в период председательства»',
      'date: 2011-09-14\n\nВчера в Душанбе президенты провели переговоры. Киргизский лидер поблагодарил коллегу за поддержку в период председательства республики в организации.',
      ['2011-09-13 past meeting «Вчера в»']],
    ['en: thanks for taking part in an event are not thanks for support',
      'date: 2015-06-20\n\nThe two presidents met in St Petersburg on Friday. Putin thanked his guest for his participation in the anniversary celebrations in Moscow in May.',
      ['2015-06-19 past meeting «The two»', '2015-05 past anniversary «Putin thanked»']],
  ] as const)('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('intentions agreed on: what the talks aimed at, not talks of their own', () => {
  it.each([
    ['ru: «договорились к 2020 году вернуть товарооборот» after the talks',
      'date: 2017-02-20\n\nВчера в Москве премьер провел переговоры с губернатором. Стороны договорились к 2020 году вернуть товарооборот к уровню 2 млрд долларов.',
      ['2017-02-19 past meeting «Вчера в»']],
    ['ru: «договорились продолжить работу» on its own is no talks',
      'date: 2017-02-20\n\nПремьер и губернатор договорились продолжить работу по расчетам в национальных валютах.',
      []],
    ['ru: «договорились о поставках зерна» stays an event',
      'date: 2017-02-20\n\nВчера в Москве премьер провел переговоры с губернатором. Стороны договорились о поставках зерна.',
      ['2017-02-19 past meeting «Вчера в»', '2017-02-19 past other «Стороны договорились»']],
    ['en: "agreed on Monday to speed up investment" is no talks',
      'date: 2017-02-20\n\nThe premier and his counterpart agreed on Monday to speed up investment in hydropower.',
      []],
    ['en: "agreed on Monday to build two plants" still is',
      'date: 2017-02-20\n\nThe premier and his counterpart agreed on Monday to build two plants.',
      ['2017-02-20 past meeting «The premier»']],
  ] as const)('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
