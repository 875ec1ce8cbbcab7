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
    ['en: "has repeatedly called … a priority in talks" is a habit',
      'date: 2013-10-03\n\nThe prime minister has repeatedly called farm exports a priority in talks with Moscow.',
      []],
    ['en: "have repeatedly met …, most recently on September 12" keeps its dated meeting',
      'date: 2013-10-03\n\nThe ministers have repeatedly met in Moscow, most recently on September 12.',
      ['2013-09-12 past meeting «The ministers»']],
    ['en: "Loans for farmers are issued through partner banks" tells how it is done',
      'date: 2021-06-17\n\nLoans for farmers are issued through partner banks at rates of 6-8 percent.',
      []],
    ['ru: «Кредиты фермерам выдаются через банки-партнеры» tells how it is done',
      'date: 2021-06-17\n\nКредиты фермерам выдаются через банки-партнеры под 6-8 процентов годовых.',
      []],
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
