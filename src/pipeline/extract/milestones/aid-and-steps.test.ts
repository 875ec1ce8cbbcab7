import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// Steps of aid, trade control, parliaments and projects told by their verb, with the giver and receiver or the body that
// acts named: handovers in any aspect, a decision to send aid, free supplies, aid told with a date of its own, stricter
// checks introduced, audits passed, lists agreed, facilities that start working, works under way, counts of flights,
// named operations, video conferences, enrolment, a chamber's next step and a delegation to be received. Every text is
// invented.
describe('aid handed over, told by the verb of handing over', () => {
  it.each([
    ['ru: the imperfective «передавала … партию лекарств»',
      'date: 2034-05-20\n\nВ марте российская сторона уже передавала республике партию лекарств для районных больниц.',
      ['2034-03 past other «В марте»']],
    ['ru: a field hospital to be handed over «передадут … полевой госпиталь»',
      'date: 2034-05-20\n\nПо словам министра, российские спасатели также передадут городским властям полевой госпиталь на 40 коек.',
      ['null planned other «По словам»']],
    ['ru: goods by the tonne «передала республике 12 тысяч тонн»',
      'date: 2034-05-20\n\nВ прошлом году Россия передала республике 12 тысяч тонн дизельного топлива для посевной.',
      ['2033 past other «В прошлом»']],
    ['ru: a laboratory complex «будет передан мобильный лабораторный комплекс»',
      'date: 2034-05-20\n\nДо конца года Таджикистану будет передан мобильный лабораторный комплекс.',
      ['2034 planned other «До конца»']],
    ['ru: outposts handed over in the active voice «передают заставы»',
      'date: 2034-05-20\n\nРоссийские пограничники сейчас передают заставы киргизской пограничной службе.',
      ['2034-05-20 past other «Российские пограничники»']],
    ['ru: a decision to send aid «Решение о направлении … помощи было принято накануне»',
      'date: 2034-05-20\n\nРешение о направлении гуманитарной помощи было принято накануне по поручению министра.',
      ['2034-05-19 past other «Решение о»']],
    ['ru: a package promised in four words «пообещала Бишкеку крупный пакет финансовой помощи»',
      'date: 2034-05-20\n\nМосква пообещала Бишкеку крупный пакет финансовой помощи.',
      ['null planned other «Москва пообещала»']],
    ['ru: the aircraft told as «борт» with its cargo «Борт с тест-системами приземлился»',
      'date: 2034-05-20\n\nБорт с тест-системами приземлился в аэропорту столицы в ночь на вторник.',
      ['2034-05-20 past other «Борт с»']],
    ['ru: a team named before the laboratory «будет направлена группа вирусологов и мобильная лаборатория»',
      'date: 2034-05-20\n\n"В ближайшее время в страну будет направлена группа вирусологов и мобильная лаборатория", — сообщила министр.',
      ['null planned other «"В ближайшее»']],
    // Negative: greetings handed over, keys «от заставы».
    ['ru: greetings handed over are no aid', 'date: 2034-05-20\n\nПосол передал коллегам приветствие от министра.', []],
    ['ru: keys of an outpost handed over are no handover of outposts',
      'date: 2034-05-20\n\nПограничники спустили флаг и передали ключи от заставы коллегам.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('free supplies; aid told in passing, counted with a date of its own', () => {
  it.each([
    ['ru: a supply told as free «безвозмездно поставит … 30 тысяч тонн»',
      'date: 2034-05-20\n\nРоссия до конца июля безвозмездно поставит в республику 30 тысяч тонн пшеницы.',
      ['2034-07 planned other «Россия до»']],
    ['ru: aid rendered, told by a relative clause with its year',
      'date: 2034-05-20\n\nМэр Оша поблагодарил новосибирцев за помощь, которую сибирские предприятия оказали городу в прошлом году.',
      ['2033 past other «Мэр Оша»']],
    // Negative: the same without a date of their own.
    ['ru: a supply told only by its amount is trade or a detail of a package',
      'date: 2034-05-20\n\nКроме того, по его словам, Россия поставит в республику 30 тысяч тонн пшеницы для пекарен.', []],
    ['ru: aid rendered with no date is what one thanks for',
      'date: 2034-05-20\n\nМэр Оша поблагодарил новосибирцев за помощь, которую сибирские предприятия оказали городу.', []],
    ['ru: aid rendered to the speaker «оказала нам» is a courtesy of the thanks',
      'date: 2034-05-20\n\nХотел бы выразить признательность за помощь, которую Россия оказала нам в прошлом году.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('controls, audits and lists', () => {
  it.each([
    ['ru: stricter checks introduced «ввел усиленный лабораторный контроль»',
      'date: 2034-05-20\n\nРоссельхознадзор с 15 мая ввел усиленный лабораторный контроль в отношении сыров из Киргизии.',
      ['2034-05-15 past other «Россельхознадзор с»']],
    ['ru: an audit passed «прошли аудит российской службы в апреле»',
      'date: 2034-05-20\n\nЕще шесть молочных заводов прошли аудит российской службы в апреле.',
      ['2034-04 past other «Еще шесть»']],
    ['ru: a list of enterprises agreed «согласовали перечень предприятий»',
      'date: 2034-05-20\n\nВ апреле ветеринарные службы двух стран согласовали перечень предприятий, допущенных к экспорту.',
      ['2034-04 past agreement «В апреле»']],
    // Negative: the noun retelling the step.
    ['ru: «О введении усиленного контроля … сообщил» retells it',
      'date: 2034-05-20\n\nО введении усиленного контроля Россельхознадзор сообщил 15 мая.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('facilities that start working, production and works under way', () => {
  it.each([
    ['ru: «должна заработать совместная … клиника»',
      'date: 2034-05-20\n\nВ 2035 году в Нарыне должна заработать совместная российско-киргизская клиника.',
      ['2035 planned other «В 2035»']],
    ['ru: the facility before the verb «представительство области заработает осенью»',
      'date: 2034-05-20\n\n«Договорённость выполняется, представительство области заработает осенью», — сказал губернатор.',
      ['2034 planned other ««Договорённость выполняется,»']],
    ['ru: production that may start «производство может начаться уже осенью»',
      'date: 2034-05-20\n\nПо словам директора, производство может начаться уже осенью.',
      ['2034 planned other «По словам»']],
    ['ru: works under way «ведут на авиабазе … реконструкцию»',
      'date: 2034-05-20\n\nРоссийские военные ведут на авиабазе "Кант" реконструкцию рулежной дорожки.',
      ['2034-05-20 past other «Российские военные»']],
    ['ru: a building told by its passive with who takes part «строится с участием»',
      'date: 2034-05-20\n\nСклад строится с участием российского инвестора.',
      ['2034-05-20 past other «Склад строится»']],
    // Negative: a count of facilities, money earned, relations «строятся на принципах».
    ['ru: a count of facilities to start working tallies a programme',
      'date: 2034-05-20\n\nДо конца года в стране должны заработать еще три аккредитованные лаборатории.', []],
    ['ru: «заработать» of money earned', 'date: 2034-05-20\n\nМигранты могут заработать в России больше, чем дома.', []],
    ['ru: relations «строятся на принципах»', 'date: 2034-05-20\n\nОтношения строятся на принципах равноправия.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('flights, operations, video conferences, enrolment, a chamber and a delegation', () => {
  it.each([
    ['ru: a count of flights to be performed «планируется выполнить не менее четырех рейсов»',
      'date: 2034-05-20\n\nДо конца недели планируется выполнить не менее четырех рейсов с гуманитарным грузом.',
      ['null planned other «До конца»']],
    ['ru: an operation named in straight quotes «операция "Мак"»',
      'date: 2034-05-20\n\nПремьер отметил, что операция "Мак", завершившаяся в марте, показала свою эффективность.',
      ['2034-03 past other «Премьер отметил,»']],
    ['ru: a video conference held with a counterpart',
      'date: 2034-05-20\n\nМинистр сообщил, что в прошлый вторник провел видеоконференцию с главой российского ведомства.',
      ['2034-05-16 past meeting «Министр сообщил,»']],
    ['ru: graduates enrolled «зачислены в высшие военные учебные заведения»',
      'date: 2034-05-20\n\nВ 2033 году 120 выпускников кадетских корпусов зачислены в высшие военные учебные заведения России.',
      ['2033 past other «В 2033»']],
    ['ru: a chamber that will consider the law «рассмотрят закон после нижней»',
      'date: 2034-05-20\n\nСпикер уточнил, что депутаты верхней палаты рассмотрят закон после нижней.',
      ['null planned agreement «Спикер уточнил,»']],
    ['ru: a delegation to be received «готов … принять в Москве делегацию»',
      'date: 2034-05-20\n\nПо словам депутата, комитет готов в ближайшее время принять в Москве делегацию парламента республики.',
      ['null planned meeting «По словам»']],
    // Negative: the imperfective of a schedule.
    ['ru: flights in a schedule «выполняется около 90 рейсов в неделю»',
      'date: 2034-05-20\n\nСейчас между странами выполняется около 90 рейсов в неделю.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('drafts submitted, first students, receptions of citizens, quotas agreed', () => {
  it.each([
    ['ru: a draft resolution to be submitted «проект постановления будет внесен в Жогорку Кенеш»',
      'date: 2034-06-20\n\nСоответствующий проект постановления будет внесен в Жогорку Кенеш в ближайшие дни.',
      ['null planned agreement «Соответствующий проект»']],
    ['ru: the first students told before the verb «Первых студентов филиал примет»',
      'date: 2034-06-20\n\nПервых студентов филиал примет уже в будущем году.',
      ['2035 planned other «Первых студентов»']],
    ['ru: a reception of citizens to be held «проведет приём граждан»',
      'date: 2034-06-20\n\nНа следующей неделе мобильная консульская группа проведет приём граждан в Тюмени.',
      ['2034-06 planned other «На следующей»']],
    ['ru: building work that starts «стройка начнется этой осенью»',
      'date: 2034-06-20\n\nПо словам мэра, стройка начнется этой осенью.',
      ['2034 planned other «По словам»']],
    ['ru: a quota agreed «согласовала квоту на поставку»',
      'date: 2034-06-20\n\nВ этом году российская сторона согласовала квоту на поставку 10 тыс. тонн мяса.',
      ['2034 past agreement «В этом»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
