import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a statement told as the second conjunct after another event of its sentence', () => {
  it.each([
    ['ru: «…, а в понедельник министр заявил, что …» after talks of last week',
      'date: 2031-02-21\n\nГлавы таможенных служб встретились на прошлой неделе в Караколе, а в понедельник председатель таможни Азамат Исаев заявил, что очереди на границе сократятся.',
      ['2031-02 past meeting «Главы таможенных»', '2031-02-17 past statement «а в»']],
    ['en: "…, and on Monday the minister said that …"',
      'date: 2031-02-21\n\nThe customs chiefs met in Karakol last week, and on Monday customs head Azamat Isaev said that the border queues would shrink.',
      ['2031-02 past meeting «The customs»', '2031-02-17 past statement «and on»']],
    // The content of what was said, cut off at its own time word, is no second session of the commission.
    ['ru: the quoted content with «в ближайшие недели» is no planned session',
      'date: 2031-02-21\n\nГрафик поставок зерна согласовывали на прошлой неделе на встрече аграрной подкомиссии в Караколе, а в понедельник председатель таможни Азамат Исаев заявил, что «график утвердят в ближайшие недели».',
      ['2031-02 past meeting «График поставок»', '2031-02-17 past statement «а в»']],
    ['en: "that" content with "within weeks" is no planned session',
      'date: 2031-02-21\n\nA grain delivery schedule came up last week at a session of the intergovernmental commission, and on Monday customs head Azamat Isaev said that it would be approved "in the coming weeks".',
      ['2031-02 past igc_session «A grain»', '2031-02-17 past statement «and on»']],
    // Negative: a second conjunct of a third country's official says nothing of this relationship.
    ['en: a third country\'s minister in the second conjunct is no statement',
      'date: 2031-02-21\n\nThe customs chiefs met in Karakol last week, and on Monday Uzbek Economy Minister Nurlan Abenov said that the border queues would shrink.',
      ['2031-02 past meeting «The customs»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
