import { describe, expect, it } from 'vitest';
import { ArticleFile, Dataset, DatasetFile, SCHEMA_VERSION, type ArticleText } from './dataset';
import { joinDataset, splitDataset } from './split';

const at = (start: number, end: number) => ({ start, end });
const text: ArticleText = { id: 'a1', text: 'Putin met Japarov. Trade reached $3 billion.', sentences: [[0, 18], [19, 44]] };
const article = { id: 'a1', file: 'a1.txt', title: 'T', date: '2024-05', dateEvidence: 'header', language: 'en' as const, source: null, url: null, place: null, textPath: 'articles/0.json', chars: 44, sentenceCount: 2, hash: 'h' };
const full: Dataset = Dataset.parse({
  schemaVersion: SCHEMA_VERSION,
  articles: [article],
  people: [{ id: 'p1', nameRu: 'Садыр Жапаров', nameEn: 'Sadyr Japarov', country: 'KG', roles: [], articleIds: ['a1'], mentions: [{ articleId: 'a1', offsets: at(10, 17) }], known: true }],
  milestones: [{ id: 'a1-m1', date: '2024-05', dateEvidence: 'header date', type: 'meeting', status: 'past', titleEn: 'Meeting', titleRu: 'Встреча', peopleIds: ['p1'], place: null, bilateral: true, derived: null, articleId: 'a1', quote: 'Putin met Japarov.', offsets: at(0, 18) }],
  figures: [{ id: 'a1-f1', metric: 'trade_turnover', value: 3e9, unit: 'USD', period: '2024', kind: 'actual', qualifier: null, note: null, derivedFrom: [], articleId: 'a1', quote: 'Trade reached $3 billion.', offsets: at(19, 44) }],
  series: [],
  problems: [],
});

describe('splitDataset / joinDataset', () => {
  const { main, articles } = splitDataset(full, [text]);

  it('keeps quotes, offsets, date evidence and mentions out of the main file', () => {
    expect(DatasetFile.parse(main)).toEqual(main);
    const json = JSON.stringify(main);
    for (const key of ['"quote"', '"offsets"', '"mentions"']) expect(json).not.toContain(key);
    expect(main.milestones[0]).not.toHaveProperty('dateEvidence');
    expect(main.articles[0]).toHaveProperty('dateEvidence', 'header');
  });

  it('puts them in the article file, which is valid', () => {
    expect(ArticleFile.parse(articles[0])).toEqual({
      ...text,
      milestones: [{ id: 'a1-m1', quote: 'Putin met Japarov.', offsets: at(0, 18), dateEvidence: 'header date' }],
      figures: [{ id: 'a1-f1', quote: 'Trade reached $3 billion.', offsets: at(19, 44), note: null, derivedFrom: [] }],
      mentions: [{ personId: 'p1', offsets: at(10, 17) }],
    });
  });

  it('joins back to the whole dataset', () => {
    expect(joinDataset(main, articles)).toEqual(full);
  });
});
