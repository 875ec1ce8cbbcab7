/**
 * The language of frictions between the two sides: a note handed over, explanations demanded, regret expressed, a
 * denunciation approved and its law signed, aid suspended, an explosion, mass checks of migrants; and a reaction told
 * in someone's words without a day of its own.
 */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a diplomatic note handed over by a body in the neuter, to a pronoun, or as a note of protest', () => {
  it.each([
    ['ru: «консульство передало ноту» on a weekday',
      'date: 2034-03-10\n\nВо вторник консульство передало ноту министерству иностранных дел.',
      ['2034-03-07 past statement «Во вторник»']],
    ['en: "handed him a diplomatic note" after receiving the envoy',
      'date: 2034-03-10\n\nOn Monday, the deputy minister received the envoy and handed him a diplomatic note on water quotas.',
      ['2034-03-06 past meeting «On Monday,»', '2034-03-06 past statement «handed him»']],
    ['en: "delivered a note of protest over …" with no "to"',
      'date: 2034-03-10\n\nOn Tuesday the ministry delivered a note of protest over the arrests at the border.',
      ['2034-03-07 past statement «On Tuesday»']],
    // Negative: a note of a musician, a banknote.
    ['en: a note played is no diplomatic note',
      'date: 2034-03-10\n\nOn Tuesday the orchestra played a high note at the gala.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('explanations asked for or demanded from the other side', () => {
  it.each([
    ['ru: «направило запрос с просьбой дать разъяснения» on a weekday',
      'date: 2034-03-10\n\nВо вторник агентство таможни направило партнёрам запрос с просьбой дать разъяснения о тарифах на молоко.',
      ['2034-03-07 past statement «Во вторник»']],
    ['ru: «потребовал объяснений»',
      'date: 2034-03-10\n\nВ понедельник МИД потребовал от соседей объяснений в связи с закрытием пункта пропуска.',
      ['2034-03-06 past statement «В понедельник»']],
    ['en: "demanded an explanation"',
      'date: 2034-03-10\n\nOn Monday the foreign ministry demanded an explanation for the closure of the checkpoint.',
      ['2034-03-06 past statement «On Monday»']],
    // Negative: something explained is no request; a headline's present tense is left to the body.
    ['en: a delay explained',
      'date: 2034-03-10\n\nThe company explained the delay by the weather.',
      []],
    ['ru: «требует объяснений» in the present',
      'date: 2034-03-10\n\nМИД требует объяснений от соседей.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('regret expressed over a decision or an incident', () => {
  it.each([
    ['ru: «выразил сожаление» on a weekday',
      'date: 2034-03-10\n\nВ понедельник глава таможни выразил сожаление в связи с задержкой грузов.',
      ['2034-03-06 past statement «В понедельник»']],
    ['en: "expressed regret over" a mishap',
      'date: 2034-03-10\n\nOn Monday the railway operator expressed regret over the delay of the grain wagons.',
      ['2034-03-06 past statement «On Monday»']],
    ['ru: regret told by the reporter after the news keeps its day',
      'date: 2034-03-10\n\nВ понедельник парламент ратифицировал соглашение о транзите. Посол тоже выразил сожаление.',
      ['2034-03-06 past agreement «В понедельник»', '2034-03-06 past statement «Посол тоже»']],
    // Negative: «к сожалению» in someone's words is no statement of regret.
    ['ru: «К сожалению» in a quote',
      'date: 2034-03-10\n\n«К сожалению, товарооборот снизился», — сказал министр.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a reaction told undated in what someone said has no day of the occasion told', () => {
  it.each([
    ['ru: «отметил, что соседи с сожалением восприняли решение»',
      'date: 2034-03-10\n\nВ понедельник парламент ратифицировал соглашение о транзите. Вице-премьер отметил, что соседи с сожалением восприняли решение.',
      ['2034-03-06 past agreement «В понедельник»', 'null past statement «Вице-премьер отметил,»']],
    ['en: "noted that the partners would request explanations"',
      'date: 2034-03-10\n\nOn Monday the parliament ratified the transit agreement. A trade envoy noted that the partners would request explanations.',
      ['2034-03-06 past agreement «On Monday»', 'null past statement «A trade»']],
    ['ru: «По словам министра, соседи направили в МИД ноту»',
      'date: 2034-03-10\n\nВ понедельник парламент ратифицировал соглашение о транзите. По словам министра, соседи направили в МИД ноту.',
      ['2034-03-06 past agreement «В понедельник»', 'null past statement «По словам»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a denunciation approved by parliament, and the relevant law signed', () => {
  it.each([
    ['ru: «одобрил денонсацию» in a month',
      'date: 2034-03-10\n\nПарламент одобрил денонсацию в январе.',
      ['2034-01 past other «Парламент одобрил»']],
    ['en: "approved the denunciation of the treaty" on a weekday',
      'date: 2034-03-10\n\nOn Tuesday the senate approved the denunciation of the fishing treaty.',
      ['2034-03-07 past agreement «On Tuesday»']],
    ['ru: «подписал соответствующий закон» after a denunciation told in the sentence',
      'date: 2034-03-10\n\nВ феврале сенат одобрил денонсацию конвенции о рыболовстве, и глава государства подписал соответствующий закон.',
      ['2034-02 past agreement «В феврале»']],
    // Negative: the relevant law of a budget is a domestic act.
    ['ru: «подписал соответствующий закон» after a budget',
      'date: 2034-03-10\n\nВ феврале сенат одобрил налоговый кодекс, и глава государства подписал соответствующий закон.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('aid suspended, an explosion, mass checks of migrants', () => {
  it.each([
    ['en: "suspended financial aid" on a weekday',
      'date: 2034-03-10\n\nOn Monday the government suspended financial aid to the region.',
      ['2034-03-06 past other «On Monday»']],
    ['ru: «приостановило финансовую помощь» on a weekday',
      'date: 2034-03-10\n\nВ понедельник правительство приостановило финансовую помощь региону.',
      ['2034-03-06 past other «В понедельник»']],
    ['en: "an explosion at a gas station" with its day',
      'date: 2034-03-10\n\nSix people were injured in an explosion at a gas station on March 2.',
      ['2034-03-02 past other «Six people»']],
    ['ru: «взрыва на складе» with its day',
      'date: 2034-03-10\n\nВ результате взрыва на складе 2 марта пострадали шесть человек.',
      ['2034-03-02 past other «В результате»']],
    ['en: "mass checks of migrants" with their day',
      'date: 2034-03-10\n\nOn March 4, inspectors fined twelve building firms after mass checks of migrants at their sites.',
      ['2034-03-04 past other «On March»']],
    ['ru: «массовые проверки мигрантов» with their day',
      'date: 2034-03-10\n\n4 марта полиция провела массовые проверки мигрантов на рынке.',
      ['2034-03-04 past other «4 марта»']],
    // Negative: checks told as a practice, with no day, are no event.
    ['en: mass checks as a practice',
      'date: 2034-03-10\n\nPolice regularly carry out mass checks of migrants in the capital.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a call told again with its day gives the call told undated that day', () => {
  it.each([
    ['ru: «Разговор состоялся накануне» after a phone call told by the article',
      'date: 2034-03-10\n\nВице-премьер Олег Смирнов в телефонном разговоре с коллегой Бакытом Осмоновым обсудил поставки удобрений. Разговор состоялся накануне.',
      ['2034-03-09 past meeting «Вице-премьер Олег»']],
    ['en: "The phone call took place on Monday" after a telephone conversation',
      'date: 2034-03-10\n\nDeputy Premier Oleg Smirnov discussed fertiliser supplies in a telephone conversation with his counterpart Bakyt Osmonov. The phone call took place on Monday.',
      ['2034-03-06 past meeting «Deputy Premier»']],
    // Negative: a call for tenders is no conversation.
    ['en: a call for tenders',
      'date: 2034-03-10\n\nThe ministry issued a call for tenders on Monday.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe("a court's verdict with a day of its own; a contract of military service is no document signed", () => {
  it.each([
    ['en: "court ruled" on a weekday',
      'date: 2034-03-10\n\nOn Monday the regional court ruled that the contractor had broken tax law.',
      ['2034-03-06 past other «On Monday»']],
    ['ru: «суд приговорил» on a weekday',
      'date: 2034-03-10\n\nВ понедельник суд приговорил бывшего чиновника к пяти годам лишения свободы.',
      ['2034-03-06 past other «В понедельник»']],
    // Negative: undated, a verdict is background; a contract with the army is a person's, not the states'.
    ['en: a court ruling with no day of its own',
      'date: 2034-03-10\n\nThe court ruled in favour of the company.',
      []],
    ['en: "signed a contract with the Defense Ministry"',
      'date: 2034-03-10\n\nHis family says the young driver signed a contract with the Defense Ministry and left.',
      []],
    ['ru: «подписал контракт с Минобороны» in a year',
      'date: 2034-03-10\n\nВ 2033 году он подписал контракт с Минобороны и уехал на фронт.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe("an alliance's exercises named by its full name with the abbreviation in brackets", () => {
  it.each([
    ['en: "called off Shanghai Cooperation Organisation (SCO) drills" in a month',
      'date: 2031-10-11\n\nIn September 2030, the government called off Shanghai Cooperation Organisation (SCO) drills on its soil.',
      ['2030-09 past other «In September»']],
    // Negative: the alliance named in brackets with no exercise after it.
    ['en: "(SCO) members" is no exercise',
      'date: 2031-10-11\n\nIn September 2030, the Shanghai Cooperation Organisation (SCO) members met in the capital.',
      ['2030-09 past meeting «In September»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a plan "in the near future" told on a past day keeps no date: the day is the telling\'s', () => {
  it.each([
    ['en: "last week … intends to visit … "in the near future""',
      'date: 2034-03-10\n\nLast week the governor announced that he intends to visit Baku "in the near future".',
      ['null planned visit «Last week»']],
    ['ru: «На прошлой неделе сообщил, что намерен посетить … в ближайшее время»',
      'date: 2034-03-10\n\nНа прошлой неделе губернатор сообщил, что намерен посетить Баку в ближайшее время.',
      ['null planned visit «На прошлой»']],
    // Negative: a plan with a date of its own and no "near future" keeps it.
    ['en: "plans to visit … next week"',
      'date: 2034-03-10\n\nThe governor plans to visit Baku next week.',
      ['2034-03 planned visit «The governor»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a note answering an incident with a day of its own: the note, the incident, and what is told after the note', () => {
  it.each([
    ['en: "handed him a note of protest in connection with mass checks … on 4–5 March", then regret',
      'date: 2034-03-10\n\nYesterday, a deputy minister called in the consul and handed him a note of protest in connection with mass checks of migrants at a vegetable depot on 4–5 March 2034.\n\nThe consul expressed regret and promised a reply.',
      ['2034-03-09 past statement «Yesterday, a»', '2034-03-04 past other «in connection»', '2034-03-09 past statement «The consul»']],
    ['ru: «вручил ему ноту протеста в связи с массовыми проверками … 4 марта», then regret',
      'date: 2034-03-10\n\nВчера замминистра вызвал посла и вручил ему ноту протеста в связи с массовыми проверками мигрантов на овощной базе 4 марта.\n\nКонсул выразил сожаление.',
      ['2034-03-09 past other «Вчера замминистра»', '2034-03-09 past statement «вручил ему»', '2034-03-04 past other «в связи»', '2034-03-09 past statement «Консул выразил»']],
    // Negative: a cause with no event word of its own stays in the note's clause.
    ['en: "a note of protest in connection with the remarks" on a weekday',
      'date: 2034-03-10\n\nOn Monday the ministry delivered a note of protest in connection with the remarks of a television host.',
      ['2034-03-06 past statement «On Monday»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a second debt write-off told by ellipsis, with its own year and sum', () => {
  it.each([
    ['ru: «списала … $180 млн, а в 2031 году — ещё $300 млн»',
      'date: 2034-03-10\n\nВопрос долга закрыт: в 2029 году Москва списала соседям $180 млн, а в 2031 году — ещё $300 млн.',
      ['2029 past other «Вопрос долга»', '2031 past other «а в»']],
    ['en: "wrote off $180 million in 2029 and another $300 million in 2031"',
      'date: 2034-03-10\n\nThe debt issue is closed: Moscow wrote off $180 million in 2029 and another $300 million in 2031.',
      ['2029 past other «The debt»', '2031 past other «and another»']],
    // Negative: the same ellipsis after a figure with no write-off verb is no write-off.
    ['ru: exports, «а в 2031 году — ещё $300 млн»',
      'date: 2034-03-10\n\nЭкспорт в 2029 году составил $180 млн, а в 2031 году — ещё $300 млн.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe("a channel's broadcasting suspended, with a date of its own", () => {
  it.each([
    ['ru: «приостанавливалась ретрансляция» in a year',
      'date: 2034-03-10\n\nВ 2031 году на юге страны приостанавливалась ретрансляция музыкального канала по техническим причинам.',
      ['2031 past other «В 2031»']],
    ['en: "suspended the channel\'s broadcasts" in a year',
      'date: 2034-03-10\n\nIn 2031, the regulator suspended the channel\'s broadcasts for two weeks after a licence dispute.',
      ['2031 past other «In 2031,»']],
    // Negative: undated, it is background.
    ['ru: «Ретрансляция … была приостановлена» with no date',
      'date: 2034-03-10\n\nРетрансляция телеканала была приостановлена.',
      []],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe("a person's papers out of date or forged are no documents signed", () => {
  it.each([
    ['ru: «из-за просроченных документов»',
      'date: 2034-03-10\n\nФермеру отказали в кредите из-за просроченных документов на землю.',
      []],
    ['en: "over expired documents"',
      'date: 2034-03-10\n\nThe farmer could not get a loan over expired documents.',
      []],
    // Negative: documents signed stay.
    ['ru: «подписали документы»',
      'date: 2034-03-10\n\nВчера стороны подписали документы о транзите.',
      ['2034-03-09 past agreement «Вчера стороны»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
