import { describe, expect, it } from 'vitest';
import type { Language } from '../../schema/dataset';
import type { ArticleDoc } from '../types';
import { findDocumentDateLine } from './dates/document-date';
import { headlineSpans } from './headline';
import { inSpans, pageStructure, relatedLinks } from './page';

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
    ['ru', 'Текст статьи.\nСвязанные материалы:\n— Музей открыл зал в Таласе\n\nДалее.', ['— Музей открыл зал в Таласе']],
    ['en', 'The talks ended.\nMore News:\nTenge steady after bank steps in\n\nMore text.', ['Tenge steady after bank steps in']],
    ['en', 'Read more:\n  Envoys discuss labour quotas\n  Bank opens a branch in Osh\nThe end.', ['  Envoys discuss labour quotas', '  Bank opens a branch in Osh', 'The end.']],
    // «Подробнее:» with a colon opening its line is a link to a fuller story; «Подробнее о …» is prose.
    ['ru', 'Текст статьи.\nПодробнее: Премьеры обсудят тарифы в Минске\nПоделиться', ['Подробнее: Премьеры обсудят тарифы в Минске', 'Поделиться']],
    ['ru', 'Текст статьи.\nПодробнее о планах министр не рассказал.', []],
    // A government site's link to another readout of the day, with its colon; without the colon it is prose.
    ['en', 'The talks ended.\n\nAlso on this day: The Prime Minister chairs a meeting on road safety', ['Also on this day: The Prime Minister chairs a meeting on road safety']],
    ['en', 'The talks ended.\n\nAlso on this day the ministers signed a protocol on fisheries.', []],
    // A label naming the outlet the links lead to, with its colon; without the colon it is prose.
    ['ru', 'Текст статьи.\nЧитайте на Интерфаксе:\nПремьеры обсудили транзит угля\n\nДалее.', ['Премьеры обсудили транзит угля']],
    ['ru', 'Текст статьи.\nЧитайте в нашем Telegram-канале: Банк снизил ставку\n\nДалее.', ['Читайте в нашем Telegram-канале: Банк снизил ставку']],
    ['ru', 'Читайте на сайте министерства подробности о квотах.', []],
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

describe('pageStructure: the headline block and the related-article links, read once per article', () => {
  /** The text of each headline and each related link the structure holds. */
  const read = (text: string, language: Language) => {
    const page = pageStructure({ id: 't', file: 't.txt', header: {}, text, sentences: [], language });
    return { headlines: page.headlines.map((h) => text.slice(h.start, h.end)), related: page.related.map(([a, b]) => text.slice(a, b)) };
  };
  it.each([
    // A headline above a dateline lead, and no links.
    ['ru', 'Послы обсудили визовый режим\n\nОШ, 4 мая. Послы встретились в мэрии.', ['Послы обсудили визовый режим'], []],
    // A lead first: no headline block; a list of links at the foot.
    ['en', 'OSH, May 4. The envoys met at city hall.\nRelated: Envoys tour a power plant\n\nThe end.', [], ['Related: Envoys tour a power plant']],
    // Both: a two-line headline block and a list after a bare label.
    ['ru', 'ЭКОНОМИКА\nБанки договорились о переводах\n\nБанки подписали соглашение.\nЧитайте также:\nТарифы на газ не изменятся\n\nКонец.', ['ЭКОНОМИКА', 'Банки договорились о переводах'], ['Тарифы на газ не изменятся']],
    // Neither.
    ['en', 'The envoys met at city hall. Nothing else was said.', [], []],
  ] as const)('%s %j', (lang, text, headlines, related) => {
    expect(read(text, lang)).toEqual({ headlines, related });
  });

  it('gives what headlineSpans, relatedLinks and findDocumentDateLine give on their own', () => {
    const text = 'Министры обсудили транзит\n\nБИШКЕК, 3 мар. Министры встретились.\nПо теме\nПосол вручил грамоты\n';
    const doc: ArticleDoc = { id: 't', file: 't.txt', header: {}, text, sentences: [], language: 'ru' };
    expect(pageStructure(doc)).toEqual({ headlines: headlineSpans(text), related: relatedLinks(text, 'ru'), documentDateLine: findDocumentDateLine(doc) });
  });

  it('reads the own date line of a document printed as the page', () => {
    const text = 'ПОСТАНОВЛЕНИЕ\n\nот 9 октября 2019 года № 533\n\nО подписании Меморандума';
    const page = pageStructure({ id: 't', file: 't.txt', header: {}, text, sentences: [], language: 'ru' });
    expect(page.documentDateLine?.clause.text).toBe('от 9 октября 2019 года № 533');
  });
});
