import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a bare «вечером» is the evening of the occasion told, not of the article', () => {
  it.each([
    ['ru: «Вечером» after «Вчера …»',
      'date: 2005-04-15\n\nВчера министры России и Киргизии провели переговоры в Оше. Вечером российский министр встретился с преподавателями университета.',
      ['2005-04-14 past meeting «Вчера министры»', '2005-04-14 past meeting «Вечером российский»']],
    ['ru: «Вечером того же дня» after «В понедельник …»',
      'date: 2005-04-15\n\nВ понедельник в Москве министр иностранных дел Киргизии провел переговоры с российским коллегой. Вечером того же дня киргизского министра принял премьер-министр России.',
      ['2005-04-11 past meeting «В понедельник»', '2005-04-11 past meeting «Вечером того»']],
    ['ru: a planned «Вечером состоится» is this evening',
      'date: 2005-04-15\n\nБИШКЕК, 15 апреля. Вечером в Бишкеке состоится торжественный прием в посольстве России.',
      ['2005-04-15 planned anniversary «Вечером в»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a planned gathering of "this afternoon" is on the article day', () => {
  it.each([
    ['en: "this afternoon"',
      'date: 2011-09-06\n\nThe Kyrgyz foreign minister arrived in Kazan in the morning. Talks with the Russian foreign minister are scheduled for this afternoon.',
      ['2011-09-06 past visit «The Kyrgyz»', '2011-09-06 planned meeting «Talks with»']],
    ['en: "this afternoon" in a wire dated the day after',
      'date: 2011-09-07\n\nKAZAN, Sept. 6 (KyrTAG) - Talks between the two foreign ministers are scheduled for this afternoon.',
      ['2011-09-06 planned meeting «KAZAN, Sept.»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
