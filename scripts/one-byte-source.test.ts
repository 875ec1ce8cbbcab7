import ts from 'typescript';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script module of the launcher, without type declarations
import { oneByteSource } from './one-byte-source.mjs';

const run = (code: string): unknown => {
  const context: { result?: unknown } = {};
  runInNewContext(code, context);
  return JSON.parse(JSON.stringify(context.result));
};

describe('oneByteSource', () => {
  // Each script sets `result`; the rewritten one must be ASCII and set the same value.
  it.each([
    ['a regex literal at the top', "var re = /ж[а-я]+/u; var result = [re.source, re.flags, re.test('жаба'), re.test('zz')];"],
    ['a literal in a function, no g flag', "function f(w) { return /[гкх]ий$/.test(w); } var result = [f('тихий'), f('синий'), f('x')];"],
    ['a g literal passed to replace', "const f = (s) => s.replace(/ё/g, 'е'); var result = [f('ёлка ёж'), f('ёё'), f('ёлка')];"],
    ['a g literal run by exec', "function all(s) { const re = /а/g; let n = 0; while (re.exec(s)) n++; return n; } var result = [all('аба'), all('ааа'), all('б')];"],
    ['a sticky literal', "function at(s, i) { const re = /ж/y; re.lastIndex = i; return re.test(s); } var result = [at('аж', 1), at('аж', 0)];"],
    ['an escaped slash and a class', 'var re = /а\\/[б-г]/; var result = [re.source, re.test("а/в")];'],
    ['String.raw with substitutions', 'const y = "\\\\d{4}"; var result = String.raw`(?<y>${y})\\s*год${"«»"}ы`;'],
    ['String.raw without substitutions', 'var result = String.raw`\\p{L}ё\\n`;'],
    ['a literal inside a String.raw substitution', 'var result = String.raw`ж${/ё/.source}ж`;'],
    ['strings, templates and identifiers', 'const жук = "привет"; var result = [жук, `ю${1}я`, { ключ: 2 }.ключ, "😀"];'],
  ])('%s', (_, code) => {
    const out = oneByteSource(ts, code) as string;
    expect(out).not.toMatch(/[\u0080-\uffff]/);
    expect(run(out)).toEqual(run(code));
  });

  it('makes a stateless literal in a function once, and a stateful one at each evaluation', () => {
    const out = oneByteSource(ts, "function f(s) { return [/ж/.test(s), s.replace(/ё/g, 'е'), /а/g.exec(s)]; }") as string;
    expect(out.match(/\?\?=/g)).toHaveLength(2);
    expect(out).toContain('(new RegExp("\\u0430", "g"))');
  });

  it('leaves ASCII code as it is', () => {
    const code = 'var result = /a/g.test("a");';
    expect(oneByteSource(ts, code)).toBe(code);
  });

  it('gives up on a tagged template it cannot rewrite', () => {
    expect(oneByteSource(ts, 'const tag = (s) => s.raw[0]; var result = tag`ж`;')).toBeNull();
  });
});
