import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a series told at once', () => {
  it.each([
    ['en: "Each time, restrictions were eased after talks" is a habit',
      'date: 2024-10-29\n\nIn 2022 the regulator suspended imports from dozens of exporters. Each time, restrictions were eased after talks between the services.',
      ['2022 past other «In 2022»']],
    ['ru: «Каждый раз ограничения снимали после переговоров» is a habit',
      'date: 2024-10-29\n\nКаждый раз ограничения снимали после переговоров ведомств.',
      []],
    ['en: a dated step "each time" keeps its date',
      'date: 2024-10-29\n\nEach time the talks ended with a deal; on May 3, 2024 the regulator lifted restrictions on dairy imports.',
      ['2024-05-03 past other «on May»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a leader hosting or welcoming another by name in a place', () => {
  it.each([
    ['en: "Putin hosted X in Moscow in late February" is a meeting',
      'date: 2018-03-21\n\nThe president hosted Jeenbekov in Moscow in late February.',
      ['2018-02 past meeting «The president»']],
    ['en: "welcomed X at the Kremlin on Monday" is a meeting',
      'date: 2018-03-21\n\nThe president welcomed Atambayev at the Kremlin on Monday.',
      ['2018-03-19 past meeting «The president»']],
    ['en: a museum hosting artists in a park is no meeting',
      'date: 2018-03-21\n\nThe museum hosted Kyrgyz artists in the park on Monday.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
