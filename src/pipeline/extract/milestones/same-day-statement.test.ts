import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a statement told "the same day" as a step told before it', () => {
  it.each([
    ['en: "said at a briefing the same day that" after a note sent the day before the article',
      'date: 2031-09-23\n\nOn Monday, the Russian embassy sent a protest note to the ministry over a cartoon printed in a Bishkek weekly.\n\nAmbassador Oleg Sidorov said at a briefing the same day that the drawing "mocks veterans".',
      ['2031-09-22 past statement «On Monday,»', '2031-09-22 past statement «Ambassador Oleg»']],
    ['ru: «в тот же день заявил» after the subject',
      'date: 2031-09-23\n\nВ понедельник посольство России направило ноту протеста из-за карикатуры в бишкекском еженедельнике.\n\nПосол Олег Сидоров в тот же день заявил журналистам, что рисунок «оскорбляет ветеранов».',
      ['2031-09-22 past statement «В понедельник»', '2031-09-22 past statement «Посол Олег»']],
    ['ru: «В тот же день …» opening the sentence',
      'date: 2031-09-23\n\nВ понедельник посольство России направило ноту протеста из-за карикатуры в бишкекском еженедельнике.\n\nВ тот же день посол Олег Сидоров заявил журналистам, что рисунок «оскорбляет ветеранов».',
      ['2031-09-22 past statement «В понедельник»', '2031-09-22 past statement «В тот»']],
    // Negative: after a gathering of that day, what a participant said the same day is the gathering's news.
    ['en: "said the same day" after the talks of that day stays out',
      'date: 2031-02-11\n\nPresidents Ivan Petrov and Oleg Sidorov met in Osh on Monday. Petrov said the same day that the talks had been useful.',
      ['2031-02-10 past meeting «Presidents Ivan»']],
    // Negative: the one who took the step, speaking of it the same day, tells that step's news.
    ['en: the signer "told journalists the same day" after signing a law stays out',
      'date: 2031-05-30\n\nPresident Ivan Petrov on 29 May signed into law a bill on the status of the national currency. Petrov told journalists in Bishkek the same day that the law "will end the confusion".',
      ['2031-05-29 past other «President Ivan»']],
    ['ru: the signer «в тот же день заявил» after signing a law stays out',
      'date: 2031-05-30\n\nПрезидент Иван Петров 29 мая подписал закон о статусе национальной валюты. Петров в тот же день заявил журналистам, что закон «положит конец путанице».',
      ['2031-05-29 past other «Президент Иван»']],
    // Negative: a weekday of its own (no anaphora) the day before the article is still the news itself.
    ['en: "said on Monday" after a note of Monday stays out',
      'date: 2031-09-23\n\nOn Monday, the Russian embassy sent a protest note to the ministry over a cartoon printed in a Bishkek weekly.\n\nAmbassador Oleg Sidorov said on Monday that the drawing "mocks veterans".',
      ['2031-09-22 past statement «On Monday,»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
