/** «Накануне», "the day before" after the span of a gathering under way on the article's day (`anchored.ts`). Every text is invented. */
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { dateMentions } from './mentions';

/** `text → date` of every mention, in text order. */
function mentions(text: string, articleDate: string): string[] {
  const { doc } = toDoc('t.txt', text);
  return dateMentions(doc, articleDate).map((m) => `${m.text} → ${m.date}`);
}

describe('the eve after a span of days holding the article day is the article’s eve', () => {
  it.each([
    ['ru: «проходит 10-13 июля» then «Накануне»', '2031-07-11',
      'Выставка "Промэкспо" проходит в Казани 10-13 июля. Накануне министр провел переговоры с делегацией Киргизии.',
      'Накануне → 2031-07-10'],
    ['ru: a span with a dash «7–10 июля» in a relative clause, «выступая накануне»', '2031-07-08',
      'Всего в выставке, которая проходит в Казани 7–10 июля, участвуют 600 компаний. Вице-премьер, выступая накануне на пленарном заседании, заявил о росте экспорта.',
      'накануне → 2031-07-07'],
    ['en: "runs July 10-13" then "The day before"', '2031-07-11',
      'The fair, which runs on July 10-13 in Kazan, drew 600 firms. The day before, the minister held talks with the Kyrgyz delegation.',
      'The day before → 2031-07-10'],
    // Negative: a span over before the article day, and a single day, still anchor the eve.
    ['ru: a span already over («проходила 2-4 июля») anchors «накануне»', '2031-07-11',
      'Выставка проходила в Казани 2-4 июля. Накануне министр провел переговоры с делегацией Киргизии.',
      'Накануне → 2031-07-01'],
    ['ru: a single day before the article anchors «накануне»', '2031-07-11',
      'Форум прошел в Казани 9 июля. Накануне министр провел переговоры с делегацией Киргизии.',
      'Накануне → 2031-07-08'],
  ] as const)('%s', (_name, date, text, want) => {
    expect(mentions(text, date)).toContain(want);
  });
});
