import { describe, expect, it } from 'vitest';
import { trieSource } from './literal-trie';

/** Every position's longest literal, as the cue scanner reads them: restart one character after each match. */
function scan(literals: string[], text: string): string[] {
  const re = new RegExp(trieSource(literals), 'gu');
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(`${m.index}:${m[0]}`);
    re.lastIndex = m.index + 1;
  }
  return out;
}

describe('trieSource: a list of literals as one trie-shaped regex', () => {
  it.each([
    // literals, text, matches (position:literal), source
    [['визит', 'визиты', 'встреч'], 'визиты и встречи', ['0:визиты', '9:встреч'], 'в(?:изит(?:ы)?|стреч)'],
    [['ab', 'abcd'], 'abce abcd', ['0:ab', '5:abcd'], 'ab(?:cd)?'],
    [['a', 'ab', 'abc'], 'abx', ['0:ab'], 'a(?:b(?:c)?)?'],
    [['summit', 'sum'], 'a sum', ['2:sum'], 'sum(?:mit)?'],
    [['c.a', '(x)'], 'c.a cxa (x)', ['0:c.a', '8:(x)'], '(?:c\\.a|\\(x\\))'],
    [['one'], 'one none', ['0:one', '5:one'], 'one'],
    [['dog', 'do', 'cat'], 'docat', ['0:do', '2:cat'], '(?:do(?:g)?|cat)'],
  ])('%j in %j', (literals, text, matches, source) => {
    expect(trieSource(literals)).toBe(source);
    expect(scan(literals, text)).toEqual(matches);
  });
});
