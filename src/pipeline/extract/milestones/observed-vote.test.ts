import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('observers of a vote: a step of their own on the day of the vote told before', () => {
  it.each([
    ['en: a group of deputies that monitored the vote, and the mission\'s verdict the day after',
      'date: 2010-10-11\n\nKyrgyzstan held parliamentary elections on October 10. A delegation of Russian senators, headed by Ivan Petrov, monitored the vote. The OSCE observer mission said the ballot was orderly.',
      ['2010-10-10 past other «Kyrgyzstan held»', '2010-10-10 past other «A delegation»', '2010-10-11 past statement «The OSCE»']],
    ['ru: «наблюдали за ходом голосования» after the elections of a day',
      'date: 2010-10-11\n\nПарламентские выборы в Киргизии прошли 10 октября. Депутаты Госдумы наблюдали за ходом голосования в Оше и Бишкеке.',
      ['2010-10-10 past other «Парламентские выборы»', '2010-10-10 past other «Депутаты Госдумы»']],
    ['ru: observers to be sent to a referendum of a later day',
      'date: 2016-11-02\n\nРеферендум по поправкам к Конституции пройдёт 11 декабря. Сенаторы направят наблюдателей на референдум.',
      ['2016-12-11 planned other «Референдум по»', '2016-12-11 planned other «Сенаторы направят»']],
    ['en: a relative clause telling the observation, beside a plan of the main clause',
      'date: 2020-10-05\n\nParliamentary elections were held on Sunday. Ivan Petrov, who led a group of deputies observing the vote, said the Duma will host a forum next year.',
      ['2020-10-04 past other «Parliamentary elections»', '2020-10-04 past other «who led»', '2021 planned forum «said the»']],
    ['en: what the observers found, quoted, is no hedge of theirs',
      'date: 2021-01-11\n\nThe early presidential election was held on Sunday. A group of deputies also observed the vote and found "nothing that could change the result".',
      ['2021-01-10 past other «The early»', '2021-01-10 past other «A group»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    ['en: no vote told, no observation', 'date: 2021-01-11\n\nA group of deputies observed the vote in Osh.'],
    ['ru: без выборов в статье наблюдения нет', 'date: 2021-01-11\n\nГруппу депутатов Госдумы возглавил Иван Петров.'],
  ])('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe("an observer mission's verdict: the day it is told, apart from the vote it judges", () => {
  it.each([
    ['en: "said on Monday that the elections held on October 4 were fair"',
      'date: 2015-10-05\n\nThe observer mission of the CIS said on Monday that the parliamentary elections held on October 4 were fair.',
      ['2015-10-05 past statement «The observer»', '2015-10-04 past other «that the»']],
    ['ru: «на следующий день заявила» after a vote of a day',
      'date: 2021-11-30\n\nВыборы в парламент прошли 28 ноября. Миссия наблюдателей от СНГ на следующий день заявила, что голосование прошло спокойно.',
      ['2021-11-28 past other «Выборы в»', '2021-11-29 past statement «Миссия наблюдателей»']],
    ['en: "the mission … reached a similar conclusion" after another verdict',
      'date: 2030-10-16\n\nThe presidential election was held on Sunday. Observers from the Duma said the vote was calm. The CIS mission, which sent 200 monitors, reached a similar conclusion.',
      ['2030-10-13 past other «The presidential»', '2030-10-16 past statement «Observers from»', '2030-10-16 past statement «The CIS»']],
    ['ru: «миссия … пришла к аналогичному выводу»',
      'date: 2030-10-16\n\nПрезидентские выборы прошли в воскресенье. Наблюдатели от Госдумы заявили, что голосование прошло спокойно. Миссия СНГ пришла к аналогичному выводу.',
      ['2030-10-13 past other «Президентские выборы»', '2030-10-16 past statement «Наблюдатели от»', '2030-10-16 past statement «Миссия СНГ»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('«готова подписать», "ready to sign": a readiness, planned and undated', () => {
  it.each([
    ['en', 'date: 2015-10-05\n\nOn Saturday the party leader Ivan Petrov met the election commission chairman. Petrov said his party was ready to sign cooperation agreements with the new parliament.'],
    ['ru', 'date: 2021-11-30\n\nВ субботу лидер партии Иван Петров встретился с главой избиркома. По его словам, партия готова подписать соглашения о сотрудничестве с новым парламентом.'],
  ])('%s', (_lang, text) => {
    expect(run(text).pop()).toMatch(/^null planned agreement/);
  });
});
