/**
 * A column layout for `timeline.json` on the wire, the way Arrow or Parquet lay out a table, in
 * plain JSON: every list of records becomes one array per field, and every string is stored once
 * in a shared table and referred to by its position. The same dataset in a quarter of the bytes,
 * parsed several times faster (arrays of small integers instead of objects with repeated keys),
 * and each distinct string is one object in the browser's memory.
 *
 * It is an encoding, not a schema: `unpackDataset(packDataset(d))` gives back `d` exactly (the same
 * keys in the same order, the same values; see packed.test.ts), and every reader takes either form
 * through `unpackDataset`. Equal strings and equal lists of strings come back as one shared value:
 * the records are for reading, never to be changed in place. No zod here: the browser imports this file.
 */

/** Marks a packed file; a plain one has no `encoding`. */
export const PACKED_ENCODING = 'columns-1';

/**
 * One field of a table:
 * - `s`: strings (or null), as positions in `strings`;
 * - `l`: lists of strings (or null), as lists of positions;
 * - `p`: strings made of a fixed start `pre`, the value of field `of` in the same record and a
 *   rest (an id or a path made from its article's id), as the position of the rest;
 * - `r`: strings (or lists of them) that are values of field `key` of table `table` written as `p`
 *   (ids of other records), as the positions of those records;
 * - `v`: anything else (numbers, booleans, nested records), as it is.
 */
export type PackedColumn =
  | { k: 's'; v: (number | null)[] }
  | { k: 'l'; v: (number[] | null)[] }
  | { k: 'p'; of: string; pre: string; v: (number | null)[] }
  | { k: 'r'; table: string; key: string; list: boolean; v: (number | number[] | null)[] }
  | { k: 'v'; v: unknown[] };

/** A list of records with the same fields in the same order. */
export interface PackedTable {
  n: number;
  keys: string[];
  cols: PackedColumn[];
}

/** A packed file: the top-level scalars as they are, lists of records as tables. */
export interface PackedFile {
  encoding: typeof PACKED_ENCODING;
  strings: string[];
  /** Top-level lists of records (`articles`, `milestones`, …), by name. */
  tables: Record<string, PackedTable>;
  /** The other top-level fields (`schemaVersion`, lists that are not of records), as they are. */
  rest: Record<string, unknown>;
  /** The order of the top-level fields. */
  order: string[];
}

type Rec = Record<string, unknown>;

const isRecord = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The field names of `rows` if every row has the same ones in the same order, else null. */
function commonKeys(rows: readonly Rec[]): string[] | null {
  const keys = Object.keys(rows[0]!);
  for (let r = 0; r < rows.length; r++) {
    const k = Object.keys(rows[r]!);
    if (k.length !== keys.length) return null;
    for (let i = 0; i < k.length; i++) if (k[i] !== keys[i]) return null;
  }
  return keys;
}

class StringTable {
  readonly list: string[] = [];
  private readonly at = new Map<string, number>();
  ref(s: string): number {
    let i = this.at.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.at.set(s, i);
    }
    return i;
  }
}

const allStrings = (vs: readonly unknown[]) => vs.every((v) => v === null || typeof v === 'string');
const allStringLists = (vs: readonly unknown[]) => vs.every((v) => v === null || (Array.isArray(v) && v.every((s) => typeof s === 'string')));

/**
 * A string field that every row writes as a fixed start, another string field of the same row and
 * a rest (`<pre><of><rest>`): the other field's name and the fixed start, or null.
 */
function prefixField(key: string, values: readonly unknown[], columns: readonly (readonly unknown[])[], keys: readonly string[]): { of: string; pre: string } | null {
  const first = values.findIndex((v) => typeof v === 'string');
  if (first < 0) return null;
  for (let j = 0; j < keys.length; j++) {
    const of = keys[j]!;
    if (of === key) continue;
    const b0 = columns[j]![first];
    if (typeof b0 !== 'string' || !b0) continue;
    const at = (values[first] as string).indexOf(b0);
    if (at < 0) continue;
    const pre = (values[first] as string).slice(0, at);
    if (allWrittenAs(values, columns[j]!, pre)) return { of, pre };
  }
  return null;
}

/**
 * True when every value (but nulls) is `pre`, then the same row's value of `bases` (not empty), then a rest. A
 * function of its own: the loop over every row of a large table is compiled alone, where as part of
 * `prefixField` the whole of it was compiled on the stack and then again.
 */
function allWrittenAs(values: readonly unknown[], bases: readonly unknown[], pre: string): boolean {
  let ok = true;
  for (let i = 0; i < bases.length && ok; i++) {
    const v = values[i];
    if (v === null) continue;
    const base = bases[i];
    ok = typeof v === 'string' && typeof base === 'string' && base.length > 0 && v.startsWith(pre) && v.startsWith(base, pre.length);
  }
  return ok;
}

/** A field written as `p` whose values are all different: other tables may refer to its records. */
interface Target {
  table: string;
  key: string;
  row: Map<string, number>;
}

/** How each field of a table is written, before anything is written. */
interface Plan {
  /** Each field's values, in row order. */
  values: unknown[][];
  /** Fields holding only strings (or null). */
  stringy: boolean[];
  /** Fields written as a rest of another field (`p`). */
  base: ({ of: string; pre: string } | null)[];
}

/**
 * Each field's values, in row order. `commonKeys` found every row's own keys to be `keys`, in that order, so
 * `Object.values` gives a row's values in the same order: one call a row instead of a read by key a field, which
 * V8 made a megamorphic keyed load (≈96,000 at 1,000 articles).
 */
function columnsOf(rows: readonly Rec[], width: number): unknown[][] {
  const columns: unknown[][] = [];
  for (let j = 0; j < width; j++) columns.push([]);
  for (let r = 0; r < rows.length; r++) {
    const vs = Object.values(rows[r]!);
    for (let j = 0; j < width; j++) columns[j]!.push(vs[j]);
  }
  return columns;
}

function plan(rows: readonly Rec[], keys: readonly string[]): Plan {
  const values = columnsOf(rows, keys.length);
  const stringy = values.map(allStrings);
  const found = keys.map((key, j) => (stringy[j] ? prefixField(key, values[j]!, values, keys) : null));
  // A field is written as a rest of another only when that other is written whole.
  const base = found.map((b) => (b && found[keys.indexOf(b.of)] === null ? b : null));
  return { values, stringy, base };
}

/** The table whose `p` field holds every string of `vs` (strings or lists of strings), if any. */
function targetOf(vs: readonly unknown[], list: boolean, targets: readonly Target[], self: string): Target | null {
  for (const t of targets) {
    if (t.table === self) continue;
    const has = (s: unknown) => typeof s === 'string' && t.row.has(s);
    if (vs.every((v) => v === null || (list ? (v as unknown[]).every(has) : has(v)))) return t;
  }
  return null;
}

function packTable(name: string, rows: readonly Rec[], keys: string[], { values, stringy, base }: Plan, strings: StringTable, targets: readonly Target[]): PackedTable {
  const cols = keys.map((key, j): PackedColumn => {
    const vs = values[j]!;
    const b = base[j];
    const list = !stringy[j] && allStringLists(vs);
    const t = !b && (stringy[j] || list) ? targetOf(vs, list, targets, name) : null;
    if (t) {
      const ref = (x: string) => t.row.get(x)!;
      return { k: 'r', table: t.table, key: t.key, list, v: vs.map((v) => (v === null ? null : list ? (v as string[]).map(ref) : ref(v as string))) };
    }
    if (b) {
      const { of, pre } = b;
      const bases = values[keys.indexOf(of)]!;
      return { k: 'p', of, pre, v: vs.map((v, i) => (v === null ? null : strings.ref((v as string).slice(pre.length + (bases[i] as string).length)))) };
    }
    if (stringy[j]) return { k: 's', v: vs.map((v) => (v === null ? null : strings.ref(v as string))) };
    if (list) return { k: 'l', v: vs.map((v) => (v === null ? null : (v as string[]).map((s) => strings.ref(s)))) };
    return { k: 'v', v: vs };
  });
  return { n: rows.length, keys, cols };
}

/** The packed form of a dataset (or of any JSON object whose lists of records should be columns). */
export function packDataset(d: Rec): PackedFile {
  const strings = new StringTable();
  const order = Object.keys(d);
  // Each table planned once: its columns are read out of the records here, and written from these.
  const shaped = new Map<string, { rows: Rec[]; keys: string[]; plan: Plan }>();
  for (const name of order) {
    const v = d[name];
    const keys = Array.isArray(v) && v.length > 0 && v.every(isRecord) ? commonKeys(v as Rec[]) : null;
    if (keys) shaped.set(name, { rows: v as Rec[], keys, plan: plan(v as Rec[], keys) });
  }
  // Ids built from other fields are not in the string table: fields that hold them refer to the records.
  const targets: Target[] = [];
  for (const [table, { rows, keys, plan: { values, base } }] of shaped) {
    keys.forEach((key, j) => {
      if (!base[j]) return;
      const row = new Map<string, number>();
      values[j]!.forEach((v, i) => typeof v === 'string' && row.set(v, i));
      if (row.size === rows.length) targets.push({ table, key, row });
    });
  }
  const tables: Record<string, PackedTable> = {};
  const rest: Record<string, unknown> = {};
  for (const name of order) {
    const s = shaped.get(name);
    if (s) tables[name] = packTable(name, s.rows, s.keys, s.plan, strings, targets);
    else rest[name] = d[name];
  }
  return { encoding: PACKED_ENCODING, strings: strings.list, tables, rest, order };
}

/** Is this parsed JSON a packed file? */
export const isPacked = (x: unknown): x is PackedFile => isRecord(x) && x.encoding === PACKED_ENCODING;

/** Why a packed file cannot be read; thrown by `unpackDataset`. */
export class PackedError extends Error {}

/** Finds tables by name for the references (`r`) of another. */
interface Tables {
  get(name: string): Rec[] | undefined;
}

/**
 * Checks a table's shape and every position it holds (strings, records of other tables) without
 * making any record: every table is checked before any is made, so making one (now, or on first
 * use) cannot fail.
 */
function checkTable(t: PackedTable, strings: readonly unknown[], tables: Record<string, PackedTable>, name: string): void {
  const { n, keys, cols } = t ?? {};
  if (!Number.isInteger(n) || n < 0 || !Array.isArray(keys) || !Array.isArray(cols) || cols.length !== keys.length) throw new PackedError(`table "${name}" is malformed`);
  for (const c of cols) {
    if (!Array.isArray(c?.v) || c.v.length !== n) throw new PackedError(`table "${name}" has a field of the wrong length`);
    if (c.k === 'v') continue;
    const other = c.k === 'r' ? (Object.hasOwn(tables, c.table) ? tables[c.table] : undefined) : null;
    if (other === undefined) throw new PackedError(`table "${name}" refers to table "${(c as { table: string }).table}", which is not in the file`);
    const size = other ? other.n : strings.length;
    const what = (x: unknown) => (other ? `record ${String(x)} of "${(c as { table: string }).table}"` : `string ${String(x)}`);
    const check = (x: unknown) => {
      if (!(Number.isInteger(x) && (x as number) >= 0 && (x as number) < size)) throw new PackedError(`table "${name}" refers to ${what(x)}, which is not in the file`);
    };
    const list = c.k === 'l' || (c.k === 'r' && c.list);
    for (const x of c.v) {
      if (x === null) continue;
      if (!list) check(x);
      else if (Array.isArray(x)) x.forEach(check);
      else throw new PackedError(`table "${name}" has a list field holding something else`);
    }
  }
}

/**
 * Makes a checked table's records and fills every field but the references (`r`); returns the
 * filler of the references, to run once the tables they point into can be made.
 */
function unpackTable(t: PackedTable, strings: readonly string[]): { rows: Rec[]; refs: (tables: Tables) => void } {
  const { n, keys, cols } = t;
  // Every record gets every key, in order, first: they all share one shape. Then a tight loop per field.
  const rows: Rec[] = new Array(n);
  const shape: Rec = {};
  for (const key of keys) shape[key] = null;
  // A spread of one object copies its shape at once (far faster than adding keys one by one).
  for (let i = 0; i < n; i++) rows[i] = { ...shape };
  const fill = (j: number, tables?: Tables) => {
    const key = keys[j]!;
    const c = cols[j]!;
    const v = c.v;
    if (c.k === 's') {
      for (let i = 0; i < n; i++) {
        const x = v[i] as number | null;
        if (x !== null) rows[i]![key] = strings[x];
      }
    } else if (c.k === 'l') {
      const lists = new Map<number | string, string[]>();
      for (let i = 0; i < n; i++) {
        const xs = v[i] as number[] | null;
        if (xs === null) continue;
        // Equal lists (the same people in many milestones) are one array, as their strings are one string.
        const id = xs.length === 1 ? xs[0]! : xs.join(',');
        let out = lists.get(id);
        if (!out) {
          out = new Array<string>(xs.length);
          for (let q = 0; q < xs.length; q++) out[q] = strings[xs[q]!]!;
          lists.set(id, out);
        }
        rows[i]![key] = out;
      }
    } else if (c.k === 'p') {
      const { of, pre } = c;
      for (let i = 0; i < n; i++) {
        const x = v[i] as number | null;
        if (x !== null) rows[i]![key] = pre + (rows[i]![of] as string) + strings[x];
      }
    } else if (c.k === 'r') {
      const other = tables!.get(c.table)!;
      const ref = (x: number): unknown => other[x]![c.key];
      for (let i = 0; i < n; i++) {
        const x = v[i] as number | number[] | null;
        if (x !== null) rows[i]![key] = c.list ? (x as number[]).map(ref) : ref(x as number);
      }
    } else {
      for (let i = 0; i < n; i++) rows[i]![key] = v[i];
    }
  };
  // Fields that others are built from come first; references once all tables are made.
  cols.forEach((c, j) => c.k !== 'p' && c.k !== 'r' && fill(j));
  cols.forEach((c, j) => c.k === 'p' && fill(j));
  return { rows, refs: (tables) => cols.forEach((c, j) => c.k === 'r' && fill(j, tables)) };
}

/**
 * The dataset a file holds, packed or plain (a plain one is returned as it is). Tables named in
 * `lazy` are checked now but made on first use (a view the first paint does not need — the trade
 * figures — costs nothing until it asks); they read like the others, and stay once made.
 */
export function unpackDataset(x: unknown, { lazy = [] }: { lazy?: readonly string[] } = {}): unknown {
  if (!isPacked(x)) return x;
  const { strings, tables, rest, order } = x;
  if (!Array.isArray(strings) || !isRecord(tables) || !isRecord(rest) || !Array.isArray(order)) throw new PackedError('the packed file is malformed');
  const isTable = (name: string) => Object.hasOwn(tables, name);
  for (const name of Object.keys(tables)) {
    if (!order.includes(name)) throw new PackedError(`table "${name}" is not in the file's order of fields`);
    checkTable(tables[name]!, strings, tables, name);
  }
  const out: Rec = {};
  const lookup: Tables = { get: (name) => (isTable(name) ? (out[name] as Rec[]) : undefined) };
  const refs: ((t: Tables) => void)[] = [];
  for (const name of order) {
    if (!isTable(name)) {
      out[name] = rest[name];
      continue;
    }
    if (lazy.includes(name)) {
      Object.defineProperty(out, name, {
        enumerable: true,
        configurable: true,
        get() {
          const u = unpackTable(tables[name]!, strings);
          Object.defineProperty(out, name, { value: u.rows, enumerable: true, writable: true, configurable: true });
          u.refs(lookup);
          return u.rows;
        },
      });
      continue;
    }
    const u = unpackTable(tables[name]!, strings);
    out[name] = u.rows;
    refs.push(u.refs);
  }
  for (const f of refs) f(lookup);
  return out;
}
