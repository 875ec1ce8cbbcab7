/**
 * Compares a bundle with a hand annotation (`gold.json`): date accuracy, people P/R/F1,
 * turnover-figure F1, milestone recall, and every miss. Pure; the CLI prints the report.
 */
import { z } from 'zod';
import type { BundleResult } from './bundle';
import { officials } from './knowledge';

/**
 * A known official's Russian spellings beside the main one (`altRu`), by id: a gold may follow the article's spelling.
 * Also under the ids of the official's earlier names (Rakhmonov before 2007), which an article of that time is given.
 */
const ALT_RU = new Map(officials.filter((o) => o.altRu?.length).flatMap((o) => [o.id, ...(o.earlierNames ?? []).map((n) => n.id)].map((id) => [id, o.altRu] as const)));

/** True when person `p` is gold name `name`: by the main Russian name, or by a spelling the reference list records. */
export function namesPerson(p: { id: string; nameRu: string }, name: string): boolean {
  return sameRussianName(p.nameRu, name) || (ALT_RU.get(p.id)?.some((alt) => sameRussianName(alt, name)) ?? false);
}

/** One hand-annotated article (the corpus README describes the fields). */
export const GoldArticle = z.looseObject({
  file: z.string(),
  date: z.string().nullable().optional(),
  date_partial: z.string().nullable().optional(),
  people: z.array(
    z.looseObject({
      name_ru_nominative: z.string(),
      name_en: z.string().nullable().optional(),
      name_in_text: z.string().nullable().optional(),
    }),
  ),
  figures: z.array(
    z.looseObject({ metric: z.string(), value: z.number(), period: z.string().nullable().optional(), kind: z.string(), quote: z.string().optional() }),
  ),
  events: z.array(z.looseObject({ date: z.string().nullable().optional(), quote: z.string(), what: z.string().optional(), type: z.string().optional() })),
});
export type GoldArticle = z.infer<typeof GoldArticle>;

/** Metrics counted in the turnover-figure score. */
export const TURNOVER_METRICS = new Set(['trade_turnover', 'trade_turnover_growth_pct']);

export interface EvalReport {
  articles: { gold: number; found: number; lost: string[] };
  dates: { correct: number; total: number; accuracy: number; misses: string[] };
  people: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number; misses: string[] };
  figures: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number; misses: string[] };
  milestones: { found: number; total: number; recall: number; misses: string[] };
  /**
   * Milestones the extractor made that overlap no gold event's quote (any date). The gold lists the
   * events a careful reader would put on a timeline, so these are mostly noise; `precision` is the
   * share of predicted milestones that overlap some gold event.
   */
  extraMilestones: { predicted: number; unmatched: number; precision: number; list: string[] };
}

/**
 * The date an article should get: the full date, else a partial date that has its year (`2015`,
 * `2015-03`, or a whole date whose year the annotator inferred and kept out of `date`), else null —
 * a day-month without a year (`????-10-12`) gets no invented one.
 */
export function expectedDate(g: GoldArticle): string | null {
  if (g.date) return g.date;
  const p = g.date_partial ?? null;
  return p && /^\d{4}(?:-\d{2}){0,2}$/.test(p) ? p : null;
}

/** Normalises a name for comparison: lower case, ё→е, letters only. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я]+/g, ' ')
    .trim();
}

/**
 * Loose Cyrillic key that forgives the spelling variants of Kyrgyz names in Russian: «Дж»/«Ж»
 * (Джумалиев/Жумалиев, Джээнбеков/Жээнбеков), «иа»/«ия» (Даниар/Данияр), and the soft sign of Ukrainian
 * surnames in «-ько» that the press often drops (Крутько/Крутко, written back from Latin "Krutko") — the
 * gold keeps the article's spelling, the knowledge base one canonical form of the same person.
 */
export function cyrillicKey(name: string): string {
  return nameKey(name).replace(/дж/g, 'ж').replace(/иа/g, 'ия').replace(/ько(?![а-я])/g, 'ко');
}

/**
 * True when two Russian names agree up to a middle name one of them leaves out («Атал Бихари Ваджпаи» in the
 * gold, «Атал Ваджпаи» as the knowledge base writes every official, given name and surname).
 */
export function sameRussianName(a: string, b: string): boolean {
  const x = cyrillicKey(a);
  const y = cyrillicKey(b);
  if (x === y) return true;
  const [p, q] = x.split(' ').length < y.split(' ').length ? [x.split(' '), y.split(' ')] : [y.split(' '), x.split(' ')];
  return p.length === 2 && q.length === 3 && !/^(?:уулу|кызы)$/.test(q[2]!) && p[0] === q[0] && p[1] === q[2];
}

/** Loose Latin key that forgives common transliteration variants (Alexei/Alexey, Zheenbek/Jeenbek). */
function latinKey(name: string): string {
  return nameKey(name)
    .replace(/(ey|iy|yi|ii)\b/g, 'i')
    .replace(/zh|dj|j/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ks/g, 'x')
    .replace(/y/g, 'i');
}

function prf(tp: number, fp: number, fn: number) {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/**
 * Values agree within 0.5% (sums rounded in the text); percentages within half a point as well, since
 * annotators round a fraction told in words to a whole percent («почти на треть» written 33 or 33.3).
 */
const close = (a: number, b: number, unit?: string) =>
  Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 0.005, unit === '%' ? 0.5 : 0);

/** Scores a bundle against gold annotations. */
export function evaluate(result: BundleResult, gold: GoldArticle[]): EvalReport {
  const { dataset } = result;
  const byFile = new Map(dataset.articles.map((a) => [a.file.split('/').pop()!, a]));
  const textById = new Map(result.texts.map((t) => [t.id, t.text]));
  const peopleById = new Map(dataset.people.map((p) => [p.id, p]));
  const r: EvalReport = {
    articles: { gold: gold.length, found: 0, lost: [] },
    dates: { correct: 0, total: 0, accuracy: 0, misses: [] },
    people: { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0, misses: [] },
    figures: { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0, misses: [] },
    milestones: { found: 0, total: 0, recall: 0, misses: [] },
    extraMilestones: { predicted: 0, unmatched: 0, precision: 1, list: [] },
  };

  for (const g of gold) {
    const a = byFile.get(g.file);
    if (!a) {
      r.articles.lost.push(g.file);
      r.dates.total++;
      r.people.fn += g.people.length;
      r.milestones.total += g.events.length;
      continue;
    }
    r.articles.found++;
    const text = textById.get(a.id) ?? '';

    // Dates
    const want = expectedDate(g);
    r.dates.total++;
    if (a.date === want) r.dates.correct++;
    else r.dates.misses.push(`${g.file}: got ${a.date ?? 'null'}, want ${want ?? 'null'} (${a.dateEvidence})`);

    // People
    const predicted = dataset.people.filter((p) => p.articleIds.includes(a.id));
    const matched = new Set<string>();
    for (const gp of g.people) {
      const en = [gp.name_en, gp.name_in_text].filter((x): x is string => Boolean(x)).map(latinKey);
      const hit = predicted.find((p) => !matched.has(p.id) && (namesPerson(p, gp.name_ru_nominative) || en.includes(latinKey(p.nameEn))));
      if (hit) {
        matched.add(hit.id);
        r.people.tp++;
      } else {
        r.people.fn++;
        r.people.misses.push(`${g.file}: missed ${gp.name_ru_nominative}`);
      }
    }
    for (const p of predicted) {
      if (matched.has(p.id)) continue;
      r.people.fp++;
      r.people.misses.push(`${g.file}: extra ${p.nameRu} (${p.nameEn})`);
    }

    // Figures
    const goldFigs = g.figures.filter((f) => TURNOVER_METRICS.has(f.metric));
    const predFigs = dataset.figures.filter((f) => f.articleId === a.id && TURNOVER_METRICS.has(f.metric) && f.kind !== 'derived');
    const used = new Set<string>();
    for (const gf of goldFigs) {
      const hit = predFigs.find(
        (f) => !used.has(f.id) && f.metric === gf.metric && close(f.value, gf.value, f.unit) && (f.period ?? null) === (gf.period ?? null) && f.kind === gf.kind,
      );
      if (hit) {
        used.add(hit.id);
        r.figures.tp++;
      } else {
        r.figures.fn++;
        const near = predFigs.find((f) => f.metric === gf.metric && close(f.value, gf.value, f.unit));
        r.figures.misses.push(
          `${g.file}: missed ${gf.metric} ${gf.value} ${gf.period ?? 'null'} ${gf.kind}${near ? ` (got ${near.period ?? 'null'} ${near.kind})` : ''} «${gf.quote ?? ''}»`,
        );
      }
    }
    for (const f of predFigs) {
      if (used.has(f.id)) continue;
      r.figures.fp++;
      r.figures.misses.push(`${g.file}: extra ${f.metric} ${f.value} ${f.period ?? 'null'} ${f.kind} «${f.quote}»`);
    }

    // Milestones: a gold event is found when a milestone's quote overlaps it and the dates agree.
    const ms = dataset.milestones.filter((m) => m.articleId === a.id);
    for (const ge of g.events) {
      r.milestones.total++;
      const at = text.indexOf(ge.quote);
      const span = at >= 0 ? { start: at, end: at + ge.quote.length } : null;
      const hit = ms.find(
        (m) => (span ? m.offsets.start < span.end && span.start < m.offsets.end : m.quote.includes(ge.quote.slice(0, 30))) && (m.date ?? null) === (ge.date ?? null),
      );
      if (hit) r.milestones.found++;
      else {
        const located = ms.find((m) => span && m.offsets.start < span.end && span.start < m.offsets.end);
        r.milestones.misses.push(
          `${g.file}: missed ${ge.date ?? 'null'} ${ge.type ?? ''} "${ge.what ?? ge.quote}"${located ? ` (found with date ${located.date ?? 'null'})` : ''}`,
        );
      }
    }
    const spans = g.events.map((ge) => {
      const at = text.indexOf(ge.quote);
      return at >= 0 ? { start: at, end: at + ge.quote.length } : null;
    });
    for (const m of ms) {
      r.extraMilestones.predicted++;
      const overlaps = g.events.some((ge, i) => {
        const sp = spans[i];
        return sp ? m.offsets.start < sp.end && sp.start < m.offsets.end : m.quote.includes(ge.quote.slice(0, 30));
      });
      if (overlaps) continue;
      r.extraMilestones.unmatched++;
      r.extraMilestones.list.push(`${g.file}: extra ${m.date ?? 'null'} ${m.type} «${m.quote.length > 140 ? `${m.quote.slice(0, 140)}…` : m.quote}»`);
    }
    void peopleById;
  }

  r.dates.accuracy = r.dates.total ? r.dates.correct / r.dates.total : 1;
  Object.assign(r.people, prf(r.people.tp, r.people.fp, r.people.fn));
  Object.assign(r.figures, prf(r.figures.tp, r.figures.fp, r.figures.fn));
  r.milestones.recall = r.milestones.total ? r.milestones.found / r.milestones.total : 1;
  const em = r.extraMilestones;
  em.precision = em.predicted ? (em.predicted - em.unmatched) / em.predicted : 1;
  return r;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A plain-text report: the headline numbers, then every miss. */
export function formatReport(r: EvalReport): string {
  const lines = [
    `articles   ${r.articles.found}/${r.articles.gold} found${r.articles.lost.length ? ` (lost: ${r.articles.lost.join(', ')})` : ''}`,
    `dates      ${r.dates.correct}/${r.dates.total} correct = ${pct(r.dates.accuracy)}`,
    `people     P ${pct(r.people.precision)}  R ${pct(r.people.recall)}  F1 ${r.people.f1.toFixed(3)}  (tp ${r.people.tp}, fp ${r.people.fp}, fn ${r.people.fn})`,
    `figures    P ${pct(r.figures.precision)}  R ${pct(r.figures.recall)}  F1 ${r.figures.f1.toFixed(3)}  (tp ${r.figures.tp}, fp ${r.figures.fp}, fn ${r.figures.fn})`,
    `milestones recall ${r.milestones.found}/${r.milestones.total} = ${pct(r.milestones.recall)}`,
    `milestones precision ${r.extraMilestones.predicted - r.extraMilestones.unmatched}/${r.extraMilestones.predicted} = ${pct(r.extraMilestones.precision)} (predicted milestones overlapping a gold event)`,
    '',
  ];
  const section = (name: string, misses: string[]) => {
    if (!misses.length) return;
    lines.push(`${name}:`, ...misses.map((m) => `  ${m}`), '');
  };
  section('date misses', r.dates.misses);
  section('people misses', r.people.misses);
  section('figure misses', r.figures.misses);
  section('milestone misses', r.milestones.misses);
  section('milestones not in the gold', r.extraMilestones.list);
  return `${lines.join('\n')}\n`;
}
