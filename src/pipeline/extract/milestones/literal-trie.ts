/**
 * A regex source matching any of a list of literals, shaped as a trie: «визит|визиты|встреч»
 * becomes «в(?:изит(?:ы)?|стреч)». V8 tries the alternatives of a plain list one after another at
 * every position of the text; the trie tries only the first letters there and goes on only along
 * the branch that fits, which makes the trigger-cue scan of every sentence about twice as fast.
 * At each position the longest literal that matches there is found, as with a longest-first list.
 */

import { escapeRegExp } from '../regex';

interface TrieNode {
  /** True when a literal ends here. */
  end: boolean;
  next: Map<string, TrieNode>;
}


/** The trie of `literals`, by code point (as a regex with the `u` flag reads them). */
function build(literals: readonly string[]): TrieNode {
  const root: TrieNode = { end: false, next: new Map() };
  for (const literal of literals) {
    let node = root;
    for (const ch of literal) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** The source matching the rest of a literal from `node` on: the longer ways first, ending here last. */
function source(node: TrieNode): string {
  const branches: string[] = [];
  for (const [ch, child] of node.next) {
    // A chain of single children is one run of characters.
    let run = escapeRegExp(ch);
    let at = child;
    while (!at.end && at.next.size === 1) {
      const [c, n] = at.next.entries().next().value!;
      run += escapeRegExp(c);
      at = n;
    }
    branches.push(run + source(at));
  }
  if (!branches.length) return '';
  const alternation = branches.length === 1 && !node.end ? branches[0]! : `(?:${branches.join('|')})`;
  // A greedy `?` tries the longer literal first and falls back to the one ending here.
  return node.end ? `${alternation}?` : alternation;
}

/** A regex source matching exactly the non-empty `literals`, the longest one at a position first. */
export function trieSource(literals: readonly string[]): string {
  return source(build(literals.filter((l) => l.length > 0)));
}
