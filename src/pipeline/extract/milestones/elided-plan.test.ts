import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// A plan told in the second half of a sentence with the event noun left out ("…, and the next is
// scheduled for Osh in the spring", «…, а следующее пройдёт в Оше весной») is the same kind of
// event, planned — also when a speaker closes the sentence ("…, the ministry said").
describe('a plan told with its event noun elided', () => {
  it.each([
    ['en: "and the next is scheduled …, the ministry said"',
      'date: 2024-03-20\n\nThe last session of the intergovernmental commission took place in Osh in February, and the next is scheduled for Moscow in the autumn, the ministry said.',
      ['2024-02 past igc_session «The last»', '2024 planned igc_session «and the»']],
    ['en: "and the next is scheduled …" with no speaker',
      'date: 2024-03-20\n\nThe last session of the intergovernmental commission took place in Osh in February, and the next is scheduled for Moscow in October.',
      ['2024-02 past igc_session «The last»', '2024-10 planned igc_session «and the»']],
    ['ru: «а следующее пройдёт …, сообщили в министерстве»',
      'date: 2024-03-20\n\nПрошлое заседание межправкомиссии прошло в Оше в феврале, а следующее пройдёт в Москве в октябре, сообщили в министерстве.',
      ['2024-02 past igc_session «Прошлое заседание»', '2024-10 planned igc_session «а следующее»']],
    // More of a kind told only with its own date (flights) are planned events of that kind too.
    ['en: "and more are planned for the end of June"',
      'date: 2021-06-10\n\nThe first charter flights to Osh started in May, and more are planned for the end of June.',
      ['2021-05 past other «The first»', '2021-06 planned other «and more»']],
    ['ru: «а следующие запланированы на конец июня»',
      'date: 2021-06-10\n\nПервые чартерные рейсы в Ош начались в мае, а следующие запланированы на конец июня.',
      ['2021-05 past other «Первые чартерные»', '2021-06 planned other «а следующие»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it.each([
    // A bare attribution cut off at a date still tells nothing of its own: one milestone only.
    ['en', 'date: 2024-03-20\n\nThe ministers signed a road map on Tuesday on the supply of grain and fertilizers in 2025-2027, the ministry said.'],
    ['ru', 'date: 2024-03-20\n\nМинистры подписали во вторник дорожную карту о поставках зерна и удобрений в 2025-2027 годах, сообщили в министерстве.'],
  ])('%s: %s', (_lang, text) => {
    expect(milestoneLines(text)).toHaveLength(1);
  });
});

// A conjunct of a date and a dash that stands for the verb left out («…, а с 1 июля – Бишкек – Уфа») tells one more event of
// the kind before it, on its own date.
describe('a conjunct whose verb a dash stands for', () => {
  it.each([
    ['ru: «…, а с 1 июля - Бишкек - Уфа»',
      'date: 2021-06-02\n\nАвиакомпания с 20 июня начинает выполнять рейсы по маршруту Ош - Пермь, а с 1 июля - Бишкек - Уфа.',
      ['2021-06-20 planned other «Авиакомпания с»', '2021-07-01 planned other «а с»']],
    ['ru: «…, а с 1 июля — в Уфу»',
      'date: 2021-06-02\n\nАвиакомпания откроет рейсы в Пермь с 20 июня, а с 1 июля — в Уфу.',
      ['2021-06-20 planned other «Авиакомпания откроет»', '2021-07-01 planned other «а с»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it.each([
    // A figure after the dash is the amount of a period, no event.
    ['ru', 'date: 2021-06-02\n\nАвиакомпания с 20 июня начинает выполнять рейсы в Пермь, а в 2020 году - 2 млн пассажиров.'],
  ])('%s: %s', (_lang, text) => {
    expect(milestoneLines(text)).toHaveLength(1);
  });
});
