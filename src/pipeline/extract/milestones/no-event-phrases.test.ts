import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a criminal case opened is no opening', () => {
  it.each([
    ['en: investigators opened criminal cases last year',
      'date: 2031-04-18\n\nHe said investigators had opened criminal cases against hundreds of smugglers last year.',
      []],
    ['ru: «открыли уголовное дело»',
      'date: 2031-04-18\n\nВ прошлом году следователи открыли уголовное дело против контрабандистов.',
      []],
    // Negative: a facility opened stays an opening.
    ['en: a centre opened last year',
      'date: 2031-04-18\n\nThe two ministries opened a joint training centre in Osh last year.',
      ['2030 past other «The two»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a market opened to goods is access, no opening', () => {
  it.each([
    ['ru: «рынок … открыт для наших товаров» in a quote',
      'date: 2031-04-18\n\n«Рынок в сто миллионов покупателей теперь открыт для наших товаров», — сказал министр.',
      []],
    ['ru: «открывается рынок»',
      'date: 2031-04-18\n\nДля наших фермеров открывается рынок соседних стран.',
      []],
    ['en: "the new rules open the markets of … to our farmers"',
      'date: 2031-04-18\n\n"The new rules open the markets of five countries to our farmers," the minister said.',
      []],
    // Negative: a trade house opened stays an opening.
    ['ru: a trade house opened in a market town',
      'date: 2031-04-18\n\nВ прошлом году в Оше открылся торговый дом.',
      ['2030 past other «В прошлом»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe("a person's documents in order are no documents signed", () => {
  it.each([
    ['en: "those whose documents were in order had been released"',
      'date: 2031-11-02\n\nPolice said the raid targeted illegal migration and that those whose documents were in order had been released.',
      []],
    ['ru: «у кого документы были в порядке»',
      'date: 2031-11-02\n\nВ полиции сообщили, что задержанных, у которых документы были в порядке, отпустили.',
      []],
    // Negative: documents signed stay.
    ['en: documents signed during the visit',
      'date: 2031-11-02\n\nA package of documents was signed during the visit on Monday.',
      ['2031-10-27 past agreement «A package»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('the cost of a batch of aid names the batch, not its delivery', () => {
  it.each([
    ['ru: «Стоимость первой партии помощи составит около $2 млн»',
      'date: 2031-08-18\n\nСтоимость первой партии помощи, по предварительным оценкам, составит около $2 млн.',
      []],
    ['en: "The cost of the first batch will be about $2 million"',
      'date: 2031-08-18\n\nThe cost of the first batch of equipment will be about $2 million.',
      []],
    // Negative: the batch delivered stays.
    ['ru: the first batch arrived in a month',
      'date: 2031-08-18\n\nПервая партия техники поступила в июле.',
      ['2031-07 past other «Первая партия»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('aid a side hopes to receive is no aid given', () => {
  it.each([
    ['ru: «рассчитывает получить в этом году гуманитарную помощь»',
      'date: 2031-04-22\n\nПравительство рассчитывает получить в этом году от соседей гуманитарную помощь на сумму $20 млн.',
      []],
    ['en: "hopes to receive humanitarian aid this year"',
      'date: 2031-04-22\n\nThe government hopes to receive $20 million in humanitarian aid this year.',
      []],
    // Negative: aid received stays.
    ['ru: aid received in a month',
      'date: 2031-04-22\n\nВ марте республика получила гуманитарную помощь на сумму $20 млн.',
      ['2031-03 past other «В марте»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a figure forecast to grow after a coming event tells no event', () => {
  it.each([
    ['ru: «рассчитываем, что после вступления в союз эта цифра … вырастет»',
      'date: 2031-04-22\n\n«Мы рассчитываем, что после вступления в союз эта цифра заметно вырастет», — сказал министр.',
      []],
    ['ru: «ожидают, что после вступления … он восстановится»',
      'date: 2031-04-22\n\nВ министерстве ожидают, что после вступления республики в таможенный союз товарооборот восстановится уже в следующем году.',
      []],
    ['en: "will rise if the republic joins the customs union"',
      'date: 2031-04-22\n\nThe share of machinery in imports will rise if the republic joins the customs union, analysts said.',
      []],
    // Negative: the accession told as done stays.
    ['ru: «в марте республика вступила в союз»',
      'date: 2031-04-22\n\nВ марте республика вступила в таможенный союз.',
      ['2031-03 past other «В марте»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('others following a visit tell no event of theirs', () => {
  it.each([
    ['ru: «за визитом … следили внимательно»',
      'date: 2031-05-14\n\nВ Ташкенте за визитом министра в Бишкек следили внимательно.',
      []],
    ['ru: «внимательно следили за переговорами»',
      'date: 2031-05-14\n\nВ соседних столицах внимательно следили за переговорами в Оше.',
      []],
    ['en: "the summit was closely followed in …, where …"',
      'date: 2031-05-14\n\nThe Bishkek summit was closely followed in Astana, where the Kyrgyz president made a state visit in March.',
      ['2031-03 past visit «where the»']],
    // Negative: the visit itself stays.
    ['ru: «министр прибыл в Бишкек с визитом»',
      'date: 2031-05-14\n\nВо вторник министр прибыл в Бишкек с визитом.',
      ['2031-05-13 past visit «Во вторник»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a signing told again as placed is the signing told before', () => {
  it.each([
    ['ru: «Подписание состоялось … после переговоров»',
      'date: 2031-05-14\n\nВо вторник министры подписали соглашение о сотрудничестве в сфере туризма.\n\nПодписание состоялось в здании правительства после переговоров в расширенном составе.',
      ['2031-05-13 past agreement «Во вторник»']],
    ['ru: «Подписание прошло в присутствии …»',
      'date: 2031-05-14\n\nВо вторник министры подписали соглашение о сотрудничестве в сфере туризма.\n\nПодписание прошло в присутствии премьер-министров двух стран.',
      ['2031-05-13 past agreement «Во вторник»']],
    // Negative: a signing with its object told stays.
    ['ru: «Подписание соглашения о туризме состоялось во вторник»',
      'date: 2031-05-14\n\nПодписание соглашения о туризме состоялось во вторник.',
      ['2031-05-13 past agreement «Подписание соглашения»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('congratulations told as earlier and by others are background', () => {
  it.each([
    ['ru: «Ранее с победой … также поздравили …»',
      'date: 2031-10-20\n\nРанее с победой Петрова также поздравили премьер-министр соседней страны и глава парламента.',
      []],
    ['ru: «Ранее с назначением … поздравил …»',
      'date: 2031-10-20\n\nРанее с назначением Орлова поздравил президент соседней республики.',
      []],
    // Negative: a congratulation of the day stays.
    ['ru: «в понедельник поздравил … с победой»',
      'date: 2031-10-20\n\nВ понедельник президент России поздравил Петрова с победой на выборах.',
      ['2031-10-20 past other «В понедельник»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('meetings counted against predecessors are a tally', () => {
  it.each([
    ['en: "has met his counterpart more often than any of his predecessors"',
      'date: 2031-10-20\n\nThe president has met his Russian counterpart more often than any of his predecessors.',
      []],
    // Negative: a meeting of its own day stays.
    ['en: "met his counterpart on Monday"',
      'date: 2031-10-20\n\nThe president met his Russian counterpart in Moscow on Monday.',
      ['2031-10-20 past meeting «The president»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// «Особое внимание было уделено работе над дорожной картой присоединения …»: the topic of the talks told, no event of its
// own, unless it names a date of what it is about.
describe('a topic given particular attention at the talks told is no event of its own', () => {
  it.each([
    ['ru: «Особое внимание было уделено работе над дорожной картой присоединения …»',
      'date: 2031-04-14\n\nВо вторник министры провели переговоры в Москве. Особое внимание было уделено работе над дорожной картой присоединения Кыргызстана к Таможенному союзу.',
      ['2031-04-08 past meeting «Во вторник»']],
    // Negative: a dated event named as the topic stays.
    ['ru: «Особое внимание … подготовке визита …, который запланирован на июнь»',
      'date: 2031-04-14\n\nВо вторник министры провели переговоры в Москве. Особое внимание было уделено подготовке визита президента Киргизии в Россию, который запланирован на июнь.',
      ['2031-04-08 past meeting «Во вторник»', '2031-06 planned visit «Особое внимание»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a gathering told as going on the next day is the same gathering', () => {
  it.each([
    ['ru: «форум продолжит работу завтра: запланированы …»',
      'date: 2031-06-12\n\nВ Караколе открылся форум молодых предпринимателей.\n\nФорум продолжит работу завтра: запланированы поездки на предприятия Нарынской области.',
      ['2031-06-12 past forum «В Караколе»']],
    ['ru: «заседание … продолжится завтра»',
      'date: 2031-06-12\n\nЗаседание Совета министров обороны продолжится завтра.',
      []],
    ['en: "the congress will resume the next day, with …"',
      'date: 2031-06-12\n\nThe Eurasian Transport Congress will resume the next day, with panels on rail freight.',
      []],
    ['ru: «пленарное заседание … продлится два дня» after it was told',
      'date: 2031-06-12\n\nВ пятницу в Санкт-Петербурге открылось пленарное заседание Межпарламентской ассамблеи СНГ. Пленарное заседание ассамблеи продлится два дня.',
      ['2031-06-06 past forum «В пятницу»']],
    // Negative: a duration told with the days stays the gathering's days.
    ['ru: «заседание … продлится два дня, 25–26 июня» keeps its days',
      'date: 2031-06-12\n\nЗаседание Евразийского межправительственного совета продлится два дня, 25–26 июня.',
      ['2031-06-25 planned other «Заседание Евразийского»']],
    // Negative: a gathering planned for tomorrow stays a plan.
    ['ru: a session held tomorrow',
      'date: 2031-06-12\n\nЗавтра в Бишкеке пройдет заседание межправительственной комиссии.',
      ['2031-06-13 planned igc_session «Завтра в»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('the value of a package of agreements is a figure, no signing', () => {
  it.each([
    ['ru: «общая стоимость пакета … соглашений составит»',
      'date: 2031-04-10\n\nПо словам министра экономики Петра Орлова, общая стоимость пакета подготовленных соглашений составит примерно 2 млрд долларов.',
      []],
    ['ru: «портфель … соглашений превысил …»',
      'date: 2031-04-10\n\nПо данным министерства, общий портфель инвестиционных соглашений превысил 3 млрд долларов.',
      []],
    // Negative: agreements signed, their value told after, stay a signing.
    ['ru: «подписано 12 соглашений, общая стоимость которых превысит …»',
      'date: 2031-04-10\n\nВ ходе визита подписано 12 соглашений, общая стоимость которых превысит 2 млрд долларов.',
      ['2031-04-10 past agreement «В ходе»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
