/**
 * The frozen fixture the e2e tests and screenshots use (e2e/fixtures): it must satisfy the dataset
 * schema, and every quote must sit exactly at its offsets in its article's text.
 */
import { describe, expect, it } from 'vitest';
import { joinDataset } from '../../schema/split';
import { readFixture } from './fixture-files';

// The main file and the article files (each pack read once), each valid per its schema, joined into the whole dataset.
const { main, packs, texts } = readFixture('timeline.json');
const data = joinDataset(main, [...texts.values()]);

type Evidence = { articleId: string; quote: string; offsets: { start: number; end: number } };
const evidence: [string, Evidence][] = [
  ...data.milestones.map((m) => [`milestone ${m.id}`, m] as [string, Evidence]),
  ...data.figures.map((f) => [`figure ${f.id}`, f] as [string, Evidence]),
];
const mentions = data.people.flatMap((p) => p.mentions.map((m, i) => [`mention ${p.id}#${i}`, m] as const));

describe('fixture dataset', () => {
  it('has each article in the pack its textPath names, and nothing else in the packs', () => {
    for (const [path, pack] of packs) expect(pack.map((f) => f.id), path).toEqual(main.articles.filter((a) => a.textPath === path).map((a) => a.id));
  });

  it('keeps the evidence of every milestone and figure in its article file', () => {
    const found = new Set([...texts.values()].flatMap((t) => [...t.milestones, ...t.figures].map((e) => `${t.id} ${e.id}`)));
    for (const x of [...main.milestones, ...main.figures]) expect(found.has(`${x.articleId} ${x.id}`), x.id).toBe(true);
  });

  it('has what the tests rely on', () => {
    const types = new Set(data.milestones.map((m) => m.type));
    const statuses = new Set(data.milestones.map((m) => m.status));
    expect(types.size).toBe(9);
    expect([...statuses].sort()).toEqual(['ongoing', 'past', 'planned']);
    expect(data.milestones.some((m) => m.date === null)).toBe(true);
    expect(data.milestones.some((m) => m.date?.length === 7)).toBe(true);
    expect(data.milestones.some((m) => m.date?.length === 4)).toBe(true);
    expect(data.milestones.map((m) => m.date).filter(Boolean).sort()[0]!.startsWith('1992')).toBe(true);
    expect(data.series.some((s) => s.disagreement)).toBe(true);
    const sadyr = data.people.find((p) => p.id === 'sadyr-japarov')!;
    const akylbek = data.people.find((p) => p.id === 'akylbek-japarov')!;
    expect(sadyr.roles[0]!.role).toBe('president');
    expect(akylbek.roles[0]!.role).toBe('head_of_government');
  });

  it('has unique ids', () => {
    for (const list of [data.articles, data.people, data.milestones, data.figures]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('references only known people, articles and figures', () => {
    const people = new Set(data.people.map((p) => p.id));
    const figures = new Set(data.figures.map((f) => f.id));
    for (const m of data.milestones) for (const id of m.peopleIds) expect(people.has(id), `${m.id} → ${id}`).toBe(true);
    for (const s of data.series) for (const id of s.figureIds) expect(figures.has(id)).toBe(true);
    for (const p of data.people) for (const a of p.articleIds) expect(texts.has(a)).toBe(true);
  });

  it.each(evidence)('%s: the quote is at its offsets', (_name, e) => {
    const text = texts.get(e.articleId)?.text;
    expect(text, `article ${e.articleId}`).toBeDefined();
    expect(text!.slice(e.offsets.start, e.offsets.end)).toBe(e.quote);
  });

  it.each(mentions)('%s: a name stands at its offsets', (_name, m) => {
    expect(texts.get(m.articleId)!.text.slice(m.offsets.start, m.offsets.end)).toMatch(/^\p{Lu}[\p{L}-]+/u);
  });

  it.each([...texts.values()])('article $id: sentences cover the text in order', (t) => {
    let prev = 0;
    for (const [s, e] of t.sentences) {
      expect(s).toBeGreaterThanOrEqual(prev);
      expect(e).toBeGreaterThan(s);
      prev = e;
    }
    expect(prev).toBe(t.text.length);
    const art = data.articles.find((a) => a.id === t.id)!;
    expect(art.chars).toBe(t.text.length);
    expect(art.sentenceCount).toBe(t.sentences.length);
  });
});
