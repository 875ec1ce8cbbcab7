import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('"on the eve of the session" dates a meeting to the day before the gathering told with its day', () => {
  it.each([
    ['en: a commission session told with its day, then "On the eve of the session, … met"',
      'date: 2023-05-10\n\nThe 12th meeting of the Kyrgyz-Russian Intergovernmental Commission took place in Bishkek on May 4. On the eve of the session, the Kyrgyz minister met with the Russian Minister of Transport.',
      ['2023-05-04 past igc_session «The 12th»', '2023-05-03 past meeting «On the»']],
    ['en: a session told with its month only: the phrase counts from no day',
      'date: 2023-05-10\n\nThe 12th meeting of the Kyrgyz-Russian Intergovernmental Commission took place in Bishkek in early May. On the eve of the session, the Kyrgyz minister met with the Russian Minister of Transport.',
      ['2023-05 past igc_session «The 12th»', '2023-05-10 past meeting «On the»']],
    ['ru: «Накануне заседания министр встретился» after a session told with its day (the date module’s «накануне»)',
      'date: 2023-05-10\n\n4 мая в Бишкеке состоялось 12-е заседание межправительственной комиссии. Накануне заседания министр экономики встретился с министром транспорта России.',
      ['2023-05-04 past igc_session «4 мая»', '2023-05-03 past meeting «Накануне заседания»']],
    // The phrase after the event word, naming a visit told nowhere with its day: the trip of the article's own occasion.
    ['en: "held talks … on the eve of the visit" after the ministers\' talks on Tuesday',
      'date: 2023-05-10\n\nThe two foreign ministers held talks in Moscow on Tuesday. The deputy minister held talks with his counterpart on the eve of the visit.',
      ['2023-05-09 past meeting «The two»', '2023-05-08 past meeting «The deputy»']],
    ['en: "met … on the eve of the session" after a session told with its day',
      'date: 2023-05-10\n\nThe 12th meeting of the Kyrgyz-Russian Intergovernmental Commission took place in Bishkek on May 4. The Kyrgyz minister met the Russian Minister of Transport on the eve of the session.',
      ['2023-05-04 past igc_session «The 12th»', '2023-05-03 past meeting «The Kyrgyz»']],
    ['en: "on the eve of the visit" after a planned occasion: no day before it is counted',
      'date: 2023-05-10\n\nThe ministers will hold talks in Moscow on Friday. The deputy minister held talks with his counterpart on the eve of the visit.',
      ['2023-05-12 planned meeting «The ministers»', '2023-05-10 past meeting «The deputy»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
