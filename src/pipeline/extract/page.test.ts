import { describe, expect, it } from 'vitest';
import type { Language } from '../../schema/dataset';
import { inSpans, relatedLinks } from './page';

/** The text of each span `relatedLinks` returns. */
const linkLines = (text: string, lang: Language) => relatedLinks(text, lang).map(([a, b]) => text.slice(a, b));

describe('relatedLinks: the lines of links to related articles', () => {
  it.each([
    // A label with a headline on its own line, and the lines right after it up to a blank line.
    ['ru', 'Министры встретились в Бишкеке.\nЧитайте также: Посол вручил верительные грамоты\nЭкспорт зерна вырос вдвое\n\nКонец.', ['Читайте также: Посол вручил верительные грамоты', 'Экспорт зерна вырос вдвое']],
    // A bare label opens the list but is not a link itself.
    ['ru', 'Текст статьи.\nПо теме\nПравительства обсудили тарифы\n\nДалее текст.', ['Правительства обсудили тарифы']],
    ['en', 'The talks ended.\nRelated: Ministers agree on a rail link\n\nMore text.', ['Related: Ministers agree on a rail link']],
    // Labels of news sites' lists of other stories.
    ['ru', 'Текст статьи.\nСсылки по теме\nМинистры обсудили квоты - 12.05.2011\n\nДалее.', ['Министры обсудили квоты - 12.05.2011']],
    ['ru', 'Текст статьи.\nПохожие новости:\n• В Оше открылся визовый центр\n\nДалее.', ['• В Оше открылся визовый центр']],
    ['ru', 'Текст статьи.\nЕщё по теме:\n— Банк открыл филиал в Нарыне\n\nДалее.', ['— Банк открыл филиал в Нарыне']],
    ['en', 'The talks ended.\nMore News:\nTenge steady after bank steps in\n\nMore text.', ['Tenge steady after bank steps in']],
    ['en', 'Read more:\n  Envoys discuss labour quotas\n  Bank opens a branch in Osh\nThe end.', ['  Envoys discuss labour quotas', '  Bank opens a branch in Osh', 'The end.']],
    // The label must open its line; inside a sentence it is prose.
    ['en', 'He said: see also the treaty of last year.', []],
    ['ru', 'Он добавил, что по теме: визит пока не решён.', []],
    ['ru', 'Статья без ссылок на другие материалы.', []],
  ] as const)('%s %j', (lang, text, want) => {
    expect(linkLines(text, lang)).toEqual(want);
  });
});

describe('inSpans: whether an offset lies in one of the spans', () => {
  it.each([
    [[[0, 5]], 0, true],
    [[[0, 5]], 4, true],
    [[[0, 5]], 5, false],
    [[[0, 5], [10, 12]], 11, true],
    [[[0, 5], [10, 12]], 7, false],
    [[], 0, false],
  ] as [[number, number][], number, boolean][])('%j ∋ %d → %s', (spans, at, want) => {
    expect(inSpans(spans, at)).toBe(want);
  });
});
