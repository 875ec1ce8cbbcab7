import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('the next steps of the day’s programme, planned without a date, take the day of the talks held today', () => {
  it.each([
    ['ru: «После переговоров … продолжат диалог … Ожидается подписание» after talks held «сегодня»',
      'date: 2023-06-14\n\nМинистры иностранных дел двух стран провели сегодня переговоры в Оше.\n\nПосле переговоров в узком составе министры продолжат встречу в расширенном формате. Ожидается подписание плана консультаций.',
      ['2023-06-14 past meeting «Министры иностранных»', '2023-06-14 planned meeting «После переговоров»', '2023-06-14 planned agreement «Ожидается подписание»']],
    ['en: "After the talks, the ministers will sign" after talks held today',
      'date: 2023-06-14\n\nThe foreign ministers of the two countries held talks in Osh today.\n\nAfter the talks, the ministers will sign a plan of consultations.',
      ['2023-06-14 past meeting «The foreign»', '2023-06-14 planned agreement «After the»']],
    ['ru: talks told on another day than the article’s: the plan keeps no date',
      'date: 2023-06-14\n\nМинистры иностранных дел двух стран провели 2 июня переговоры в Оше.\n\nПосле переговоров министры продолжат встречу в расширенном формате.',
      ['2023-06-02 past meeting «Министры иностранных»', 'null planned meeting «После переговоров»']],
    ['ru: «По итогам переговоров подпишем» after a summit planned for a later month: the day of the talks, not the summit’s',
      'date: 2027-04-05\n\nМинистры иностранных дел двух стран провели сегодня переговоры в Москве.\n\nМы обсудим подготовку к саммиту, который пройдёт в Оше в октябре. По итогам переговоров подпишем план консультаций.',
      ['2027-04-05 past meeting «Министры иностранных»', '2027-10 planned summit «Мы обсудим»', '2027-04-05 planned agreement «По итогам»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
