/**
 * The split between `timeline.json` and the article files, and back: `splitDataset` takes each
 * record's evidence out into its article's file, `joinDataset` puts it back (the whole `Dataset`).
 */
import type {
  Figure,
  FigureCore,
  Milestone,
  MilestoneCore,
  Person,
  PersonCore,
  ArticleFile,
  ArticleText,
  Dataset,
  DatasetFile,
  FigureEvidence,
  Mention,
  MilestoneEvidence,
} from './dataset';

/**
 * A record as stored in `timeline.json`: its core fields, in the schema's order (the order zod gives
 * them; `split.test.ts` checks each against the schema), as one object literal per kind. A copy
 * through a list of keys (`out[key] = row[key]`) cost V8 a megamorphic keyed load and store per
 * field (≈79,000 of each at 1,000 articles); a literal is made from its boilerplate and its
 * fields are read by name. A field a record lacks is copied as undefined, which JSON leaves out.
 */
export const milestoneCore = (m: Milestone): MilestoneCore => ({
  id: m.id,
  date: m.date,
  type: m.type,
  status: m.status,
  titleEn: m.titleEn,
  titleRu: m.titleRu,
  peopleIds: m.peopleIds,
  place: m.place,
  bilateral: m.bilateral,
  derived: m.derived,
  articleId: m.articleId,
});

/** A figure's core fields (see `milestoneCore`). */
export const figureCore = (f: Figure): FigureCore => ({
  id: f.id,
  metric: f.metric,
  value: f.value,
  unit: f.unit,
  period: f.period,
  kind: f.kind,
  qualifier: f.qualifier,
  articleId: f.articleId,
});

/** A person's core fields (see `milestoneCore`). */
export const personCore = (p: Person): PersonCore => ({
  id: p.id,
  nameRu: p.nameRu,
  nameEn: p.nameEn,
  country: p.country,
  roles: p.roles,
  articleIds: p.articleIds,
  known: p.known,
});

/** What an article's file holds besides its text: the evidence of everything read from it. */
type ArticleEvidence = Pick<ArticleFile, 'milestones' | 'figures' | 'mentions'>;

/**
 * Splits a bundle run's result into `timeline.json` and one `ArticleFile` per article (written grouped into packs, see
 * `groupPacks`). Each text's fields come first in its file, as they are: the bundler keeps an `ArticleText`'s
 * sentences in a form of its own that JSON writes as the schema's pairs.
 */
export function splitDataset<T extends Pick<ArticleText, 'id'>>(d: Dataset, texts: readonly T[]): { main: DatasetFile; articles: (T & ArticleEvidence)[] } {
  const files = new Map<string, T & ArticleEvidence>(texts.map((t) => [t.id, { ...t, milestones: [], figures: [], mentions: [] }]));
  const fileOf = (articleId: string): ArticleEvidence | undefined => files.get(articleId);
  const milestones = d.milestones.map((m) => {
    fileOf(m.articleId)?.milestones.push({ id: m.id, quote: m.quote, offsets: m.offsets, dateEvidence: m.dateEvidence });
    return milestoneCore(m);
  });
  const figures = d.figures.map((f) => {
    fileOf(f.articleId)?.figures.push({ id: f.id, quote: f.quote, offsets: f.offsets, note: f.note, derivedFrom: f.derivedFrom });
    return figureCore(f);
  });
  const people = d.people.map((p) => {
    for (const m of p.mentions) fileOf(m.articleId)?.mentions.push({ personId: p.id, offsets: m.offsets });
    return personCore(p);
  });
  return { main: { ...d, people, milestones, figures }, articles: [...files.values()] };
}

/** The inverse of `splitDataset`: the whole dataset from `timeline.json` and the article files. */
export function joinDataset(main: DatasetFile, articles: readonly ArticleFile[]): Dataset {
  const ms = new Map<string, MilestoneEvidence>();
  const fs = new Map<string, FigureEvidence>();
  const mentions = new Map<string, Mention[]>();
  for (const a of articles) {
    for (const e of a.milestones) ms.set(e.id, e);
    for (const e of a.figures) fs.set(e.id, e);
    for (const m of a.mentions) {
      const list = mentions.get(m.personId) ?? [];
      list.push({ articleId: a.id, offsets: m.offsets });
      mentions.set(m.personId, list);
    }
  }
  const none = { quote: '', offsets: { start: 0, end: 0 } };
  return {
    ...main,
    milestones: main.milestones.map((m) => ({ dateEvidence: '', ...none, ...m, ...ms.get(m.id), id: m.id })),
    figures: main.figures.map((f) => ({ ...none, note: null, derivedFrom: [], ...f, ...fs.get(f.id), id: f.id })),
    people: main.people.map((p) => ({ ...p, mentions: mentions.get(p.id) ?? [] })),
  };
}
