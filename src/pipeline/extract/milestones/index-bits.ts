/**
 * Sets of small indexes (trigger positions in `TRIGGERS`, the patterns of an exclusion list) as bit words,
 * 32 indexes to a word.
 * A sentence's candidate triggers are the union of what each of its cues reaches: OR-ing bit words
 * and reading the bits out lowest first gives them sorted and each once, where pushing index
 * lists, sorting and deduplicating them took ≈4% of the milestone pass (CPU profile, 1,000 articles).
 */

/** Number of 32-bit words for indexes below `size`. */
export const wordsFor = (size: number): number => Math.max(1, Math.ceil(size / 32));

/** The bit words of `indexes` (each below `32 * words`). */
export function toBits(indexes: readonly number[], words: number): Uint32Array {
  const bits = new Uint32Array(words);
  for (const i of indexes) bits[i >>> 5]! |= 1 << (i & 31);
  return bits;
}

/** `acc |= bits`, word by word. */
export function orInto(acc: Uint32Array, bits: Uint32Array): void {
  for (let w = 0, n = acc.length; w < n; w++) acc[w]! |= bits[w]!;
}

/** The indexes set in `bits`, in increasing order, written over `out` (a new array when not given). */
export function indexesOf(bits: Uint32Array, out: number[] = []): number[] {
  // Written by index and cut to length at the end: emptying a list first (`length = 0`) makes V8
  // drop its storage, and the pushes then allocate it again.
  let n = 0;
  for (let w = 0, words = bits.length; w < words; w++) {
    for (let x = bits[w]!; x !== 0; x &= x - 1) out[n++] = w * 32 + 31 - Math.clz32(x & -x);
  }
  out.length = n;
  return out;
}
