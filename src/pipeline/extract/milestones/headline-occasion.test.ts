import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A headline dated only by the article tells the occasion of the lead: the body's event of the
// occasion's day is its twin, and the headline is not kept as an event of the publication day.
describe('a headline dated by the article is the body event of the occasion', () => {
  it.each([
    ["ru: the headline's document is the protocol signed on the lead's day",
      'date: 2005-04-13\n\n«Вечерняя газета», № 12, среда, 13 апреля 2005 г.\n\nДОГОВОР С СОСЕДОМ\n\nВчера премьер-министр провел в Москве переговоры с российским коллегой.\n\nСтороны подписали протокол о поставках топлива.',
      ['2005-04-12 past agreement «Стороны подписали»', '2005-04-12 past meeting «Вчера премьер-министр»']],
    ["en: the headline's accord is the one signed on the lead's day",
      'date: 2005-04-13\n\nThe Daily Courier, Wednesday, April 13, 2005. Page 4.\n\nKyrgyzstan and Russia sign fuel accord\n\nThe Kyrgyz prime minister held talks with his Russian counterpart in Moscow yesterday.\n\nThe two men signed an accord on fuel supplies.',
      ['2005-04-12 past agreement «The two»', '2005-04-12 past meeting «The Kyrgyz»']],
    // The first event of the body, told with a date of its own («две недели назад»), is the one the undated headline names.
    ['ru: the headline\'s visit is the lead\'s visit of two weeks before',
      'source: https://example.org/2019-05-20/interview\n\nВестник › Экономика › Интервью\n\n«Мы продаём орехи, а покупаем станки»\n\nДиректор завода — о том, что изменил визит Путина в Бишкек\n\n20 мая 2019 10:15\n\nИван ПЕТРОВ\n\nДве недели назад Владимир Путин приехал в Киргизию с государственным визитом. Завод получил новые заказы.',
      ['2019-05 past visit «Две недели»']],
    ['en: the headline\'s visit is the lead\'s visit of two weeks before',
      'source: https://example.org/2019-05-20/interview\n\nHerald › Business › Interview\n\n"We sell nuts and buy machines"\n\nA plant director on what Putin\'s visit to Bishkek changed\n\nMay 20, 2019 10:15\n\nIvan PETROV\n\nTwo weeks ago Vladimir Putin came to Kyrgyzstan on a state visit. The plant won new orders.',
      ['2019-05 past visit «Two weeks»']],
    // Negative: an event dated by a day word of its own («в тот же день») is no twin of the headline.
    ['ru: a trip told with a day word of its own does not replace the headline visit',
      'date: 2005-04-13\n\n«Вечерняя газета», № 12, среда, 13 апреля 2005 г.\n\nПремьер приехал в Москву за кредитом\n\nВстреча премьеров в минувший понедельник продолжалась два часа.\n\nВ тот же день премьер отправился в Казань.',
      ['2005-04-13 past visit «Премьер приехал»', '2005-04-11 past meeting «Встреча премьеров»', '2005-04-11 past visit «В тот»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
