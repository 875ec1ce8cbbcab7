import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('talks told without a day two sentences after a trip told with its day, one aside between, are of that trip', () => {
  it.each([
    ['en: an aside between the trip and the talks',
      'date: 2019-05-17\n\nOsh Mayor Goes North\n\nThe new mayor of Osh made his first official trip to Russia, hoping for tram cars.\n\nBy Anna Lee\nMay 17, 2019\n\nThe mayor, who was elected in April, flew to Kazan on Wednesday with a small team. Nobody on the city council was startled: Kazan has sold buses to Osh for a decade, and the mayor has long praised its factories.\n\nAt the Kazan city hall, he held talks with Mayor Ilsur Petrov.',
      ['2019-04 past other «who was»', '2019-05-15 past visit «flew to»', '2019-05-15 past meeting «At the»']],
    ['ru: «В казанской мэрии» after an aside',
      'date: 2019-05-17\n\nМэр Оша едет в Казань\n\nНовый мэр Оша совершил первую официальную поездку в Россию.\n\nАнна Ли\n17 мая 2019\n\nМэр, избранный в апреле, в среду прилетел в Казань с рабочим визитом. Горсовет этому не удивился: Казань уже десять лет продает Ошу автобусы.\n\nВ казанской мэрии он провел переговоры с мэром Ильсуром Петровым.',
      ['2019-05-17 past visit «Новый мэр»', '2019-05-15 past visit «в среду»', '2019-05-15 past meeting «В казанской»']],
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
