import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// Phrasings of foreign ministries' press releases and briefing transcripts (knowledge/event-lexicon.json and
// clause-event.ts): what they list, describe or schedule, and which day a meeting they recall was held.

/** A line of a list that a verb of discussion and a colon open is a topic of the talks (passing.ts, `listedTopic`). */
describe('the items of a list of topics are no events', () => {
  it.each([
    ['ru: «обсудили ряд вопросов:» then «– о …» lines',
      'date: 2029-04-10\n\nВ Ташкенте прошли консультации МИД двух стран по визовым вопросам. Стороны обменялись мнениями по ряду тем, в том числе:\n– о выполнении Соглашения о пенсионном обеспечении;\n– об открытии нового генконсульства в Самарканде.',
      ['2029-04-10 past meeting «Стороны обменялись»']],
    ['en: "The sides exchanged views:" then "- on …" lines',
      'date: 2029-04-10\n\nThe sides exchanged views on a number of issues, including:\n- on the implementation of the agreement on pensions;\n- on the opening of a new consulate general in Samarkand.',
      []],
    // Negative: an item naming a step by its noun is left to the other rules.
    ['en: "- preparations for the next session of the commission"',
      'date: 2029-04-10\n\nThe parties discussed the following issues:\n- preparations for the upcoming session of the intergovernmental commission.',
      ['null planned igc_session «preparations for»']],
    // Negative: a list a line without a verb of discussion opens keeps its events.
    ['ru: «Итоги визита:» then a signing on a line of its own',
      'date: 2029-04-10\n\nИтоги визита:\n– подписано соглашение о пенсионном обеспечении.',
      ['2029-04-10 past agreement «подписано соглашение»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

/** «Программа включает …», "The programme includes …": the content of an event told before (marker 'descriptive'). */
describe('a programme told by what it includes is described, no event of its own', () => {
  it.each([
    ['ru: «Программа включает концерты …» after the days of culture',
      'date: 2029-09-20\n\nВ ноябре в Казани пройдут Дни узбекской культуры. Программа включает концерты, кинопоказы и выставки.',
      ['2029-11 planned other «В ноябре»']],
    ['en: "The programme includes …" after the days of culture',
      'date: 2029-09-20\n\nDays of Uzbek culture will be held in Kazan in November. The programme includes concerts, film screenings and exhibitions.',
      ['2029-11 planned other «Days of»']],
    ['ru: «; в их программе – концерты …» after the days of culture',
      'date: 2029-07-21\n\nДни культуры Белоруссии в Армении намечены на октябрь; в их программе – концерты оркестров и выставка в Ереване.',
      ['2029-10 planned other «Дни культуры»']],
    // Negative: a programme's item with a date of its own stays an event.
    ['ru: «Программа визита включает переговоры 25 сентября»',
      'date: 2029-09-20\n\nПрограмма визита включает переговоры с президентом 25 сентября.',
      ['2029-09-25 planned visit «Программа визита»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

/** «…, который планируется в следующем году»: a relative clause that schedules its antecedent dates it (backgroundClauses.occurrence). */
describe('a relative clause scheduling the event for a time dates it', () => {
  it.each([
    ['ru: «визиту …, который планируется в следующем году»',
      'date: 2029-09-20\n\nИдет подготовка к официальному визиту председателя правительства в Минск, который планируется в следующем году.',
      ['2030 planned visit «Идет подготовка»']],
    ['ru: «…, который планируется на весну»',
      'date: 2029-09-20\n\nИдет подготовка к официальному визиту председателя правительства в Минск, который планируется на весну.',
      ['2030 planned visit «Идет подготовка»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

/** «Пакет документов готовится»: the document named before its verb of preparing is a planned agreement (trigger 'drafting'). */
describe('a document being prepared, named before its verb', () => {
  it.each([
    ['ru: «Пакет документов готовится» in an answer, no visit dated',
      'date: 2029-09-20\n\nВопрос: Что подпишут в ходе визита?\n\nОтвет: Пакет документов готовится. Не буду забегать вперед.',
      ['null planned agreement «Ответ: Пакет»']],
    ['ru: «Соглашение … разрабатывается» after a dated visit',
      'date: 2029-09-20\n\nПремьер посетит Минск 3 октября. Соглашение о транзите к визиту разрабатывается.',
      ['2029-10-03 planned visit «Премьер посетит»', '2029-10-03 planned agreement «Соглашение о»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

/** «с избранным президентом»: a president-elect is a title, no election or appointment of its own (trigger 'appointment'). */
describe('the long participle of «избран» before a post is a title', () => {
  it.each([
    ['ru: «с избранным президентом» after the election told',
      'date: 2029-11-15\n\nМинистр поздравил коллегу с проведением состоявшихся 2 ноября выборов и выразил готовность к работе с избранным президентом Петровым.',
      ['2029-11-02 past other «Министр поздравил»']],
    // Negative: the short participle still tells the election.
    ['ru: «5 марта Петров избран президентом»',
      'date: 2029-11-15\n\n5 марта Петров избран президентом страны.',
      ['2029-03-05 past other «5 марта»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

/**
 * «В прошлую среду прошёл саммит ОДКБ … Встреча министров на полях саммита ОДКБ подтвердила …»: a meeting on the sidelines
 * of a body's gathering told a few sentences before took place on that gathering's day (clause-event.ts, `sidelinesOfTold`).
 */
describe('a meeting on the sidelines of a gathering told before takes its day', () => {
  it.each([
    ['ru: a question dates the summit, the answer recalls the meeting',
      'date: 2031-05-20\n\nВопрос: В прошлую среду в Душанбе прошло заседание Совета глав государств ОДКБ. Как вы оцените итоги?\n\nОтвет: Отношения развиваются. Встреча министров Белоруссии и Армении на полях саммита ОДКБ в Душанбе подтвердила это.',
      ['2031-05-14 past summit «Вопрос: В»', '2031-05-14 past meeting «Встреча министров»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

/**
 * A reception told, then how it ended or a guest's congratulation at it: details and courtesies of that reception
 * (event-phrasing.json `gatheringDetail`; clause-event.ts, a bare congratulation after a gathering of its day).
 */
describe('the end of a reception and a congratulation at it are no events of their own', () => {
  it.each([
    ['en: "The reception concluded with an evening concert …"',
      'date: 2030-06-12\n\nOn June 12, the consulate held a reception to mark the national day. The reception concluded with an evening concert of komuz players.',
      ['2030-06-12 past anniversary «On June»']],
    ['ru: «Приём завершился концертом …»',
      'date: 2030-06-12\n\n12 июня консульство провело торжественный приём по случаю национального праздника. Приём завершился концертом фольклорного ансамбля.',
      ['2030-06-12 past anniversary «12 июня»']],
    ['en: a guest "congratulated the hosts on the anniversary" at the reception',
      'date: 2030-06-12\n\nOn June 12, the consulate held a solemn reception marking its 30th anniversary. The deputy minister, in turn, congratulated the hosts on the anniversary.',
      ['2030-06-12 past anniversary «On June»']],
    // Negative: a congratulation with a date of its own is a message of that day.
    ['en: a congratulation sent on another day stays',
      'date: 2030-06-12\n\nOn June 12, the consulate held a solemn reception marking its 30th anniversary. On June 2, the minister congratulated the consul on the anniversary.',
      ['2030-06-12 past anniversary «On June»', '2030-06-02 past other «On June»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

/**
 * «в преддверии встречи глав государств, которая состоится 21 июня»: a gathering named as the time of the talks, with
 * a relative clause telling when it is held, is an event of its own (retelling.ts, `namedAsTime`).
 */
describe('a gathering named as a time but told with its own day of holding', () => {
  it.each([
    ['ru: «в преддверии встречи …, которая состоится 4 июля»',
      'date: 2031-05-20\n\n19 мая в Минске состоялись переговоры министров.\n\nМинистры затронули проблематику ОДКБ в преддверии встречи глав государств ОДКБ, которая состоится 4 июля в Ереване.',
      ['2031-05-19 past meeting «19 мая»', '2031-07-04 planned summit «Министры затронули»']],
    // Negative: without its day the gathering stays a time of the talks.
    ['ru: «в преддверии встречи глав государств» alone',
      'date: 2031-05-20\n\n19 мая в Минске состоялись переговоры министров.\n\nМинистры затронули проблематику ОДКБ в преддверии встречи глав государств ОДКБ.',
      ['2031-05-19 past meeting «19 мая»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

/** «условились завершить согласование»: an intention of the talks already told (marker 'agreedIntent'), not talks of its own. */
describe('agreeing to complete something is an intention', () => {
  it.each([
    ['ru: «условились завершить согласование … документов, которые планируется подписать …»',
      'date: 2031-05-20\n\nМинистры обсудили подготовку к предстоящему в июле визиту премьера в Ереван. Стороны условились завершить согласование трёх соглашений, которые планируется подписать во время поездки.',
      ['2031-07 planned visit «Министры обсудили»', '2031-07 planned agreement «Стороны условились»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

/** «договорённости, достигнутые 9 марта в Вене»: an accord named with the day it was reached is an agreement of that day. */
describe('accords named with the day they were reached', () => {
  it.each([
    ['ru: «договорённости, достигнутые 9 марта в Вене, должны выполняться»',
      'date: 2031-03-20\n\nМы считаем, что договоренности, достигнутые 9 марта в Вене, должны соблюдаться обеими делегациями.',
      ['2031-03-09 past agreement «Мы считаем,»']],
    ['en: "the arrangements reached on March 9 in Vienna"',
      'date: 2031-03-20\n\nWe believe that the arrangements reached on March 9 in Vienna must be honoured by all parties.',
      ['2031-03-09 past agreement «We believe»']],
    // Negative: accords named without a day of their own are the topic of the talks.
    ['ru: «выполнение договорённостей, достигнутых в ходе визита»',
      'date: 2031-03-20\n\nСтороны обсудили выполнение договоренностей, достигнутых в ходе визита.',
      ['2031-03-20 past meeting «Стороны обсудили»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('accords named with the month they were reached stay a topic', () => {
  it.each([
    ['ru: «обсуждалось выполнение договорённостей, достигнутых в феврале»',
      'date: 2031-05-12\n\nМинистры провели переговоры в Минске 12 мая. Обсуждалось выполнение договоренностей, достигнутых в феврале.',
      ['2031-05-12 past meeting «Министры провели»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

/** «выступит в ходе общеполитической дискуссии», "speak at the general debate": a session's general debate is a gathering (forum). */
describe('the general debate of a session', () => {
  it.each([
    ['ru: «Завтра глава МИД выступит … в ходе общеполитической дискуссии»',
      'date: 2031-09-22\n\nМинистр находится в Нью-Йорке. Завтра глава МИД выступит с речью в ходе общеполитической дискуссии.',
      ['2031-09-23 planned forum «Завтра глава»']],
    ['en: "Tomorrow he will speak at the general debate"',
      'date: 2031-09-22\n\nThe minister is in New York. Tomorrow he will speak at the general debate.',
      ['2031-09-23 planned forum «Tomorrow he»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
