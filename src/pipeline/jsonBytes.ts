/**
 * JSON written as UTF-8 bytes without making the text of a whole file. Pure: the caller writes the
 * bytes (cli.ts); only a scratch buffer is kept between calls.
 */
/** The buffer `jsonArrayBytes` encodes into, kept from one call to the next (it grows as needed). */
let jsonScratch = Buffer.allocUnsafe(1 << 20);

/**
 * `JSON.stringify(items)` as UTF-8 bytes, made without the text of the whole array: each item is
 * stringified on its own and encoded straight into one reused buffer (an array's JSON is its items'
 * JSON between brackets, joined by commas). A pack's text is ≈400 KB of UTF-16, too large for V8's
 * young generation: each went to the large-object space until a full collection, and was then
 * encoded to UTF-8 into another buffer to be written. The bytes returned are overwritten by the
 * next call: write them first.
 */
export function jsonArrayBytes(items: readonly unknown[]): Uint8Array {
  let at = 0;
  const put = (text: string) => {
    // A UTF-16 unit takes at most 3 bytes of UTF-8.
    const most = at + text.length * 3 + 1;
    if (most > jsonScratch.length) {
      const bigger = Buffer.allocUnsafe(Math.max(most, jsonScratch.length * 2));
      jsonScratch.copy(bigger, 0, 0, at);
      jsonScratch = bigger;
    }
    at += jsonScratch.write(text, at);
  };
  jsonScratch[at++] = 0x5b; // [
  for (let i = 0; i < items.length; i++) {
    if (i > 0) jsonScratch[at++] = 0x2c; // ,
    // As in an array, what JSON cannot hold (undefined, a function) is written as null.
    put(JSON.stringify(items[i]) ?? 'null');
  }
  put(']');
  return jsonScratch.subarray(0, at);
}
