import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "Bishkek is the last stop of X's Central Asian tour": a tour of several countries is one trip over several days;
// told without a date of its own it is of the article's month. Every text is invented.
describe('a tour of several countries', () => {
  it.each([
    ['en: "the last stop of X\'s Central Asian tour"',
      'date: 2031-03-14\n\nRussian President Oleg Sidorov held talks with his Kyrgyz counterpart Temir Osmonov in Bishkek on Friday.\n\nBishkek is the last stop of Sidorov\'s Central Asian tour, which earlier brought him to Dushanbe and Ashgabat.',
      ['2031-03-14 past meeting «Russian President»', '2031-03 past visit «Bishkek is»']],
    ['ru: «центральноазиатского турне»',
      'date: 2031-03-14\n\nПрезидент России Олег Сидоров в пятницу провел переговоры с президентом Киргизии Темиром Осмоновым в Бишкеке.\n\nБишкек стал последней остановкой центральноазиатского турне Сидорова.',
      ['2031-03-14 past meeting «Президент России»', '2031-03 past visit «Бишкек стал»']],
    ['en: "Following the talks" after the tour is of the talks\' day, not the tour\'s month',
      'date: 2031-03-14\n\nRussian President Oleg Sidorov held talks with his Kyrgyz counterpart Temir Osmonov in Bishkek on Friday.\n\nBishkek is the last stop of Sidorov\'s Central Asian tour, which earlier brought him to Dushanbe and Ashgabat.\n\nSidorov praised the growth of trade.\n\nFollowing the talks, Sidorov and Osmonov signed a declaration on water use.',
      ['2031-03-14 past meeting «Russian President»', '2031-03 past visit «Bishkek is»', '2031-03-14 past agreement «Following the»']],
    // Negative: a tour with a date of its own keeps it.
    ['en: "a tour of Central Asia in May"',
      'date: 2031-03-14\n\nRussian President Oleg Sidorov held talks with his Kyrgyz counterpart Temir Osmonov in Bishkek on Friday.\n\nOsmonov will make a tour of Central Asia in May.',
      ['2031-03-14 past meeting «Russian President»', '2031-05 planned visit «Osmonov will»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
