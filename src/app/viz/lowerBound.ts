/**
 * First position whose value is `y` or more in ascending numbers (binary search); `xs.length` if
 * none. NaN counts as after every number, so undated items kept last are never reached.
 */
export function lowerBound(xs: ArrayLike<number>, y: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
