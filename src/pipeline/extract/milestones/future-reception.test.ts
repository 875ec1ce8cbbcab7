/** A future reception («примет главу правительства») and talks told as sitting down somewhere with someone ('sat down at the ministry with') are meetings (`reception`, `meeting` triggers). Every text is invented. */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a reception to come and a sit-down at a place are meetings', () => {
  it.each([
    ['ru: «в ближайшие месяцы примет в Кургане делегацию»',
      'date: 2031-09-12\n\nГубернатор Курганской области в ближайшие месяцы примет в Кургане делегацию аграриев из Таласа.',
      ['2031 planned meeting «Губернатор Курганской»']],
    ['ru: «примут делегацию в октябре»',
      'date: 2031-09-12\n\nВ Оше в октябре примут делегацию Свердловской области.',
      ['2031-10 planned meeting «В Оше»']],
    ['en: "sat down at the Kremlin with"',
      'date: 2031-09-12\n\nOn Wednesday, the Kyrgyz premier sat down at the Kremlin with the Russian president.',
      ['2031-09-10 past meeting «On Wednesday,»']],
    // Negatives: «примет участие» and «примет решение» are no reception; "sat down at the table" with no one is no meeting.
    ['ru: «примет решение» is no reception',
      'date: 2031-09-12\n\nКомиссия примет решение о тарифах на воду позже.',
      []],
    ['en: "sat down at the table" alone is no meeting',
      'date: 2031-09-12\n\nThe delegates sat down at the table on Wednesday.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
