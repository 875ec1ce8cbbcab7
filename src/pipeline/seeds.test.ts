/**
 * Bundles the project's seeds/ folder and checks the facts the seed articles state.
 * (The extractors never see these answers; this test only checks their output.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Dataset } from '../schema/dataset';
import { bundle, type BundleResult } from './bundle';

const SEEDS = join(import.meta.dirname, '../../seeds');
let result: BundleResult;

beforeAll(() => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  result = bundle(files.map((file) => ({ file, bytes: readFileSync(join(SEEDS, file)) })));
});

const article = (prefix: string) => result.dataset.articles.find((a) => a.file.startsWith(prefix))!;
const peopleOf = (id: string) => result.dataset.people.filter((p) => p.articleIds.includes(id));
const figuresOf = (id: string) => result.dataset.figures.filter((f) => f.articleId === id);
const milestonesOf = (id: string) => result.dataset.milestones.filter((m) => m.articleId === id);

describe('seeds', () => {
  it('keeps every article and passes the schema', () => {
    expect(result.dataset.articles).toHaveLength(2);
    expect(() => Dataset.parse(result.dataset)).not.toThrow();
    expect(result.dataset.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it.each([
    ['000', '2025-11-11', 'РИА Новости'],
    ['002', '2022-02-25', 'КирТАГ'],
  ])('article %s is dated %s from %s', (prefix, date, source) => {
    const a = article(prefix);
    expect(a.date).toBe(date);
    expect(a.source).toBe(source);
    expect(a.dateEvidence.length).toBeGreaterThan(10);
  });

  it('explains the inferred year of the KirTAG dateline', () => {
    expect(article('002').dateEvidence).toMatch(/30|1992/);
  });

  it.each([
    ['000', ['Адылбек Касымалиев', 'Садыр Жапаров', 'Владимир Путин']],
    ['002', ['Акылбек Жапаров', 'Михаил Мишустин']],
  ])('article %s names exactly its officials', (prefix, names) => {
    expect(peopleOf(article(prefix).id).map((p) => p.nameRu).sort()).toEqual([...names].sort());
  });

  it('keeps the two Japarovs apart, with official English spellings', () => {
    const japarovs = result.dataset.people.filter((p) => p.nameRu.endsWith('Жапаров'));
    expect(japarovs.map((p) => p.nameEn).sort()).toEqual(['Akylbek Japarov', 'Sadyr Japarov']);
    expect(new Set(japarovs.map((p) => p.id)).size).toBe(2);
    const kasymaliev = result.dataset.people.find((p) => p.nameRu === 'Адылбек Касымалиев')!;
    expect(kasymaliev.nameEn).toBe('Adylbek Kasymaliev');
    expect(kasymaliev.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it('reads the $5 bn annual target from article 000', () => {
    const figs = figuresOf(article('000').id).filter((f) => f.metric === 'trade_turnover');
    expect(figs).toEqual([expect.objectContaining({ value: 5e9, period: 'annual', kind: 'target', unit: 'USD' })]);
  });

  it('reads the 2021 turnover and growth from article 002, and derives 2020', () => {
    const figs = figuresOf(article('002').id);
    expect(figs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ metric: 'trade_turnover', value: 2.5e9, period: '2021', kind: 'actual', qualifier: 'approaching' }),
        expect.objectContaining({ metric: 'trade_turnover_growth_pct', value: 47, period: '2021', kind: 'actual' }),
        expect.objectContaining({ metric: 'trade_turnover', period: '2020', kind: 'derived' }),
      ]),
    );
    const derived = figs.find((f) => f.kind === 'derived')!;
    expect(derived.value).toBeGreaterThan(1.6e9);
    expect(derived.value).toBeLessThan(1.8e9);
    expect(derived.note).toMatch(/47/);
  });

  it('finds the IGC session and the planned visit in article 000', () => {
    const ms = milestonesOf(article('000').id);
    expect(ms).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'igc_session', date: '2025-11-11', status: 'past' }),
        expect.objectContaining({ type: 'visit', status: 'planned' }),
      ]),
    );
  });

  it('finds the meeting, the 30th anniversary and the founding date in article 002', () => {
    const ms = milestonesOf(article('002').id);
    expect(ms).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'meeting', date: '2022-02-25', status: 'past' }),
        expect.objectContaining({ type: 'anniversary', date: '2022-03' }),
        expect.objectContaining({ type: 'anniversary', date: '1992-03', status: 'past' }),
      ]),
    );
  });

  it('keeps every quote verbatim at its offsets', () => {
    const texts = new Map(result.texts.map((t) => [t.id, t.text]));
    for (const item of [...result.dataset.milestones, ...result.dataset.figures]) {
      expect(texts.get(item.articleId)!.slice(item.offsets.start, item.offsets.end)).toBe(item.quote);
    }
    for (const p of result.dataset.people) {
      for (const m of p.mentions) expect(texts.get(m.articleId)!.slice(m.offsets.start, m.offsets.end)).toMatch(/^\p{Lu}\p{L}+/u);
    }
  });
});
