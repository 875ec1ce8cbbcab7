import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// What a gathering cost its host (the event lexicon's exclusions): a budget line, not the gathering again.
describe('the cost of a summit, forum or parade is no event', () => {
  it.each([
    ['en: the summit cost the budget', 'date: 2030-06-20\n\nOfficials said the forum summit cost the national budget about 200 million soms.'],
    ['en: spent on preparations for the summit', 'date: 2030-06-20\n\nThe host city spent some $40 million on preparations for the summit.'],
    ['ru: на подготовку саммита потратила', 'date: 2030-06-20\n\nНа подготовку саммита столица потратила около 30 млн долларов.'],
    ['ru: визит обошёлся бюджету', 'date: 2030-06-20\n\nПо оценке депутатов, визит обошёлся бюджету в 5 млн сомов.'],
  ])('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });

  it.each([
    ['en: the summit held stays', 'date: 2030-06-20\n\nThe leaders held a summit in Bishkek on June 19.'],
    ['ru: саммит прошёл stays', 'date: 2030-06-20\n\nСаммит глав государств прошёл в Бишкеке 19 июня.'],
  ])('%s', (_name, text) => {
    expect(run(text).length).toBe(1);
  });
});
