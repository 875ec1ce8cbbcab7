// The compiled CLI as ASCII text, so that V8 holds its source as a one-byte string.
//
// esbuild writes every character above U+007F in strings and templates as an escape, but not in regex
// literals: the few hundred Cyrillic regex literals of the pipeline and its dependencies made the whole
// 8 MB source a two-byte string (16 MB of heap), decoded from UTF-8 character by character at every
// start (≈190 M instructions of a 1,000-article run, most of it V8's UTF-8 decoder). Here each such
// literal becomes a `new RegExp` of the same source text (so `source` and `flags` read the same), and
// what is left above U+007F is written as `\uXXXX`, which means the same in strings, untagged templates
// and identifiers. Tagged templates keep their raw text: `String.raw` is called with it as a string.
// The launcher reads an ASCII file as Latin-1 (the same string, copied instead of decoded).

/** A regex object is stateless between uses if neither `g` nor `y` is set, or if only these methods use it. */
const RESETTING = new Set(['replace', 'replaceAll', 'match', 'matchAll', 'split', 'search']);
const NON_ASCII = /[\u0080-\uffff]/;
const PREFIX = '__oneByteRegExp';

/**
 * `code` (a script) with no character above U+007F and the same behaviour, or null when it holds a
 * construct this does not rewrite (a tagged template other than `String.raw` with such characters).
 *
 * A regex literal makes a new object each time it is evaluated. One whose object keeps no state
 * between uses (no `g` or `y` flag, or passed straight to `replace`, `match`, `split`…, which set
 * `lastIndex` before they read it) is made once, on its first evaluation, into a variable of the
 * script; any other one becomes `new RegExp(…)` in place.
 */
export function oneByteSource(ts, code) {
  if (!NON_ASCII.test(code)) return code;
  if (code.includes(PREFIX)) return null;
  const file = ts.createSourceFile('cli.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const K = ts.SyntaxKind;
  let hoisted = 0;
  let unsupported = false;
  // The text of `node` with the literals and templates inside it rewritten.
  const render = (node) => {
    const parts = [];
    let at = node.getStart(file);
    const visit = (n) => {
      const start = n.getStart(file);
      if (n.kind === K.RegularExpressionLiteral && NON_ASCII.test(n.text)) {
        const slash = n.text.lastIndexOf('/');
        const made = `new RegExp(${JSON.stringify(n.text.slice(1, slash))}, ${JSON.stringify(n.text.slice(slash + 1))})`;
        parts.push(code.slice(at, start), stateless(n) ? `(${PREFIX}${hoisted++} ??= ${made})` : `(${made})`);
        at = n.end;
        return;
      }
      if (n.kind === K.TaggedTemplateExpression && NON_ASCII.test(n.template.getText(file))) {
        if (n.tag.getText(file) !== 'String.raw') unsupported = true;
        const t = n.template;
        const quasis = t.kind === K.NoSubstitutionTemplateLiteral ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
        const raws = quasis.map((q) => JSON.stringify(q.rawText ?? rawOf(q)));
        parts.push(code.slice(at, start), `(String.raw({ raw: [${raws.join(', ')}] }`);
        if (t.kind !== K.NoSubstitutionTemplateLiteral) for (const s of t.templateSpans) parts.push(', ', render(s.expression));
        parts.push('))');
        at = n.end;
        return;
      }
      ts.forEachChild(n, visit);
    };
    const rawOf = (q) => {
      // The text between the template's delimiters: `…${, }…${ or }…`.
      const text = q.getText(file);
      const open = text.startsWith('`') || text.startsWith('}') ? 1 : 0;
      const close = text.endsWith('${') ? 2 : 1;
      return text.slice(open, text.length - close);
    };
    visit(node);
    parts.push(code.slice(at, node.end));
    return parts.join('');
  };
  const stateless = (n) => {
    const flags = n.text.slice(n.text.lastIndexOf('/') + 1);
    if (!/[gy]/.test(flags)) return true;
    const call = n.parent;
    return (
      call.kind === K.CallExpression &&
      call.arguments[0] === n &&
      call.expression.kind === K.PropertyAccessExpression &&
      RESETTING.has(call.expression.name.text)
    );
  };
  // `render` starts at the first token: what stands before it (comments) is kept as it is.
  const body = code.slice(0, file.getStart(file)) + render(file);
  if (unsupported) return null;
  // The variables are declared at the end; `var` makes them exist (undefined) from the start.
  const names = Array.from({ length: hoisted }, (_, i) => `${PREFIX}${i}`);
  return `${body}${names.length ? `\nvar ${names.join(', ')};` : ''}`.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
