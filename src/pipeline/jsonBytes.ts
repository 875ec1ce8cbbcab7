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

/** A quotation mark and a backslash, as bytes. */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Buffer's own Latin-1 reading (`Buffer.from(…).toString('latin1')` without two calls through Node's JavaScript first). */
const latin1Slice = (Buffer.prototype as unknown as { latin1Slice?: (this: Uint8Array, start: number, end: number) => string }).latin1Slice;

/** `bytes` as a string of one character a byte. */
function latin1Of(bytes: Uint8Array): string {
  return latin1Slice ? latin1Slice.call(bytes, 0, bytes.length) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

/** Where `char` next stands in `text` from `from`, else `end` (the text's length). */
function nextOf(text: string, char: string, from: number, end: number): number {
  const i = text.indexOf(char, from);
  return i < 0 ? end : i;
}

/**
 * Appends the JSON string of a text given as its UTF-8 `bytes`, which hold no control character but tab and line feed:
 * `JSON.stringify` of the text, encoded, without making either string (≈30 instructions a character). Only four ASCII
 * bytes need escaping, and none of them is part of a longer UTF-8 sequence: they are found in the bytes read as Latin-1
 * (a string of one character a byte, searched natively), and the runs between them copied within the buffer. An article
 * has a few dozen. The loop reads few properties: at a thousand articles it runs in baseline code, where each read is
 * an inline-cache call.
 */
function putUtf8String(bytes: Uint8Array): void {
  const n = bytes.length;
  const latin1 = latin1Of(bytes);
  // The bytes go first beyond the longest result (every byte escaped, 2n + 2), then run by run into place: the
  // result never reaches the copy, so no run is overwritten before it is moved.
  reserve(3 * n + 2);
  const out = scratch;
  let to = at;
  const copy = to + 2 * n + 2;
  out.set(bytes, copy);
  out[to++] = QUOTE;
  let quote = nextOf(latin1, '"', 0, n);
  let backslash = nextOf(latin1, '\\', 0, n);
  let lf = nextOf(latin1, '\n', 0, n);
  let tab = nextOf(latin1, '\t', 0, n);
  let from = 0;
  for (;;) {
    let i = lf;
    if (quote < i) i = quote;
    if (tab < i) i = tab;
    if (backslash < i) i = backslash;
    out.copyWithin(to, copy + from, copy + i);
    to += i - from;
    if (i === n) break;
    out[to++] = BACKSLASH;
    from = i + 1;
    if (i === lf) {
      out[to++] = 0x6e; // n
      lf = nextOf(latin1, '\n', from, n);
    } else if (i === quote) {
      out[to++] = QUOTE;
      quote = nextOf(latin1, '"', from, n);
    } else if (i === tab) {
      out[to++] = 0x74; // t
      tab = nextOf(latin1, '\t', from, n);
    } else {
      out[to++] = BACKSLASH;
      backslash = nextOf(latin1, '\\', from, n);
    }
  }
  out[to++] = QUOTE;
  at = to;
}

/** `JSON.stringify(record)` with an empty text: the field is emptied while the record is stringified, then put back. */
function withoutText(record: { text: string }): string {
  const text = record.text;
  record.text = '';
  try {
    return JSON.stringify(record);
  } finally {
    record.text = text;
  }
}

/**
 * `jsonBytes(records)` for a list of records that open with `id` and `text` (the article files of a pack), where
 * `utf8(record)` may give the text's own UTF-8 bytes (with no control character but tab and line feed, see
 * `BundleResult.textUtf8`): the text is copied from those, and the record's other fields are stringified without it.
 * A record whose text has no bytes given, or whose first fields are not `id` and `text`, is stringified whole. The
 * bytes returned are overwritten by the next call, as `jsonBytes`'s are.
 */
export function textRecordsBytes<T extends { id: string; text: string }>(records: readonly T[], utf8: (record: T) => Uint8Array | undefined): Uint8Array {
  at = 0;
  putCode(0x5b); // [
  for (let i = 0; i < records.length; i++) {
    if (i > 0) putCode(0x2c); // ,
    const record = records[i]!;
    const bytes = utf8(record);
    const rest = bytes === undefined ? null : withoutText(record);
    // `{"id":…,"text":""` opening the JSON: the text is the second field.
    const head = rest === null ? '' : `{"id":${JSON.stringify(record.id)},"text":`;
    if (rest === null || !rest.startsWith(head) || !rest.startsWith('""', head.length)) {
      write(record, 0);
      continue;
    }
    put(head);
    putUtf8String(bytes!);
    put(rest.slice(head.length + 2));
  }
  putCode(0x5d); // ]
  return scratch.subarray(0, at);
}
