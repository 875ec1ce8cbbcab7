import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { weekdayAmongToldDays } from './told-weekday';

const day = (text: string, year: number) => weekdayAmongToldDays(toDoc('t.txt', text).doc, year)?.date ?? null;

describe("a wire's day named by its weekday, fenced by the days told around it", () => {
  it.each([
    ['en: the Monday after a summit told as past',
      'Vote count ends\n\nBISHKEK - Monitors said on Monday that Sunday\'s vote was calm. Two days earlier the president attended a forum in Osh on October 12.',
      2017, '2017-10-16'],
    ['en: before a handover told as coming',
      'Vote count ends\n\nBISHKEK - The commission said on Tuesday that the count was over. The leaders met in Minsk on March 3. The new president will take office on March 20.',
      2030, '2030-03-05'],
    ['ru: «заявили в пятницу» after a day told as past',
      'Итоги\n\nБИШКЕК. Наблюдатели заявили в пятницу, что выборы прошли спокойно. Министры встретились 6 июня в Москве.',
      2024, '2024-06-07'],
    // Negative cases.
    ['no past day in the text', 'Vote count ends\n\nMonitors said on Monday that the vote was calm.', 2017, null],
    ['the weekday falls after the day told as coming',
      'Vote count ends\n\nMonitors said on Monday that the vote was calm. The ministers met on May 2. The leader will travel to Minsk on May 4.',
      2030, null],
    ['a past day of another year', 'Vote count ends\n\nMonitors said on Monday that the vote was calm. The treaty was signed on June 10, 1992.', 2017, null],
    ['no weekday in the lead', 'Vote count ends\n\nMonitors said the vote was calm. The leaders met on May 2.', 2030, null],
  ])('%s', (_name, text, year, want) => {
    expect(day(text, year)).toBe(want);
  });
});
