import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('talks told without a day two sentences after a trip told with its day, one aside between, are of that trip', () => {
  it.each([
    ['en: an aside between the trip and the talks',
      'date: 2019-05-17\n\nA New Premier Heads to Moscow\n\nThe new premier made his first trip abroad to Russia, looking for loans.\n\nBy John Smith\nMay 17, 2019\n\nThe prime minister, who was appointed in April, flew to Moscow on Wednesday for his first trip abroad. The choice surprised no one: every head of government since independence has made Moscow an early stop, and he has tried hard to signal continuity with Russia.\n\nAt the White House, he held talks with Dmitry Medvedev.',
      ['2019-04 past other «who was»', '2019-05-15 past visit «flew to»', '2019-05-15 past meeting «At the»']],
    ['ru: «В Белом доме» after an aside',
      'date: 2019-05-17\n\nНовый премьер едет в Москву\n\nНовый премьер совершил первую зарубежную поездку в Россию.\n\nИван Петров\n17 мая 2019\n\nПремьер, назначенный в апреле, в среду прилетел в Москву с рабочим визитом. Выбор никого не удивил: все его предшественники с первых лет независимости начинали с Москвы.\n\nВ Белом доме он провел переговоры с Дмитрием Медведевым.',
      ['2019-05-17 past visit «Новый премьер»', '2019-05-15 past visit «в среду»', '2019-05-15 past meeting «В Белом»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    // A trip of a month only, named in passing, dates no talks two sentences on.
    ['en: a trip of a month only',
      'date: 2019-11-20\n\nThe decision was taken during the president’s visit to Bishkek in March. More cadets will study in Russia next year.\n\nOn the sidelines of the meeting, the foreign ministers held talks.',
      ['2019-03 past visit «The decision»', '2019-11-20 past meeting «On the»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
