import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A readout's title naming the talks («Переговоры с Президентом …», "Talks with President …") stays beside a body
// that tells the talks only as the occasion of what followed («По итогам переговоров … подписали»); a body that tells
// a meeting of that day tells the talks itself. Every text is invented.
describe('a readout title naming the talks', () => {
  it.each([
    ['ru: «Переговоры с Президентом …» over the signing they gave',
      'date: 2016-04-11\n\nПереговоры с Президентом Киргизии Иваном Петровым\n\nПо итогам переговоров Олег Сидоров и Иван Петров подписали декларацию о партнерстве.',
      ['2016-04-11 past meeting «Переговоры с»', '2016-04-11 past agreement «По итогам»']],
    ['en: "Talks with President …" over the signing they gave',
      'date: 2016-04-11\n\nTalks with President of Kyrgyzstan Ivan Petrov\n\nFollowing the talks, Oleg Sidorov and Ivan Petrov signed a declaration on partnership.',
      ['2016-04-11 past meeting «Talks with»', '2016-04-11 past agreement «Following the»']],
    // An official site's title naming the counterpart by the office, over remarks and a plan.
    ['en: "X meets with Prime Minister of …" over remarks and a plan',
      'date: 2029-06-02\n\nOleg Sidorov meets with Prime Minister of Kyrgyzstan Temir Osmonov\n\nTemir Osmonov thanked Moscow for the grain deliveries. He proposed holding a new session of the intergovernmental commission in Karakol in the autumn.',
      ['2029-06-02 past meeting «Oleg Sidorov»', '2029 planned igc_session «He proposed»']],
    ['ru: «… встретился с Председателем Кабинета министров …» over remarks',
      'date: 2029-06-02\n\nОлег Сидоров встретился с Председателем Кабинета министров Киргизии Темиром Осмоновым\n\nОсмонов поблагодарил Москву за поставки топлива. Он предложил провести следующее заседание межправительственной комиссии осенью в Оше.',
      ['2029-06-02 past meeting «Олег Сидоров»', '2029 planned igc_session «Он предложил»']],
    // Negative: a news headline naming the counterpart by surname; a body telling a meeting of its own (another day).
    ['en: "X meets Y" in a news headline over a plan',
      'date: 2029-06-02\n\nSidorov meets Osmonov\n\nTemir Osmonov thanked Moscow for the grain deliveries. He proposed holding a new session of the intergovernmental commission in Karakol in the autumn.',
      ['2029 planned igc_session «He proposed»']],
    ['ru: the body tells the meeting on another day',
      'date: 2029-06-02\n\nОлег Сидоров встретился с Председателем Кабинета министров Киргизии\n\nВ четверг Олег Сидоров провел встречу с Председателем Кабинета министров Киргизии Темиром Осмоновым в Оше.',
      ['2029-05-31 past meeting «В четверг»']],
    // Negative: the body tells the meeting of that day; another headline is dropped as before.
    ['ru: the body tells the meeting itself',
      'date: 2016-04-11\n\nПереговоры с Президентом Киргизии Иваном Петровым\n\nСегодня в Кремле Олег Сидоров провел переговоры с Иваном Петровым.',
      ['2016-04-11 past meeting «Сегодня в»']],
    ['ru: a headline naming a signing is dropped',
      'date: 2016-04-11\n\nПодписана декларация о партнерстве\n\nПо итогам переговоров Олег Сидоров и Иван Петров подписали декларацию о партнерстве.',
      ['2016-04-11 past agreement «По итогам»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
