import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A paper of the next morning: «Вчера … провели переговоры. "Мы сегодня подписали …", — заявил министр»: the speaker's
// «сегодня» is the day of the occasion he spoke at, told by the lead, not the day of print.
describe('«сегодня» / "today" in words quoted from an occasion of the day before', () => {
  it.each([
    ['ru: a quote of the talks of the day before',
      'date: 2031-03-12\n\nВчера министры провели переговоры в Оше.\n\n"Мы сегодня подписали протокол о сотрудничестве, который открывает новые возможности", - заявил министр на пресс-конференции.',
      ['2031-03-11 past meeting «Вчера министры»', '2031-03-11 past agreement «"Мы сегодня»']],
    ['en: a quote of the talks of the day before',
      'date: 2031-03-12\n\nThe ministers held talks in Osh yesterday.\n\n"Today we signed a protocol on cooperation that opens new opportunities," the minister told a news conference.',
      ['2031-03-11 past meeting «The ministers»', '2031-03-11 past agreement «"Today we»']],
    // Negative: «сегодня» in the reporter's narrative is the day of print.
    ['ru: «сегодня» outside quotes keeps the article day',
      'date: 2031-03-12\n\nВчера министры провели переговоры в Оше. Сегодня министры подписали протокол о сотрудничестве.',
      ['2031-03-11 past meeting «Вчера министры»', '2031-03-12 past agreement «Сегодня министры»']],
    // Negative: with no occasion of the day before, a quoted «сегодня» is the article's day.
    ['ru: no lead of the day before',
      'date: 2031-03-12\n\nМинистры провели переговоры в Оше.\n\n"Мы сегодня подписали протокол о сотрудничестве, который открывает новые возможности", - заявил министр на пресс-конференции.',
      ['2031-03-12 past meeting «Министры провели»', '2031-03-12 past agreement «"Мы сегодня»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
