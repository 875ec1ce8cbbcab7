import { describe, expect, it } from 'vitest';
import { generateArticle } from './article';
import { htmlAssetUrls, staticImports } from './assets';
import { moneyEn, moneyRu } from './context';
import { parseGnuTime, percentile } from './measure';
import { covers, loadOfficials } from './people';
import { createRng, seedFor } from './prng';
import { check, renderTable } from './report';

const { officials } = loadOfficials('src/pipeline/knowledge/officials.json');

describe('generator', () => {
  it('is deterministic: the same index and seed give the same article', () => {
    for (const i of [0, 7, 4242]) expect(generateArticle(i, 1, officials)).toEqual(generateArticle(i, 1, officials));
    expect(generateArticle(3, 1, officials).text).not.toBe(generateArticle(3, 2, officials).text);
  });

  it('averages about 2 KB per article, dates 1992–2026, both languages, every event type', () => {
    const xs = Array.from({ length: 400 }, (_, i) => generateArticle(i, 20260101, officials));
    const avg = xs.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / xs.length;
    expect(avg).toBeGreaterThan(1500);
    expect(avg).toBeLessThan(2800);
    const years = xs.map((a) => Number(a.iso.slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1992);
    expect(Math.max(...years)).toBeLessThanOrEqual(2026);
    expect(new Set(xs.map((a) => a.lang))).toEqual(new Set(['ru', 'en']));
    expect(new Set(xs.map((a) => a.event)).size).toBe(9);
    for (const a of xs) expect(a.text).not.toMatch(/undefined|NaN|\$\{/);
  });

  it('names only officials in office on the article date when the curated list is there', () => {
    const a = generateArticle(11, 5, officials);
    expect(a.text.length).toBeGreaterThan(200);
    expect(covers({ role: 'president', titleRu: '', titleEn: '', from: '2005-08', to: '2010-04' }, '2010-04-30')).toBe(true);
    expect(covers({ role: 'president', titleRu: '', titleEn: '', from: '2005-08', to: '2010-04' }, '2010-05-01')).toBe(false);
    expect(covers({ role: 'president', titleRu: '', titleEn: '', from: null, to: null }, '1992-01-01')).toBe(true);
  });

  it('falls back to its own list when the officials file is missing', () => {
    const r = loadOfficials('no/such/file.json');
    expect(r.source).toBe('fallback list');
    expect(generateArticle(1, 1, r.officials).text.length).toBeGreaterThan(200);
  });

  it.each([
    [0.85, /^(850 млн долларов|\$850 млн|850 миллионов долларов США|850 млн долл\.)$/],
    [2.5, /2,5|2 миллиарда 500/],
  ])('writes %s bn dollars the Russian way', (bn, re) => {
    const rng = createRng(seedFor(9, 1));
    for (let i = 0; i < 20; i++) expect(moneyRu(rng, bn)).toMatch(re);
  });

  it('writes dollars the English way', () => {
    const rng = createRng(3);
    for (let i = 0; i < 20; i++) expect(moneyEn(rng, 3.2)).toMatch(/3\.2|3\.20/);
  });

  it('prng sample gives distinct elements', () => {
    const s = createRng(1).sample([1, 2, 3, 4, 5], 3);
    expect(new Set(s).size).toBe(3);
  });
});

describe('initial assets', () => {
  const html = `<script type="module" crossorigin src="./assets/main-a1.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/client-b2.js">
    <link rel="stylesheet" crossorigin href="./assets/main-c3.css">
    <link rel="icon" href="data:,">
    <script src="https://cdn.example.org/x.js"></script>`;

  it('reads scripts, module preloads and stylesheets, local only', () => {
    expect(htmlAssetUrls(html)).toEqual({ js: ['./assets/main-a1.js', './assets/client-b2.js'], css: ['./assets/main-c3.css'] });
  });

  it.each([
    ['import{j as e}from"./client-b2.js";', ['./client-b2.js']],
    ['import"./side-effect.js";export*from"./re.js";', ['./side-effect.js', './re.js']],
    ['const m=import("./lazy.js");', []],
    ['a();import {x} from "../up.js"', ['../up.js']],
  ])('finds static imports in %s', (code, want) => {
    expect(staticImports(code)).toEqual(want);
  });
});

describe('measure helpers', () => {
  it('parses GNU time -v', () => {
    const t = parseGnuTime('\tUser time (seconds): 12.27\n\tSystem time (seconds): 0.54\n\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:14.13\n\tMaximum resident set size (kbytes): 236976\n');
    expect(t.wallS).toBeCloseTo(74.13);
    expect(t.cpuS).toBeCloseTo(12.81);
    expect(t.peakRssMB).toBeCloseTo(231.4, 1);
    expect(parseGnuTime('Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02:03.5').wallS).toBeCloseTo(3723.5);
  });

  it.each([
    [[], 50, null],
    [[5], 95, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 95, 19],
    [[3, 1, 2], 50, 2],
  ])('percentile(%j, %d) = %s', (xs, p, want) => {
    expect(percentile(xs, p)).toBe(want);
  });

  it('checks budgets and renders a table', () => {
    const rows = [check('a', 40, (v) => `${v} ms`, '≤ 50 ms', (v) => v <= 50), check('b', 60, String, '≤ 50', (v) => v <= 50), check('c', null, String, '≤ 1', () => true, 'timeline not rendered')];
    expect(rows.map((r) => r.status)).toEqual(['PASS', 'FAIL', 'n/a']);
    expect(rows[2]!.value).toBe('n/a (timeline not rendered)');
    expect(renderTable(rows).split('\n')).toHaveLength(5);
  });
});
