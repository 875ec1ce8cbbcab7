import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../../../schema/dataset';
import { toDoc } from '../../read';
import { extractArticle } from '../index';

/** `date «first two words»` of every milestone the whole pass list finds in `text`. */
function run(text: string): string[] {
  return extractArticle(toDoc('t.txt', text).doc).milestones.map((m) => `${m.date} «${m.quote.text.split(' ').slice(0, 2).join(' ')}»`);
}

const at = (date: PartialDate, body: string) => `date: ${date}\n\n${body}`;

describe('the occasion of the reporter’s narrative', () => {
  it.each([
    // 2021-03-10 is a Wednesday.
    ['a lead told «вчера» dates the undated narrative after it',
      at('2021-03-10', 'Вчера министры провели переговоры в Оше.\nМинистр транспорта встретился с послом.'),
      ['2021-03-09 «Вчера министры»', '2021-03-09 «Министр транспорта»']],
    ['en: a lead told "on Monday" dates the talks after it',
      at('2021-03-10', 'The ministers signed a treaty in Osh on Monday.\nThe foreign ministers held separate talks.'),
      ['2021-03-08 «The ministers»', '2021-03-08 «The foreign»']],
    // Another meeting of the same trip, told with «также» / "also": the month only.
    ['«встретился также с» is another meeting of the trip, day not told',
      at('2021-03-10', 'Вчера министры провели переговоры в Оше.\nМинистр встретился также с послом.'),
      ['2021-03-09 «Вчера министры»', '2021-03 «Министр встретился»']],
    ['en: "also met with" is another meeting of the trip, day not told',
      at('2021-03-10', 'The ministers held talks in Osh on Monday.\nThe minister also met with the ambassador.'),
      ['2021-03-08 «The ministers»', '2021-03 «The minister»']],
    // Another stop of the trip, told with «также посетил» / "also visited": the month only, for every step the sentence tells.
    ['«также посетил» after a meeting of the reporter’s day is another stop of the trip, day not told',
      at('2021-03-10', 'Губернатор Иван Петров встретился в Оше с мэром города Олегом Сидоровым. Петров также посетил Русский драмтеатр и школу.'),
      ['2021-03-10 «Губернатор Иван»', '2021-03 «Петров также»']],
    ['en: "also visited … and laid flowers" after an arrival told "on Tuesday": both steps, month only',
      at('2021-03-10', "Russia's envoy arrived in Osh on Tuesday for a three-day trip. He met the mayor. The envoy also visited the consulate and laid flowers at the memorial."),
      ['2021-03-09 «Russia\'s envoy»', '2021-03-09 «He met»', '2021-03 «The envoy»', '2021-03 «laid flowers»']],
    ['a trip told by its week dates the meeting «также» told after it by its month, not the article day',
      at('2021-03-18', 'Мэр Казани на прошлой неделе совершил рабочий визит в Бишкек.\nМэр также встретился с председателем кабинета министров.'),
      ['2021-03 «Мэр Казани»', '2021-03 «Мэр также»']],
    ['en: a trip told by its week dates the meeting "also" told after it by its month',
      at('2021-03-18', 'The mayor of Kazan paid a working visit to Bishkek last week.\nThe mayor also met with the prime minister.'),
      ['2021-03 «The mayor»', '2021-03 «The mayor»']],
    ['a meeting without «также» after such a trip keeps the narrative’s day',
      at('2021-03-18', 'Мэр Казани на прошлой неделе совершил рабочий визит в Бишкек.\nСегодня мэр встретился с послом.'),
      ['2021-03 «Мэр Казани»', '2021-03-18 «Сегодня мэр»']],
    // A day word far from any day told counts from the occasion, not from the article date.
    ['«накануне» far after a lead told «вчера» is the eve of the occasion',
      at('2021-03-10', 'Вчера министры провели переговоры в Оше.\nРечь шла о воде.\nТакже о дорогах.\nИ о школах.\nНакануне министра принял губернатор.'),
      ['2021-03-09 «Вчера министры»', '2021-03-08 «Накануне министра»']],
    ['en: "the same day" far after a lead told "on Monday" is the occasion’s day',
      at('2021-03-10', 'The ministers held talks in Osh on Monday.\nWater was the main topic.\nRoads came next.\nSchools were last.\nThe governor met the minister the same day.'),
      ['2021-03-08 «The ministers»', '2021-03-08 «The governor»']],
    ['en: a happening dated only by the article leaves the occasion to the first dated event',
      at('2021-03-10', 'The minister came back from Osh with a grant.\nHe met the governor in Osh on Monday.\nThe two men signed an agreement on roads.'),
      ['2021-03-10 «The minister»', '2021-03-08 «He met»', '2021-03-08 «The two»']],
    // Talks told without a date right after a past trip with a day or month are talks of that trip.
    ['en: talks told right after a dated trip take its day',
      at('2021-05-20', 'The governor chose Kazan for his first foreign trip on May 4.\nAfter talks with the mayor, the governor said trade would grow.'),
      ['2021-05-04 «The governor»', '2021-05-04 «After talks»']],
    ['ru: talks told right after a trip of a month take the month',
      at('2021-05-20', 'В марте губернатор посетил Казань.\nГубернатор провел переговоры с мэром города.'),
      ['2021-03 «В марте»', '2021-03 «Губернатор провел»']],
    ['a trip of a year only lends no date',
      at('2021-05-20', 'В 2019 году губернатор посетил Казань.\nГубернатор провел переговоры с мэром города.'),
      ['2019 «В 2019»', '2021-05-20 «Губернатор провел»']],
    // A sentence opening with a time clause: its date dates the main clause.
    ['en: "When X sat down with Y on May 4, the two agreed …"',
      at('2021-05-20', 'OSH - When the governor sat down with the mayor in Kazan on May 4, the two men agreed to open a trade house by 2025.'),
      ['2021-05-04 «OSH -»', '2021-05-04 «the two»']],
    ['«Накануне форума» is the day before the forum told with its day',
      at('2021-03-10', 'Во вторник в Оше прошел форум регионов.\nВ среду министры подписали соглашение о дорогах.\nНакануне форума министр встречался с губернатором.'),
      ['2021-03-09 «Во вторник»', '2021-03-10 «В среду»', '2021-03-08 «Накануне форума»']],
    ['en: "the day before the summit" is the day before the summit told with its day',
      at('2021-03-10', 'The leaders held a summit in Osh on Tuesday.\nOn Wednesday the ministers signed a treaty on roads.\nThe day before the summit, the minister met the governor.'),
      ['2021-03-09 «The leaders»', '2021-03-10 «On Wednesday»', '2021-03-08 «The day»']],
    ['ru: «…, а затем – с Петровым» is a second meeting',
      at('2021-03-10', 'Вчера министр встретился с губернатором в Оше, а затем – с Иваном Петровым.'),
      ['2021-03-09 «Вчера министр»', '2021-03-09 «а затем»']],
    ['en: "…, and then with Ivan Petrov" is a second meeting',
      at('2021-03-10', 'The minister met with the governor in Osh on Tuesday, and then with Ivan Petrov.'),
      ['2021-03-09 «The minister»', '2021-03-09 «and then»']],
    ['a lead day a month back is background, not the occasion',
      at('2021-03-10', 'В феврале министры провели переговоры в Оше.\nМинистр транспорта встретился с послом.'),
      ['2021-02 «В феврале»', '2021-03-10 «Министр транспорта»']],
    ['a lead told «сегодня» keeps the article date',
      at('2021-03-10', 'Сегодня министры провели переговоры в Оше.\nМинистр транспорта встретился с послом.'),
      ['2021-03-10 «Сегодня министры»', '2021-03-10 «Министр транспорта»']],
    ['a dated line that is not the article date dates its event',
      'source: https://example.org/2009/04/14/digest.html\n\nХроника\n\nТАДЖИКИСТАН. 10 апреля 2009 г. в Душанбе прошло заседание рабочей группы.\n\n12 апреля в Бишкеке открылась выставка.',
      ['2009-04-10 «10 апреля»', '2009-04-12 «12 апреля»']],
    ['a dated line that is the article date is not a mention of its own',
      'Хроника\nБишкек, 10 апреля 2009 г.\nВ Оше прошло заседание рабочей группы.',
      ['2009-04-10 «В Оше»']],
    ['a dateline after the article date does not date the lead event',
      at('2021-03-10', 'ОШ, 12 марта (Кабар) — Министры провели переговоры.'),
      ['2021-03-10 «ОШ, 12»']],
    ['en: a dotted dateline that agrees with the header is the article date',
      at('2021-07-01', 'Osh, 01.07.2021 (Kabar) — The ministers held talks.'),
      ['2021-07-01 «Osh, 01.07.2021»']],
    ['a «где» clause happens at the time of the clause it hangs on',
      at('2021-03-10', 'В мае премьер посетит Казань, где пройдет форум регионов.'),
      ['2021-05 «В мае»', '2021-05 «где пройдет»']],
    ['en: a "where" clause with its own date keeps it',
      at('2021-03-10', 'The premier will visit Kazan in May, where a forum of regions opens on June 2.'),
      ['2021-05 «The premier»', '2021-06-02 «where a»']],
    ['en: an attribution cut off at its own date is no event',
      at('2022-05-20', 'The president will pay a state visit to Kazan on May 24, the press service said on Friday.'),
      ['2022-05-24 «The president»']],
    ['en: a speech verb that goes on to report a plan is not a bare attribution',
      at('2022-05-20', 'The minister, who arrived in Osh on Monday, said the first grain shipment was expected in June.'),
      ['2022-05-16 «The minister,»', '2022-06 «said the»']],
    ['two clauses of one sentence with their own triggers are two events',
      at('2022-05-20', 'Министры договорились продолжить переговоры в июне в Оше, где пройдет заседание совета.'),
      ['2022-06 «Министры договорились»', '2022-06 «где пройдет»']],
    ['an interviewer’s question is no event',
      at('2021-03-10', 'Корреспондент: с чем приехала делегация в Ош?'), []],
    // A lead sentence that goes on to a later day of the occasion: the narrative continues from it.
    // 2021-03-12 is a Friday.
    ['ru: «прилетел в среду, а в четверг его принял мэр» — the narrative after it is Thursday’s',
      at('2021-03-12', 'Министр прилетел в Казань в среду, а в четверг его принял мэр города.\nВстреча продолжалась два часа, после чего стороны подписали меморандум.'),
      ['2021-03-10 «Министр прилетел»', '2021-03-11 «а в»', '2021-03-11 «после чего»']],
    ['en: "arrived on Wednesday and was received on Thursday" — the talks after it are Thursday’s',
      at('2021-03-12', 'The minister arrived in Kazan on Wednesday and was received by the mayor on Thursday.\nThe two sides then signed a memorandum on tourism.'),
      ['2021-03-10 «The minister»', '2021-03-11 «and was»', '2021-03-11 «The two»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
