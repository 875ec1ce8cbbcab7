import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { exactAgoDate } from './exact-ago';
import { articleDate } from './article-date';
import { NO_KNOWLEDGE } from './context';

const ago = (text: string) => exactAgoDate(toDoc('t.txt', text).doc)?.date ?? null;

describe('an event dated «ровно N лет назад» / "exactly N years ago" dates the article that many years on', () => {
  it.each([
    ['ru: «ровно год назад»', 'Мост\n\nРовно год назад, 5 мая 2011 года, в Оше открыли новый мост.', '2012-05-05'],
    ['ru: a count word', 'Школа\n\nРовно пять лет назад, 1 сентября 2015 года, школа приняла первых учеников.', '2020-09-01'],
    ['ru: digits', 'Фонд\n\nРовно 10 лет назад — 3 июня 2014 года — был создан фонд.', '2024-06-03'],
    ['en: "exactly a year ago, on"', 'Bridge\n\nExactly a year ago, on May 5, 2011, a new bridge opened in Osh.', '2012-05-05'],
    ['en: "exactly ten years ago"', 'Fund\n\nExactly ten years ago, 3 June 2014, the fund was founded.', '2024-06-03'],
    // Negative cases: a loose count, or a date later in the sentence.
    ['ru: no «ровно»', 'Мост\n\nГод назад, 5 мая 2011 года, в Оше открыли новый мост.', null],
    ['ru: the date not right after', 'Мост\n\nРовно год назад в Оше открыли мост, а 5 мая 2011 года его осветили.', null],
    ['en: "exactly year ago" is no count', 'Bridge\n\nExactly year ago, on May 5, 2011, a bridge opened.', null],
  ])('%s', (_name, text, want) => {
    expect(ago(text)).toBe(want);
  });

  it('gives the article its date when nothing else does', () => {
    const doc = toDoc('t.txt', 'Мост: год спустя\n\nРовно год назад, 5 мая 2011 года, в Оше открыли новый мост.').doc;
    expect(articleDate(doc, [], NO_KNOWLEDGE).date).toBe('2012-05-05');
  });

  it('leaves a header date alone', () => {
    const doc = toDoc('t.txt', 'date: 2012-05-07\n\nМост\n\nРовно год назад, 5 мая 2011 года, в Оше открыли новый мост.').doc;
    expect(articleDate(doc, [], NO_KNOWLEDGE).date).toBe('2012-05-07');
  });
});
