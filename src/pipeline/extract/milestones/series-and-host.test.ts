import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a series told at once, the host of talks told, a meeting told again on its own day', () => {
  it.each([
    ['en: "Each time, restrictions were eased after talks" is a habit',
      'date: 2024-10-29\n\nIn 2022 the regulator suspended imports from dozens of exporters. Each time, restrictions were eased after talks between the services.',
      ['2022 past other «In 2022»']],
    ['ru: «Каждый раз ограничения снимали после переговоров» is a habit',
      'date: 2024-10-29\n\nКаждый раз ограничения снимали после переговоров ведомств.',
      []],
    ['en: a dated step "each time" keeps its date',
      'date: 2024-10-29\n\nEach time the talks ended with a deal; on May 3, 2024 the regulator lifted restrictions on dairy imports.',
      ['2024-05-03 past other «on May»']],
    ['ru: «Кыргызскую делегацию принял …» after the talks is their host',
      'date: 2020-02-10\n\nРешение было принято по итогам переговоров, которые состоялись в понедельник в Москве. Кыргызскую делегацию принял руководитель ведомства Сергей Данкверт.',
      ['2020-02-10 past meeting «Решение было»']],
    ['en: "The delegation was received by …" after the talks is their host',
      'date: 2020-02-10\n\nTalks were held in Moscow on Monday. The Kyrgyz delegation was received by the head of the service, Sergei Dankvert.',
      ['2020-02-10 past meeting «Talks were»']],
    ['ru: «делегацию принял» with a day of its own is a reception',
      'date: 2020-02-10\n\nКыргызскую делегацию принял в понедельник руководитель ведомства Сергей Данкверт.',
      ['2020-02-10 past meeting «Кыргызскую делегацию»']],
    ['ru: «Встреча прошла сегодня» after a meeting dated by the article is that meeting',
      'date: 2020-04-08\n\nОб этом заявил посол Николай Удовиченко на встрече с первым вице-премьер-министром Кубатбеком Бороновым. Встреча прошла сегодня в Доме правительства.',
      ['2020-04-08 past meeting «Об этом»']],
    ['en: "The meeting took place today" after a meeting dated by the article is that meeting',
      'date: 2020-04-08\n\nThe ambassador met First Deputy Prime Minister Kubatbek Boronov. The meeting took place today at the Government House.',
      ['2020-04-08 past meeting «The ambassador»']],
    ['en: "The meeting took place on Monday" still gives the meeting its day',
      'date: 2020-04-08\n\nThe ambassador met First Deputy Prime Minister Kubatbek Boronov. The meeting took place on Monday at the Government House.',
      ['2020-04-06 past meeting «The ambassador»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a leader hosting or welcoming another by name in a place', () => {
  it.each([
    ['en: "Putin hosted X in Moscow in late February" is a meeting',
      'date: 2018-03-21\n\nThe president hosted Jeenbekov in Moscow in late February.',
      ['2018-02 past meeting «The president»']],
    ['en: "welcomed X at the Kremlin on Monday" is a meeting',
      'date: 2018-03-21\n\nThe president welcomed Atambayev at the Kremlin on Monday.',
      ['2018-03-19 past meeting «The president»']],
    ['en: a museum hosting artists in a park is no meeting',
      'date: 2018-03-21\n\nThe museum hosted Kyrgyz artists in the park on Monday.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
