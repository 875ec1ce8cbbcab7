/**
 * `localeCompare` for the keys the bundler sorts by (person ids, series keys, file names), without
 * creating ICU's collator: its first use builds the list of every locale ICU can collate in, ≈70 M
 * instructions (≈25 ms) of every run. Keys made only of ASCII letters, digits, `_`, `-` and `.` are
 * compared here with the order of Unicode's root collation, which `localeCompare` applies to them
 * (checked against it in the test): `_` < `-` < `.` < digits < letters, letters compared without
 * case first, then a lower-case letter before its capital at the first place where only case
 * differs. Any other key goes to `localeCompare`.
 */

/** Characters in the root collation's order; a capital sorts with its lower case (then after it). */
const ORDER = '_-.0123456789abcdefghijklmnopqrstuvwxyz';

/** Collation rank of each ASCII code (capitals share their lower case's), -1 for characters left to ICU. */
const RANK: Int8Array = (() => {
  const rank = new Int8Array(128).fill(-1);
  for (let i = 0; i < ORDER.length; i++) {
    const c = ORDER.charCodeAt(i);
    rank[c] = i;
    if (c >= 0x61 && c <= 0x7a) rank[c - 32] = i;
  }
  return rank;
})();

const rankOf = (c: number) => (c < 128 ? RANK[c]! : -1);

/** True when every character of `s` has a rank. */
function ranked(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (rankOf(s.charCodeAt(i)) < 0) return false;
  return true;
}

/** The sign of `a.localeCompare(b)` (-1, 0 or 1), computed here for simple ASCII keys. */
export function compareKeys(a: string, b: string): number {
  if (!ranked(a) || !ranked(b)) return Math.sign(a.localeCompare(b));
  const n = Math.min(a.length, b.length);
  // The first difference of case decides only when the letters are the same throughout.
  let caseOrder = 0;
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    const d = rankOf(ca) - rankOf(cb);
    if (d !== 0) return d < 0 ? -1 : 1;
    if (caseOrder === 0 && ca !== cb) caseOrder = ca > cb ? -1 : 1; // 'a' (0x61) after 'A' (0x41) in code, before it here
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return caseOrder;
}
