/**
 * Events of the humanitarian field told in its own words: matches and tournaments, concerts, a
 * jubilee counted in quarter-centuries, aid flown in or received, a medical team's arrival. Every
 * text is invented.
 */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('sports events are events of the field', () => {
  it.each([
    ['en: a tournament told as the day\'s news',
      'date: 2027-05-14\n\nOSH - Boxers from nine countries gathered at the city arena for an international tournament.',
      ['2027-05-14 past other «OSH -»']],
    ['en: a friendly match planned with its month',
      'date: 2027-05-14\n\nThe federations agreed that their under-17 teams will play a friendly match in Osh in June.',
      ['2027-06 planned other «The federations»']],
    ['en: athletes who competed at named games, with their month',
      'date: 2027-05-14\n\nIn April, judokas of both countries competed at the Asian Games in Hangzhou.',
      ['2027-04 past other «In April,»']],
    ['en: "will play a friendly" (the noun) with its day',
      'date: 2027-05-14\n\nThe under-19 teams of the two countries will play a friendly against each other in Osh on June 12.',
      ['2027-06-12 planned other «The under-19»']],
    ['en: the Games of the Future with their month',
      'date: 2027-05-14\n\nIn March, a team of 40 athletes took part in the Games of the Future in Kazan.',
      ['2027-03 past other «In March,»']],
    ['ru: «турнир» held on a told day',
      'date: 2027-05-14\n\nВ субботу в Оше прошёл международный турнир по боксу.',
      ['2027-05-08 past other «В субботу»']],
    ['ru: «товарищеский матч» planned',
      'date: 2027-05-14\n\nВ июне молодёжные сборные двух стран сыграют товарищеский матч в Казани.',
      ['2027-06 planned other «В июне»']],
    // Negative: the tournament told again by a figure of its own is no second event.
    ['en: the tournament\'s prize told after it is no second event',
      'date: 2027-05-14\n\nOSH - Boxers from nine countries gathered at the city arena for an international tournament. The tournament prize fund was $20,000.',
      ['2027-05-14 past other «OSH -»']],
    // Negative: "match" as a verb is no match.
    ['en: figures that do not match tell no event',
      'date: 2027-05-14\n\nThe two statistics offices say their numbers rarely match.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('concerts and quarter-century jubilees', () => {
  it.each([
    ['en: a concert scheduled for a day',
      'date: 2027-05-14\n\nA concert of young musicians from both countries is scheduled for May 20 at the Philharmonic.',
      ['2027-05-20 planned other «A concert»']],
    ['ru: «концерт» held on a told day',
      'date: 2027-05-14\n\nВо вторник в филармонии Оша прошёл концерт артистов двух стран.',
      ['2027-05-11 past other «Во вторник»']],
    ['ru: «отметил четверть века со дня основания»',
      'date: 2027-05-14\n\nВ пятницу Ошский университет отметил четверть века со дня основания.',
      ['2027-05-14 past anniversary «В пятницу»']],
    ['en: "celebrated a quarter of a century"',
      'date: 2027-05-14\n\nOn Friday the Slavic lyceum in Osh celebrated a quarter of a century.',
      ['2027-05-14 past anniversary «On Friday»']],
    // Negative: "in concert with" is no concert.
    ['en: "in concert with" is no concert',
      'date: 2027-05-14\n\nThe ministry acts in concert with local authorities.',
      []],
    ['en: a concert named as the time of a speech is no concert',
      'date: 2027-05-14\n\nAfter the concert, the rector thanked the guests.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('aid flown in, delivered or received, and a medical team arrived', () => {
  it.each([
    ['ru: a plane with doses landed',
      'date: 2027-05-14\n\nСегодня самолёт с 50 тысячами доз вакцины приземлился в аэропорту Оша.',
      ['2027-05-14 past other «Сегодня самолёт»']],
    ['ru: planes delivered tonnes of medicines',
      'date: 2027-05-14\n\nВ среду военные самолёты доставили в Ош около 20 тонн медикаментов.',
      ['2027-05-12 past other «В среду»']],
    ['ru: aid received in a year',
      'date: 2027-05-14\n\nВ 2025 году республика получила от соседей гуманитарную помощь.',
      ['2025 past other «В 2025»']],
    ['ru: a laboratory sent',
      'date: 2027-05-14\n\nВ понедельник в Ош была направлена мобильная лаборатория.',
      ['2027-05-10 past other «В понедельник»']],
    ['en: planes carrying medicines landed',
      'date: 2027-05-14\n\nOn Tuesday two planes carrying medicines and test kits landed in Osh.',
      ['2027-05-11 past other «On Tuesday»']],
    ['en: tonnes of aid received',
      'date: 2027-05-14\n\nIn 2025 the republic received 80 tonnes of medical supplies.',
      ['2025 past other «In 2025»']],
    ['ru: a team of doctors arrived',
      'date: 2027-05-14\n\nВчера 40 военных врачей прибыли в Ош.',
      ['2027-05-13 past visit «Вчера 40»']],
    // Negative: teachers who came are a count, not an arrival.
    ['ru: «140 учителей приехали» is a count',
      'date: 2027-05-14\n\nВ этом году 140 учителей приехали из Казани.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a piece cut off at its date that only describes tells no event', () => {
  it.each([
    ['ru: «и сегодня считается» after a founding agreement',
      'date: 2027-05-14\n\nЛицей был открыт по соглашению 2001 года и сегодня считается лучшим в городе.',
      ['2001 past agreement «Лицей был»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a further act of the subject and the trip a document was signed on', () => {
  it.each([
    ['en: ", who also opened" a centre is an opening of its own',
      'date: 2027-05-14\n\nOSH - The two ministries on Friday signed a protocol on vaccines.\n\nThe document was signed during a visit by the Russian deputy health minister, who also opened a rehabilitation centre in Osh.',
      ['2027-05-14 past agreement «OSH -»', '2027-05-14 past visit «The document»', '2027-05-14 past other «who also»']],
    ['ru: «, который также открыл» a centre is an opening of its own',
      'date: 2027-05-14\n\nВ пятницу в Оше министры подписали протокол о вакцинах.\n\nДокумент подписан в ходе визита замминистра здравоохранения России, который также открыл в Оше реабилитационный центр.',
      ['2027-05-14 past agreement «В пятницу»', '2027-05-14 past visit «Документ подписан»', '2027-05-14 past other «который также»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('openings told by the facility before the verb, and an intake of applications', () => {
  it.each([
    ['ru: «первые из них откроются к» a day',
      'date: 2027-05-14\n\nЛицеи в Оше\n\nВ Оше построят три лицея на 500 учеников.\n\n«Каждый лицей рассчитан на 500 учеников, первые из них откроются к 1 сентября 2029 года», — сказал министр.',
      ['2029-09-01 planned other ««Каждый лицей»']],
    ['ru: «приём заявок начнётся в конце месяца»',
      'date: 2027-05-14\n\nПриём заявок на обучение по квоте начнётся в конце месяца.',
      ['2027-05 planned other «Приём заявок»']],
    ['en: applications will open in a month',
      'date: 2027-05-14\n\nApplications for the scholarships will open in June.',
      ['2027-06 planned other «Applications for»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('courtesy and generic documents tell no event', () => {
  it.each([
    ['en: thanks for hosting a festival already told',
      'date: 2027-05-14\n\nOSH - A festival of Russian film opened in Osh on Friday. The consul thanked the city for hosting the festival.',
      ['2027-05-14 past other «OSH -»']],
    ['ru: thanks for hosting a forum already told',
      'date: 2027-05-14\n\nВ пятницу в Оше открылся форум ректоров. Консул поблагодарил мэрию за проведение форума.',
      ['2027-05-14 past other «В пятницу»']],
    ['ru: thanks for hosting days of culture told first here, with their own date, keep them',
      'date: 2027-05-14\n\nВ пятницу министр принял посла. Посол поблагодарил за содействие в проведении Дней культуры в Оше, которые прошли в апреле.',
      ['2027-05-14 past meeting «В пятницу»', '2027-04 past other «Посол поблагодарил»']],
    ['en: "older than any treaty" names no document',
      'date: 2027-05-14\n\n"Our friendship is older than any treaty," the consul said.',
      []],
    ['ru: «важнее любого договора» names no document',
      'date: 2027-05-14\n\n«Наша дружба важнее любого договора», — сказал консул.',
      []],
    ['ru: «Ни одно соглашение, подписанное …, не должно …» names no document',
      'date: 2027-05-14\n\n«Ни одно соглашение, подписанное министрами, не должно ждать ратификации годами», — сказал спикер.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('lectures, addresses by video, gifts, construction starts, selections running until a day, and the steps of a bill', () => {
  it.each([
    ['ru: «выступит с лекцией» on a day told', 'date: 2027-05-14\n\nНа следующей неделе, 20 мая, министр культуры выступит с лекцией перед студентами консерватории.', ['2027-05-20 planned other «На следующей»']],
    ['en: "gave a lecture" on a weekday', 'date: 2027-05-14\n\nOn Thursday the minister gave a lecture to students of the Osh State University.', ['2027-05-13 past other «On Thursday»']],
    ['ru: «С видеообращением … выступил» is a statement of the day', 'date: 2027-09-01\n\nС видеообращением к первоклассникам выступил губернатор области.', ['2027-09-01 past statement «С видеообращением»']],
    ['ru: «в видеообращении отметил» is a statement of the day', 'date: 2027-09-01\n\nГубернатор области в видеообращении отметил, что школа построена в срок.', ['2027-09-01 past statement «Губернатор области»']],
    ['en: "sent a video message" on a weekday', 'date: 2027-09-01\n\nThe governor sent a video message to the graduates on Friday.', ['2027-08-27 past statement «The governor»']],
    ['ru: «передал в дар … собрание книг»', 'date: 2027-05-14\n\nВчера посол передал в дар городской библиотеке Оша собрание книг русских поэтов.', ['2027-05-13 past other «Вчера посол»']],
    ['en: "donated a collection of rare books"', 'date: 2027-05-14\n\nThe ambassador donated a collection of rare books to the Naryn regional library on Tuesday.', ['2027-05-11 past other «The ambassador»']],
    ['ru: «Строительство … начнется в <year>» is planned', 'date: 2027-05-14\n\nСтроительство нового корпуса начнется в 2028 году.', ['2028 planned other «Строительство нового»']],
    ['en: "Construction … is expected to start in <year>"', 'date: 2027-05-14\n\nConstruction of the new dormitory is expected to start in 2028.', ['2028 planned other «Construction of»']],
    ['ru: «Второе чтение законопроекта» set for a month', 'date: 2027-05-14\n\nВторое чтение законопроекта о языке назначено на июнь.', ['2027-06 planned other «Второе чтение»']],
    ['en: "resumed debate on the bill" on a weekday', 'date: 2027-05-14\n\nOn Tuesday the deputies resumed debate on the bill on public procurement.', ['2027-05-11 past other «On Tuesday»']],
    ['en: "A final reading of the bill is expected next month"', 'date: 2027-05-14\n\nA final reading of the bill is expected next month.', ['2027-06 planned other «A final»']],
    ['ru: «Отбор кандидатов продлится до <day>» is dated by that day', 'date: 2027-02-12\n\nКвоты увеличены\n\nОтбор кандидатов на стипендии продлится до 20 марта.', ['2027-03-20 planned other «Отбор кандидатов»']],
    ['en: "Applications … are open until <day>"', 'date: 2027-05-14\n\nApplications for the programme are open until June 10.', ['2027-06-10 planned other «Applications for»']],
    ['en: "The draft of the new constitution published on Tuesday"', 'date: 2027-05-14\n\nOSH - The draft of the new constitution published on Tuesday keeps two official languages.', ['2027-05-11 past other «OSH -»']],
    ['ru: «был опубликован проект закона»', 'date: 2027-05-14\n\nВчера был опубликован проект закона о государственном языке.', ['2027-05-13 past other «Вчера был»']],
    // A visit that "lasts until" a day is no selection.
    ['ru: «Визит продлится до среды» stays a visit', 'date: 2027-05-14\n\nВизит президента продлится до среды.', ['2027-05-14 past visit «Визит президента»']],
    // A lecture only in a comparison is none.
    ['en: "reads like a lecture" is no event', 'date: 2027-05-14\n\nThe article reads like a lecture on history.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
