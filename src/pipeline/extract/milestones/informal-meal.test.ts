import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('an informal dinner or lunch with a counterpart, and a guest received with a title apposed to the name, are meetings', () => {
  it.each([
    ['en: "for an informal lunch with"',
      'date: 2022-05-11\n\nThe two foreign ministers ended the day in Cholpon-Ata, sitting down for an informal lunch with the regional governor.',
      ['2022-05-11 past meeting «The two»']],
    ['ru: «неформальный ужин с»',
      'date: 2022-05-11\n\nВечером президенты Кыргызстана и России провели неформальный ужин с участием министров иностранных дел.',
      ['2022-05-11 past meeting «Вечером президенты»']],
    ['en: "received Name Surname, the head of …"',
      'date: 2022-05-11\n\nOn Wednesday Prime Minister Akylbek Japarov received Ivan Sorokin, head of a Russian railway holding, in Bishkek.',
      ['2022-05-11 past meeting «On Wednesday»']],
    ['en: "received Name Surname, Director General of …"',
      'date: 2022-05-11\n\nPresident Sadyr Japarov received Pavel Orlov, Director General of a Russian grid company, to discuss new power lines.',
      ['2022-05-11 past meeting «President Sadyr»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    ['en: a dinner named without a counterpart', 'date: 2022-05-11\n\nThe hotel serves an informal dinner on its terrace.'],
    ['ru: «неформальный обед» without «с»', 'date: 2022-05-11\n\nВ столовой подают неформальный обед.'],
    // A name received with no title after it is a prize or a letter, not a guest.
    ['en: "received" a thing named after someone', 'date: 2022-05-11\n\nThe school received Anna Petrova, a donated piano, last spring.'],
  ])('%s: no event', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});
