/**
 * What a built page loads before any user action: the scripts, module preloads and stylesheets of
 * its HTML, plus the chunks those scripts import statically. Dynamic `import()` chunks are excluded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One initially loaded file with its sizes. */
export interface Asset {
  file: string;
  kind: 'js' | 'css';
  raw: number;
  gzip: number;
}

/** Local script/style URLs referenced by an HTML page (scripts, module preloads, stylesheets). */
export function htmlAssetUrls(html: string): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/gi)) js.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const href = tag.match(/\bhref=["']([^"']+)["']/i)?.[1];
    const rel = tag.match(/\brel=["']([^"']+)["']/i)?.[1]?.toLowerCase() ?? '';
    if (!href) continue;
    if (rel === 'modulepreload' || (rel === 'preload' && /\bas=["']script["']/i.test(tag))) js.push(href);
    else if (rel === 'stylesheet') css.push(href);
  }
  const local = (u: string) => !/^(?:[a-z]+:)?\/\//i.test(u) && !u.startsWith('data:');
  return { js: js.filter(local), css: css.filter(local) };
}

/** Relative specifiers a minified ES module imports statically (`import{a}from"./x.js"`, `import"./y.js"`, `export*from`). */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[;\n}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const m of code.matchAll(re)) out.push(m[1]!);
  return out;
}

/** The initial JS and CSS of `htmlFile` with raw and gzip (level 9) sizes. */
export function initialAssets(htmlFile: string): Asset[] {
  const root = dirname(htmlFile);
  const { js, css } = htmlAssetUrls(readFileSync(htmlFile, 'utf8'));
  const seen = new Map<string, Asset>();
  const toPath = (from: string, url: string) => normalize(join(from, url.replace(/^\//, '').split(/[?#]/)[0]!));
  const add = (path: string, kind: 'js' | 'css') => {
    if (seen.has(path) || !existsSync(path)) return;
    const bytes = readFileSync(path);
    seen.set(path, { file: path.slice(root.length + 1), kind, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    if (kind === 'js') for (const spec of staticImports(bytes.toString('utf8'))) add(toPath(dirname(path), spec), 'js');
  };
  for (const u of js) add(toPath(root, u), 'js');
  for (const u of css) add(toPath(root, u), 'css');
  return [...seen.values()];
}

/** Sums sizes per kind. */
export function totals(assets: Asset[]): { js: { raw: number; gzip: number }; css: { raw: number; gzip: number } } {
  const sum = (k: 'js' | 'css') => assets.filter((a) => a.kind === k).reduce((s, a) => ({ raw: s.raw + a.raw, gzip: s.gzip + a.gzip }), { raw: 0, gzip: 0 });
  return { js: sum('js'), css: sum('css') };
}
