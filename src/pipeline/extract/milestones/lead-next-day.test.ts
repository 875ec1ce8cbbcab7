import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// A lead told without its day, followed by a sentence that tells the occasion's recent day
// («вчера», "yesterday", "on Monday"): the lead and the undated narrative belong to that day.
describe('an undated lead dated by the sentence after it', () => {
  it.each([
    ['en: "has signed … during a visit. … held talks yesterday"',
      'date: 2019-06-12\n\nThe transport minister Ivan Petrov has signed a memorandum on road building during a visit to Kazan. Ivan Petrov held talks yesterday with the governor Oleg Sidorov before signing the document.',
      ['2019-06-11 past agreement «The transport»', '2019-06-11 past meeting «Ivan Petrov»']],
    ['ru: «Заседание прошло в <городе>. … Комиссия собралась вчера»',
      'date: 2019-06-12\n\nЗаседание межправительственной комиссии впервые прошло в Казани. Комиссия собралась вчера в выставочном центре. По итогам заседания подписан протокол.',
      ['2019-06-11 past igc_session «Заседание межправительственной»', '2019-06-11 past meeting «Комиссия собралась»', '2019-06-11 past agreement «По итогам»']],
    ['ru: «Первый визит … совершил в Казахстан. Вчера он провел переговоры с …»',
      'date: 2019-06-12\n\nСвой первый зарубежный визит министр Иван Петров совершил в Россию. Вчера в Москве он провел переговоры с министром Олегом Сидоровым.',
      ['2019-06-11 past visit «Свой первый»', '2019-06-11 past meeting «Вчера в»']],
    ['en: "… paid his first visit to Minsk. He held talks yesterday with …"',
      'date: 2019-06-12\n\nThe transport minister Ivan Petrov paid his first visit to Bishkek. He held talks yesterday with the Kyrgyz minister Oleg Sidorov.',
      ['2019-06-11 past visit «The transport»', '2019-06-11 past meeting «He held»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it.each([
    // A lead with its own day keeps it; a day counted from another day told before is not the article's.
    ['ru: a lead dated by its own words',
      'date: 2019-06-12\n\nСегодня министр Иван Петров подписал меморандум в Казани. Вчера министр Иван Петров провел переговоры с губернатором Олегом Сидоровым.',
      ['2019-06-12 past agreement «Сегодня министр»', '2019-06-11 past meeting «Вчера министр»']],
    // An arrival the day before comes ahead of the occasion it was made for: the undated lead keeps the reporter's day.
    ['ru: «Делегация прибыла накануне» after an undated session',
      'date: 2019-06-12\n\nВ Бишкеке состоялось заседание межпарламентской комиссии. Российская делегация прибыла в Бишкек накануне. После заседания глава делегации Иван Петров встретился с председателем парламента Олегом Сидоровым.',
      ['2019-06-12 past meeting «В Бишкеке»', '2019-06-11 past visit «Российская делегация»', '2019-06-12 past meeting «После заседания»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
