import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a gathering under way over a span of days holding the article day: its eve and its sittings', () => {
  it.each([
    ['ru: a plenary sitting «накануне» after «проходит 7-10 июля» is of its own, the eve of the article',
      'date: 2031-07-08\n\nВ выставке, которая проходит в Казани 7-10 июля, участвуют более 600 компаний. Вице-премьер, выступая накануне на пленарном заседании, заявил, что экспорт вырос на 15%.',
      ['2031-07-07 ongoing forum «В выставке,»', '2031-07-07 past forum «Вице-премьер, выступая»']],
    ['ru: talks «вчера» after a fair under way count from the article',
      'date: 2031-07-08\n\nВыставка проходит в Казани 7-10 июля. Вчера министр провел переговоры с делегацией Киргизии.',
      ['2031-07-07 ongoing forum «Выставка проходит»', '2031-07-07 past meeting «Вчера министр»']],
    ['en: a plenary session the day before, after a fair under way',
      'date: 2031-07-08\n\nThe Innoprom fair is being held in Kazan on July 7-10. Speaking at the plenary session the day before, the deputy prime minister said exports grew.',
      ['2031-07-07 ongoing forum «The Innoprom»', '2031-07-07 past forum «Speaking at»']],
    // Negative: a fair held on one day before the article: the sitting of that day is the fair told again.
    ['ru: a sitting «в тот же день» of a fair held on one day is that fair',
      'date: 2031-07-08\n\nВыставка прошла в Казани 7 июля. Вице-премьер, выступая в тот же день на пленарном заседании, заявил, что экспорт вырос на 15%.',
      ['2031-07-07 past forum «Выставка прошла»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
