import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A guest the speaker says the side awaits («Ждём в июле министра …», «мы ожидаем в Оше министра …», 'We expect the
// minister in July') is a planned visit.
describe('an official awaited is a planned visit', () => {
  it.each([
    ['ru: «Ждём в июле министра экономики России»',
      'date: 2031-04-12\n\n— Ждём в июле министра экономики России.',
      ['2031-07 planned visit «Ждём в»']],
    ['ru: «Осенью мы ожидаем в Оше министра иностранных дел России»',
      'date: 2031-04-12\n\n— Осенью этого года мы ожидаем в Оше министра иностранных дел России.',
      ['2031 planned visit «Осенью этого»']],
    ['en: "We expect the Russian economy minister in July"',
      'date: 2031-04-12\n\n"We expect the Russian economy minister in July," the governor said.',
      ['2031-07 planned visit «"We expect»']],
    ['en: "We expect growth in trade" is no visit',
      'date: 2031-04-12\n\nWe expect growth in trade this year.',
      []],
    // Negative: growth awaited is no guest; a third country's minister is no visit of the two sides.
    ['ru: «Мы ожидаем роста товарооборота» is no visit',
      'date: 2031-04-12\n\nМы ожидаем роста товарооборота в этом году.',
      []],
    ['ru: «Ждём в июле министра экономики Армении» is no visit of the two sides',
      'date: 2031-04-12\n\n— Ждём в июле министра экономики Армении.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
