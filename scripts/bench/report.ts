/** The bench's table: each measure with its budget and PASS / FAIL (or "info" where there is no budget). */

/** One row of the table. */
export interface Row {
  measure: string;
  value: string;
  budget: string;
  status: 'PASS' | 'FAIL' | 'info' | 'n/a';
}

/** The budgets. */
export const BUDGETS = {
  initialJsKB: 110,
  drawnMs: 1500,
  filterP95Ms: 50,
  panFps: 50,
  mbPerSecPerCore: 2,
  linearity: 11,
} as const;

/** A row checked against `ok`; `value === null` makes it n/a. */
export function check(measure: string, value: number | null, fmt: (v: number) => string, budget: string, ok: (v: number) => boolean, why = 'not measured'): Row {
  if (value === null || !Number.isFinite(value)) return { measure, value: `n/a (${why})`, budget, status: 'n/a' };
  return { measure, value: fmt(value), budget, status: ok(value) ? 'PASS' : 'FAIL' };
}

/** A row without a budget. */
export function info(measure: string, value: string): Row {
  return { measure, value, budget: '—', status: 'info' };
}

/** Kilobytes with one decimal. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** Megabytes with one decimal (10^6 bytes). */
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Renders rows as a fixed-width text table. */
export function renderTable(rows: Row[]): string {
  const head: Row = { measure: 'measure', value: 'value', budget: 'budget', status: 'n/a' };
  const w = (k: keyof Row) => Math.max(...[head, ...rows].map((r) => r[k].length));
  const [a, b, c] = [w('measure'), w('value'), w('budget')];
  const line = (r: Row, s: string) => `${r.measure.padEnd(a)}  ${r.value.padEnd(b)}  ${r.budget.padEnd(c)}  ${s}`;
  return [line(head, 'result'), `${'-'.repeat(a)}  ${'-'.repeat(b)}  ${'-'.repeat(c)}  ------`, ...rows.map((r) => line(r, r.status))].join('\n');
}

/** Renders rows as a Markdown table (for the README). */
export function renderMarkdown(rows: Row[]): string {
  return ['| measure | value | budget | result |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${r.measure} | ${r.value.replace(/\|/g, '\\|')} | ${r.budget} | ${r.status} |`)].join('\n');
}
