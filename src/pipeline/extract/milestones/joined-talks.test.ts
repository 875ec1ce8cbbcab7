import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// "X and Y took part in the expanded talks" after the talks: who sat at the table, not talks of their own.
describe('people told as taking part in the talks already told', () => {
  it.each([
    ['en: "took part in the expanded talks"',
      'date: 2023-04-12\n\nPresident Ivan Orlov, who arrived in Osh late on Tuesday for a working visit, held talks with President Kanat Bekov on April 12. After the talks, the two leaders signed a declaration on friendship. Trade grew by a third last year. Prime Minister Ruslan Temirov and Finance Minister Aibek Sultanov took part in the expanded talks. Deputy Premier Oleg Pavlov joined them from the guest side.',
      ['2023-04-11 past visit «who arrived»', '2023-04-12 past meeting «held talks»', '2023-04-12 past agreement «After the»']],
    ['ru: «В переговорах в расширенном составе приняли участие»',
      'date: 2023-04-12\n\nПрезидент Иван Орлов провел переговоры с президентом Канатом Бековым в Оше. В переговорах в расширенном составе приняли участие министр экономики Данияр Амангельдиев и министр финансов Алмаз Бакетаев.',
      ['2023-04-12 past meeting «Президент Иван»']],
    // The format word between the article and the noun ("joined the expanded talks") still points back to the talks told.
    ['en: "joined the expanded talks"',
      'date: 2023-04-12\n\nPresident Ivan Orlov arrived in Osh on Tuesday evening for a working visit. On Wednesday he held talks with President Kanat Bekov. Trade grew by a third last year. Prime Minister Ruslan Temirov, who oversees the budget, joined the expanded talks.',
      ['2023-04-11 past visit «President Ivan»', '2023-04-12 past meeting «On Wednesday»']],
    // Kept: with only the trip told before, "took part in the expanded talks" is what tells the talks.
    ['en: "took part in the expanded talks" after a trip only',
      'date: 2023-04-12\n\nPresident Ivan Orlov paid an official visit to Osh on Wednesday. The two presidents signed a declaration on friendship. Prime Minister Ruslan Temirov took part in the expanded talks.',
      ['2023-04-12 past visit «President Ivan»', '2023-04-12 past agreement «The two»', '2023-04-12 past meeting «Prime Minister»']],
    // Kept: a meeting of its own with a new counterpart.
    ['en: a minister who met someone new',
      'date: 2023-04-12\n\nPresident Ivan Orlov held talks with President Kanat Bekov in Osh on April 12. Minister of Economy Daniyar Amangeldiev met with Russian Finance Minister Anton Siluanov.',
      ['2023-04-12 past meeting «President Ivan»', '2023-04-12 past meeting «Minister of»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
