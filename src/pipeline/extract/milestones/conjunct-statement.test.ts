import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a statement told as the second conjunct after another event of its sentence', () => {
  it.each([
    ['ru: «…, а в понедельник министр заявил, что …» after talks of last week',
      'date: 2031-02-21\n\nМинистры встретились на прошлой неделе в Оше, а в понедельник министр экономики Иван Петров заявил, что задержки платежей прекратятся.',
      ['2031-02 past meeting «Министры встретились»', '2031-02-17 past statement «а в»']],
    ['en: "…, and on Monday the minister said that …"',
      'date: 2031-02-21\n\nThe ministers met in Osh last week, and on Monday Economy Minister Ivan Petrov said that the payment delays would end.',
      ['2031-02 past meeting «The ministers»', '2031-02-17 past statement «and on»']],
    // The content of what was said, cut off at its own time word, is no second session of the commission.
    ['ru: the quoted content with «в ближайшие недели» is no planned session',
      'date: 2031-02-21\n\nВопрос обсудили на прошлой неделе на заседании рабочей группы межправкомиссии, а в понедельник министр экономики Иван Петров заявил, что «выход будет найден в ближайшие недели».',
      ['2031-02 past meeting «Вопрос обсудили»', '2031-02-17 past statement «а в»']],
    ['en: "that" content with "within weeks" is no planned session',
      'date: 2031-02-21\n\nThe issue was discussed last week at a session of the intergovernmental commission, and on Monday Economy Minister Ivan Petrov said that a way out would be found "in the coming weeks".',
      ['2031-02 past igc_session «The issue»', '2031-02-17 past statement «and on»']],
    // Negative: a second conjunct of a third country's official says nothing of this relationship.
    ['en: a third country\'s minister in the second conjunct is no statement',
      'date: 2031-02-21\n\nThe ministers met in Osh last week, and on Monday Uzbek Economy Minister Ivan Petrov said that the payment delays would end.',
      ['2031-02 past meeting «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
