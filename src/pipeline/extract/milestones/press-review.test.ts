import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// Pages that tell events second-hand: a press review's own lines, a fact-check's headings and verdict, a back-reference
// to a meeting told just before. Every text is invented.
describe('the lines of a press review tell no event of the day they review', () => {
  it.each([
    ['ru: «издания разбирают результаты поездки …, а также …» up to the end of the clause',
      'date: 2031-04-09\n\nУтренние издания разбирают результаты поездки министра Ивана Орлова в Ташкент, а также подписанный им меморандум о портах.'],
    ['ru: «обзор сообщений … СМИ о саммите»', 'date: 2031-04-09\n\nНиже — обзор сообщений зарубежных СМИ о саммите в Астане.'],
    ['en: "commentators … seemed cautious about the summit"', 'date: 2031-04-09\n\nCommentators in Astana seemed cautious about the summit.'],
    ['en: "newspapers discussed the results of the visit"', 'date: 2031-04-09\n\nRegional newspapers discussed the results of the visit at length.'],
  ])('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });

  it('ru: what the review retells keeps its own day', () => {
    expect(run('date: 2031-04-09\n\nУтренние издания анализируют итоги саммита. По данным одного из изданий, министры накануне подписали меморандум о портах.')).toEqual([
      '2031-04-08 past agreement «По данным»',
    ]);
  });
});

describe('a fact-check asks and judges, it does not sign', () => {
  it.each([
    ['ru: a heading «Что же за меморандумы.»', 'date: 2031-04-09\n\nЧто же за меморандумы. Они касаются строительства дорог.'],
    ['ru: a verdict «действительно был подписан»', 'date: 2031-04-09\n\nМеморандум о портах действительно был подписан, однако денег пока нет.'],
    ['en: "What are these agreements"', 'date: 2031-04-09\n\nWhat are these agreements? They concern road building.'],
  ])('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('a step said not to happen or still in the making is no event', () => {
  it.each([
    ['ru: «не присоединится к союзу»', 'date: 2031-04-09\n\nСоседняя республика пока не присоединится к союзу.'],
    ['ru: «спорят об условиях присоединения»', 'date: 2031-04-09\n\nДелегации третий месяц спорят об условиях присоединения к союзу.'],
    ['ru: «находится в процессе доработки»', 'date: 2031-04-09\n\nСоглашение пока находится в процессе доработки, сообщили в ведомстве.'],
    ['en: cash that "arrived"', 'date: 2031-04-09\n\nNone of the promised cash arrived before winter.'],
  ])('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });

  it('ru: «готовятся подписать» is a plan', () => {
    expect(run('date: 2031-04-09\n\nМинистерства готовятся подписать соглашение о транспорте.')).toEqual(['null planned agreement «Министерства готовятся»']);
  });
});

describe('a gathering pointed back at is the one told before', () => {
  it.each([
    ['en: "… at that meeting"',
      'date: 2031-04-09\n\nThe two ministers met in Minsk in March. Flights were the main topic at that meeting, an aide said.',
      ['2031-03 past meeting «The two»']],
    ['ru: «Встреча прошла в рамках …» takes the month of the talks before',
      'date: 2031-04-09\n\nВ марте в Оше министры провели переговоры. Встреча прошла в рамках форума регионов.',
      ['2031-03 past meeting «В марте»', '2031-03 past forum «Встреча прошла»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('verbs told a little further from their words', () => {
  it.each([
    ['ru: «принял в зале «Ордо» делегацию»',
      'date: 2031-04-11\n\nВчера мэр Иван Орлов принял в зале «Ордо» делегацию из Казани.',
      ['2031-04-10 past meeting «Вчера мэр»']],
    ['ru: «внесёт … в пятницу» is the coming Friday',
      'date: 2031-04-09\n\nВ пятницу Минюст внесёт в парламент законопроект о ратификации договора о транзите.',
      ['2031-04-11 planned agreement «В пятницу»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('what the two agreed after meeting is a clause of its own', () => {
  it.each([
    ['en: ", and the two agreed that …"',
      'date: 2031-11-28\n\nPresident Orlov arrived in Minsk on Monday. Prime Minister Ivan Belov met Deputy Prime Minister Pyotr Sokolov there, and the two agreed that their intergovernmental commission would meet in Kazan in the spring.',
      ['2031-11-24 past visit «President Orlov»', '2031-11-24 past meeting «Prime Minister»', '2032 planned igc_session «and the»']],
    ['ru: «, и стороны договорились …»',
      'date: 2031-11-28\n\nВ понедельник президент Орлов прибыл в Минск. Премьер Иван Белов встретился там с вице-премьером Петром Соколовым, и стороны договорились провести заседание межправкомиссии весной.',
      ['2031-11-24 past visit «В понедельник»', '2031-11-24 past meeting «Премьер Иван»', '2032 planned igc_session «и стороны»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('what the two agreed to go on doing stays with the meeting', () => {
  it('en: ", and the two agreed to keep working on …"', () => {
    expect(run('date: 2031-11-28\n\nOn Monday Ivan Belov met Pyotr Sokolov in Minsk, and the two agreed to keep working together on the border bridge.')).toEqual([
      '2031-11-24 past meeting «On Monday»',
    ]);
  });
});

describe('a site visited after the talks, in a clause of the same sentence, is another stop', () => {
  it.each([
    ['ru: «обсудил с губернатором …, а затем посетил завод»',
      'date: 2031-10-15\n\nВчера вице-премьер обсудил с губернатором поставки зерна, а затем посетил в Оше завод «Колос».',
      ['2031-10-14 past meeting «Вчера вице-премьер»', '2031-10-14 past visit «а затем»']],
    ['en: "discussed … with the governor, and then toured a plant"',
      'date: 2031-10-15\n\nThe deputy premier discussed grain supplies with the governor yesterday, and then toured a bakery plant in Osh.',
      ['2031-10-14 past meeting «The deputy»', '2031-10-14 past visit «toured a»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
