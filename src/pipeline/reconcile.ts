/**
 * Cross-article passes: give every item a stable id, merge people found in several articles,
 * add derived figures, and build one reconciled series point per metric, period and kind.
 */
import type { Figure, Language, Milestone, Person, Role, SeriesPoint } from '../schema/dataset';
import { byDateThenId } from '../schema/order';
import { compareKeys } from './collate';
import { officials } from './knowledge';
import type { ArticleExtraction, FigureDraft, MilestoneDraft, PersonDraft } from './types';

/**
 * What reconciliation reads of an article: its id and its drafts. Not the whole `ArticleExtraction`:
 * the bundler lets each article's document (its sentences, what the extractors cached for it) go
 * once the article is read, instead of holding every one of them to the end of the run.
 */
export type ArticleDrafts = { id: string; language?: Language } & Pick<ArticleExtraction, 'people' | 'figures' | 'milestones'>;

/** What reconciliation adds to the dataset. */
export interface Reconciled {
  people: Person[];
  milestones: Milestone[];
  figures: Figure[];
  series: SeriesPoint[];
}

const officialById = new Map(officials.map((o) => [o.id, o]));
/** Ids of earlier names (Rakhmonov before Rahmon): the official's record under the name of the time. */
for (const o of officials) for (const n of o.earlierNames ?? []) officialById.set(n.id, { ...o, id: n.id, nameEn: n.nameEn });

/**
 * Merges per-article drafts into the dataset's cross-article lists. Every record is built field by
 * field in the schema's order (`src/schema/dataset.ts`), exactly as the schema's parse returns it:
 * the bundler checks the result with `validate` and keeps it, instead of a parse that copies it.
 */
export function reconcile(extractions: readonly ArticleDrafts[]): Reconciled {
  const reconciler = new Reconciler();
  for (const x of extractions) reconciler.add(x);
  return reconciler.result();
}

/**
 * `reconcile` fed one article at a time, in the articles' order: `add` makes an article's records
 * from its drafts at once, `result` runs the passes that need every article. The bundler adds each
 * article as soon as it is read, so its drafts (spans, names, roles) go with it instead of being
 * held to the end of the run beside the records made of them at its end: the young generation's
 * collections moved both into the old one (at 1,000 articles 39.7 → 37.1 MB promoted).
 */
export class Reconciler {
  private readonly people = new Map<string, Person>();
  /** Ids of unlisted people whose Russian name was read from a Russian text, not transliterated from an English one. */
  private readonly readInRu = new Set<string>();
  private readonly milestones: Milestone[] = [];
  private readonly figures: Figure[] = [];

  /** Adds the next article's drafts. */
  add(x: ArticleDrafts): void {
    addPeople(this.people, x, this.readInRu);
    for (let i = 0; i < x.milestones.length; i++) this.milestones.push(toMilestone(x.id, x.milestones[i]!, i));
    for (let i = 0; i < x.figures.length; i++) this.figures.push(toFigure(x.id, x.figures[i]!, i));
  }

  /** The cross-article lists of every article added (once: the milestones are sorted in place). */
  result(): Reconciled {
    const figures = withDerived(this.figures);
    return {
      people: sortedPeople(this.people),
      // In the order the app shows them, so its sort of tens of thousands finds them in place.
      milestones: this.milestones.sort(byDateThenId),
      figures,
      series: buildSeries(figures),
    };
  }
}

/** A person as first met: name, country and roles from the reference list when known, else from the draft. */
function newPerson(p: PersonDraft): Person {
  const known = officialById.get(p.id);
  return {
    id: p.id,
    nameRu: known?.nameRu ?? p.nameRu,
    nameEn: known?.nameEn ?? p.nameEn,
    country: known?.country ?? p.country,
    roles: known
      ? known.roles.map(
          (r): Role => ({ role: r.role, titleRu: r.titleRu, titleEn: r.titleEn, country: r.country, from: r.from, to: r.to, basis: 'knowledge' }),
        )
      : [],
    articleIds: [],
    mentions: [],
    known: Boolean(known),
  };
}

/** Adds one article's draft of a person: the article, its mentions, roles read from it not yet listed. */
function addDraft(person: Person, articleId: string, p: PersonDraft): void {
  // Articles come one after another, so the article is already listed only if it was the last added.
  if (person.articleIds[person.articleIds.length - 1] !== articleId) person.articleIds.push(articleId);
  for (let i = 0; i < p.mentions.length; i++) {
    const m = p.mentions[i]!;
    person.mentions.push({ articleId, offsets: { start: m.start, end: m.end } });
  }
  for (let i = 0; i < p.textRoles.length; i++) {
    const r = p.textRoles[i]!;
    if (person.roles.some((have) => have.role === r.role && have.country === r.country)) continue;
    // Field by field in the schema's order, as the schema's parse would give it (the bundler checks the dataset without copying it).
    person.roles.push({ role: r.role, titleRu: r.titleRu, titleEn: r.titleEn, country: r.country, from: null, to: null, basis: 'text' });
  }
  person.country ??= p.country;
}

/** One person per id; roles from the reference list plus roles read from the texts. */
export function mergePeople(extractions: readonly ArticleDrafts[]): Person[] {
  const byId = new Map<string, Person>();
  const readInRu = new Set<string>();
  for (const x of extractions) addPeople(byId, x, readInRu);
  return sortedPeople(byId);
}

/**
 * Adds an article's people to those met so far, by id. An unlisted person met first in an English text has a
 * transliterated Russian name (Ibraimov → «Ибраймов»); the first Russian text that names them gives the name as written.
 */
function addPeople(byId: Map<string, Person>, x: ArticleDrafts, readInRu: Set<string>): void {
  for (const p of x.people) {
    let person = byId.get(p.id);
    if (!person) {
      person = newPerson(p);
      byId.set(p.id, person);
    } else if (x.language === 'ru' && !person.known && !readInRu.has(p.id)) {
      person.nameRu = p.nameRu;
    }
    if (x.language === 'ru') readInRu.add(p.id);
    addDraft(person, x.id, p);
  }
}

const sortedPeople = (byId: Map<string, Person>): Person[] => [...byId.values()].sort((a, b) => compareKeys(a.id, b.id));

function toMilestone(articleId: string, m: MilestoneDraft, i: number): Milestone {
  return {
    id: `${articleId}-m${i + 1}`,
    date: m.date,
    dateEvidence: m.dateEvidence,
    type: m.type,
    status: m.status,
    titleEn: m.titleEn,
    titleRu: m.titleRu,
    peopleIds: m.peopleIds,
    place: m.place,
    bilateral: m.bilateral,
    derived: m.derived,
    articleId,
    quote: m.quote.text,
    offsets: { start: m.quote.start, end: m.quote.end },
  };
}

function toFigure(articleId: string, f: FigureDraft, i: number): Figure {
  return {
    id: `${articleId}-f${i + 1}`,
    metric: f.metric,
    value: f.value,
    unit: f.unit,
    period: f.period,
    kind: f.kind,
    qualifier: f.qualifier,
    note: null,
    derivedFrom: [],
    articleId,
    quote: f.quote.text,
    offsets: { start: f.quote.start, end: f.quote.end },
  };
}

/**
 * Adds derived figures: a growth rate and the value it grew to, in one article and period, imply
 * the previous period's value (a 47% rise to $2.5 bn in 2021 implies ≈$1.7 bn in 2020).
 */
export function withDerived(figures: Figure[]): Figure[] {
  const out = [...figures];
  // The first actual growth rate of each article and period (a lookup instead of a scan per total).
  const growthOf = new Map<string, Figure>();
  for (const g of figures) {
    if (g.metric !== 'trade_turnover_growth_pct' || g.kind !== 'actual') continue;
    const key = `${g.articleId}\0${g.period}`;
    if (!growthOf.has(key)) growthOf.set(key, g);
  }
  for (const total of figures) {
    if (total.metric !== 'trade_turnover' || total.kind !== 'actual' || !total.period || !/^\d{4}$/.test(total.period)) continue;
    const growth = growthOf.get(`${total.articleId}\0${total.period}`);
    if (!growth || growth.value <= -100) continue;
    const prev = String(Number(total.period) - 1);
    const value = Math.round(total.value / (1 + growth.value / 100) / 1e6) * 1e6;
    out.push({
      id: `${total.id}-prev`,
      metric: total.metric,
      value,
      unit: total.unit,
      period: prev,
      kind: 'derived',
      qualifier: 'about',
      note: `${fmt(total.value)} in ${total.period} after a ${growth.value}% rise implies ${fmt(total.value)} / ${(1 + growth.value / 100).toFixed(2)} ≈ ${fmt(value)} in ${prev}`,
      derivedFrom: [total.id, growth.id],
      articleId: total.articleId,
      quote: total.quote,
      offsets: total.offsets,
    });
  }
  return out;
}

function fmt(usd: number): string {
  return usd >= 1e9 ? `$${(usd / 1e9).toFixed(2).replace(/\.?0+$/, '')} bn` : `$${Math.round(usd / 1e6)} m`;
}

/** One point per metric, period and kind, listing every source and the range where they disagree. */
export function buildSeries(figures: Figure[]): SeriesPoint[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (!f.period) continue;
    const key = `${f.metric}|${f.period}|${f.kind}`;
    const g = groups.get(key) ?? [];
    g.push(f);
    groups.set(key, g);
  }
  const points: SeriesPoint[] = [];
  for (const g of groups.values()) {
    const values = g.map((f) => f.value).sort((a, b) => a - b);
    const mid = Math.floor(values.length / 2);
    const median = values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
    const first = g[0]!;
    points.push({
      metric: first.metric,
      period: first.period!,
      kind: first.kind,
      value: median,
      min: values[0]!,
      max: values[values.length - 1]!,
      disagreement: values[0] !== values[values.length - 1],
      figureIds: g.map((f) => f.id),
    });
  }
  return points.sort((a, b) => compareKeys(a.metric + a.period, b.metric + b.period));
}
