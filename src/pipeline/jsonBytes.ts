/**
 * JSON written as UTF-8 bytes without making the text of a whole file. Pure: the caller writes the
 * bytes (cli.ts); only a scratch buffer is kept between calls.
 */

/** The buffer `jsonBytes` encodes into, kept from one call to the next (it grows as needed). */
let scratch = Buffer.allocUnsafe(1 << 20);
let at = 0;

/** Makes room for `bytes` more bytes. */
function reserve(bytes: number): void {
  if (at + bytes <= scratch.length) return;
  const bigger = Buffer.allocUnsafe(Math.max(at + bytes, scratch.length * 2));
  scratch.copy(bigger, 0, 0, at);
  scratch = bigger;
}

/** Appends `text` as UTF-8. */
function put(text: string): void {
  // A UTF-16 unit takes at most 3 bytes of UTF-8 (a pair of surrogates, 4 for 2 units).
  reserve(text.length * 3);
  at += scratch.write(text, at);
}

/** Appends one ASCII character by its code: a bracket, a comma. */
function putCode(code: number): void {
  reserve(1);
  scratch[at++] = code;
}

/** Scalars of a list are stringified together, up to this many, or about as many characters. */
const RUN = 1024;

/** A list or a record of JSON data, whose parts can be written one by one. */
function isContainer(v: unknown): v is object {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && !('toJSON' in v);
}

function write(value: unknown, depth: number): void {
  if (depth <= 0 || !isContainer(value)) {
    // As in a list, what JSON cannot hold (undefined, a function) is written as null.
    put(JSON.stringify(value) ?? 'null');
    return;
  }
  // Lists and records in functions of their own: small ones, each compiled once, where one function
  // with both was compiled five times in a run (on the stack and again after deoptimisations).
  if (Array.isArray(value)) writeList(value, depth);
  else writeRecord(value, depth);
}

function writeList(value: unknown[], depth: number): void {
  putCode(0x5b); // [
  // At the last level written part by part, a list of scalars is stringified whole anyway: it may
  // join a run (a column of 37,802 lists of people was 37,802 calls to stringify and encode).
  const flatJoins = depth <= 1;
  for (let i = 0; i < value.length; ) {
    if (i > 0) putCode(0x2c); // ,
    const item: unknown = value[i];
    if (isContainer(item) && !(flatJoins && isFlatList(item))) {
      write(item, depth - 1);
      i++;
      continue;
    }
    i = writeScalars(value, i, flatJoins);
  }
  putCode(0x5d); // ]
}

/** A list holding no list or record. */
function isFlatList(v: object): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (isContainer(v[i])) return false;
  return true;
}

/** Characters a scalar, or a flat list of them, adds to a run (about; strings by their length). */
function runChars(v: unknown): number {
  if (typeof v === 'string') return v.length;
  if (!Array.isArray(v)) return 0;
  let n = v.length;
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (typeof x === 'string') n += x.length;
  }
  return n;
}

/**
 * A run of scalars (numbers, strings of a table), and with `flatJoins` flat lists of them, from `i`
 * in one call: the list's JSON without its brackets. Returns where the run ends.
 */
function writeScalars(value: unknown[], i: number, flatJoins: boolean): number {
  let end = i + 1;
  let chars = runChars(value[i]);
  while (end < value.length && end - i < RUN && chars < RUN * 16) {
    const next: unknown = value[end];
    if (isContainer(next) && !(flatJoins && isFlatList(next))) break;
    chars += runChars(next);
    end++;
  }
  const run = JSON.stringify(end - i === value.length ? value : value.slice(i, end));
  put(run.slice(1, -1));
  return end;
}

function writeRecord(value: object, depth: number): void {
  putCode(0x7b); // {
  let first = true;
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    const name = `${first ? '' : ','}${JSON.stringify(key)}:`;
    if (depth > 1 && isContainer(v)) {
      put(name);
      write(v, depth - 1);
    } else {
      // What JSON cannot hold (undefined, a function, a toJSON giving undefined) leaves the field out.
      const text = JSON.stringify(v);
      if (text === undefined) continue;
      put(name + text);
    }
    first = false;
  }
  putCode(0x7d); // }
}

/**
 * `JSON.stringify(value)` as UTF-8 bytes, made without the text of the whole value: the lists and
 * records of its first `depth` levels are written part by part, each part stringified on its own
 * and encoded straight into one reused buffer. A pack of article files is ≈400 KB of UTF-16 text and
 * `timeline.json` ≈16 MB: too large for V8's young generation, each went to the large-object space
 * until a full collection, and was then encoded to UTF-8 once more into another buffer to be
 * written. For plain data (records, lists, strings, numbers, booleans, null): an object with a
 * `toJSON` below `depth` is stringified whole, so its `toJSON` is called without its key. The bytes
 * returned are overwritten by the next call: write them first.
 */
export function jsonBytes(value: unknown, depth = 1): Uint8Array {
  at = 0;
  write(value, depth);
  return scratch.subarray(0, at);
}
