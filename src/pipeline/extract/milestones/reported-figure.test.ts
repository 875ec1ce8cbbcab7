import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a figure a speaker reported, and a gathering only told as the audience', () => {
  it.each([
    ['en: "X, who met … last week, said two-way trade fell … in 2003"',
      'date: 2004-03-11\n\nThe prime minister, who met his Russian counterpart in Moscow on Wednesday, said two-way trade fell 12 percent in the first nine months of 2003, to about $240 million.',
      ['2004-03-10 past meeting «The prime»']],
    ['en: "X, who paid a visit this week, announced that trade had exceeded … last year"',
      'date: 2004-03-11\n\nThe president, who visited Bishkek on Tuesday, announced that trade with Kyrgyzstan had exceeded $2 billion last year.',
      ['2004-03-09 past visit «The president,»']],
    ['ru: «Премьер, который провел переговоры в среду, заявил, что товарооборот …»',
      'date: 2004-03-11\n\nПремьер-министр, который провел переговоры с коллегой в среду, заявил, что товарооборот за девять месяцев 2003 года вырос на 12%.',
      ['2004-03-10 past meeting «Премьер-министр, который»']],
    ['en: "… in 2003, the prime minister told a business forum"',
      'date: 2004-03-11\n\nThe two ministers met in Moscow on Wednesday. Trade between the two countries was about $1.8 billion in 2003, the prime minister told a business forum.',
      ['2004-03-10 past meeting «The two»']],
    ['ru: «сообщил участникам конференции»',
      'date: 2004-03-11\n\nВ среду министры встретились в Москве. Товарооборот в 2003 году вырос на 12%, сообщил министр участникам конференции.',
      ['2004-03-10 past meeting «В среду»']],
    ['en: a forum of its own is still one',
      'date: 2004-03-11\n\nThe two ministers met in Moscow on Wednesday. The prime minister spoke at a business forum in Bishkek on Thursday.',
      ['2004-03-10 past meeting «The two»', '2004-03-11 past forum «The prime»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
