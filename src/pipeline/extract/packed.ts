/**
 * Lists that keep one hidden class in every tier of V8.
 *
 * `Array.prototype.map` run by V8's builtin (the interpreter and baseline code) returns a packed array,
 * but TurboFan's inlined `map` allocates its result with the input's length and returns a holey one.
 * A list made by `map` therefore changes its hidden class when the function making it is optimised,
 * which in a long batch run happens late (after ≈1,200 of 10,000 articles for the people of an
 * article), and every optimised function that reads such lists is thrown away and compiled again
 * (`--trace-deopt`: "wrong map"). Lists read by hot code are made by `mapPacked` instead.
 */

/** `xs.map(fn)` as a packed array in every tier (a loop with `push`; see the module's note). */
export function mapPacked<T, U>(xs: readonly T[], fn: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(fn(xs[i]!, i));
  return out;
}
