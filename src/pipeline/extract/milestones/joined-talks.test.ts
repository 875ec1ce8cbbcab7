import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// "X and Y took part in the expanded talks" after the talks: who sat at the table, not talks of their own.
describe('people told as taking part in the talks already told', () => {
  it.each([
    ['en: "took part in the expanded talks"',
      'date: 2023-04-12\n\nPresident Ivan Orlov, who arrived in Osh on a working visit on Tuesday evening, held talks with President Kanat Bekov on April 12. After the talks, the presidents signed a joint declaration. Trade grew by a third last year. Chairman of the Cabinet of Ministers Adylbek Kasymaliev and Minister of Finance Almaz Baketaev took part in the expanded talks. On the other side, Finance Minister Anton Siluanov attended.',
      ['2023-04-11 past visit «who arrived»', '2023-04-12 past meeting «held talks»', '2023-04-12 past agreement «After the»']],
    ['ru: «В переговорах в расширенном составе приняли участие»',
      'date: 2023-04-12\n\nПрезидент Иван Орлов провел переговоры с президентом Канатом Бековым в Оше. В переговорах в расширенном составе приняли участие министр экономики Данияр Амангельдиев и министр финансов Алмаз Бакетаев.',
      ['2023-04-12 past meeting «Президент Иван»']],
    // Kept: a meeting of its own with a new counterpart.
    ['en: a minister who met someone new',
      'date: 2023-04-12\n\nPresident Ivan Orlov held talks with President Kanat Bekov in Osh on April 12. Minister of Economy Daniyar Amangeldiev met with Russian Finance Minister Anton Siluanov.',
      ['2023-04-12 past meeting «President Ivan»', '2023-04-12 past meeting «Minister of»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
