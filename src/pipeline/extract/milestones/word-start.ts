/**
 * Word starts checked by hand. A regex that opens with a lookbehind (`(?<![\p{L}\p{N}])…`) makes
 * V8 test the lookbehind's large Unicode class at every position before it can use the literal
 * start of what follows to skip ahead; the same regex without it, with the character before each
 * match checked here, finds the same matches.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * True when the character before offset `at` of `text` is in `cls` (a one-character class with
 * the `u` flag), reading a surrogate pair as one character as a `u` lookbehind does.
 */
export function charBeforeIs(text: string, at: number, cls: RegExp = LETTER_OR_DIGIT): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const pair = at >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return cls.test(pair ? text.slice(at - 2, at) : text[at - 1]!);
}
