/**
 * Bad input never crashes the build or loses an article: one row per kind of bad file, bundled
 * together with a valid article through the real command line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticlePack, DatasetFile } from '../schema/dataset';
import { unpackDataset } from '../schema/packed';

const ROOT = join(import.meta.dirname, '../..');
const VALID = 'source: https://example.org/a\ndate: 2023-04-05\n\nМОСКВА, 5 апреля – Агентство. Стороны обсудили сотрудничество.\n';
const RU = 'БИШКЕК, 3 марта – Агентство. Премьер-министр провёл встречу с послом.';

/** name → bytes (or a special marker), with the expected problem and whether the article survives. */
const CASES: { file: string; bytes: Uint8Array | 'broken-link'; problem: RegExp | null; kept: boolean; severity?: 'error' | 'warning' }[] = [
  { file: 'empty.txt', bytes: new Uint8Array(), problem: /no article text/, kept: false, severity: 'error' },
  { file: 'blank.txt', bytes: new TextEncoder().encode(' \n\t\n  '), problem: /no article text/, kept: false, severity: 'error' },
  { file: 'nul.txt', bytes: new Uint8Array([65, 0, 66, 0, 0, 0, 1, 2, 0, 0, 0, 0, 3]), problem: /binary/, kept: false, severity: 'error' },
  {
    file: 'image.txt',
    bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
    problem: /binary/,
    kept: false,
    severity: 'error',
  },
  { file: 'cp1251.txt', bytes: new Uint8Array(iconv.encode(RU, 'windows-1251')), problem: /windows-1251/, kept: true, severity: 'warning' },
  { file: 'utf16.txt', bytes: new Uint8Array([0xff, 0xfe, ...iconv.encode(`${RU} Второе.`, 'utf-16le')]), problem: /utf-16le/, kept: true, severity: 'warning' },
  { file: 'bom.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`${RU} С BOM.`)]), problem: null, kept: true },
  { file: 'crlf.txt', bytes: new TextEncoder().encode(`date: 2020-02-02\r\n\r\n${RU} CRLF.\r\nВторая строка.\r\n`), problem: null, kept: true },
  { file: 'front-matter-open.txt', bytes: new TextEncoder().encode(`---\ntitle: Без конца\n${RU} Фронт.`), problem: /never closed/, kept: true, severity: 'warning' },
  { file: 'header-no-blank.txt', bytes: new TextEncoder().encode(`date: 2021-01-01\n${RU} Шапка.`), problem: /blank line/, kept: true, severity: 'warning' },
  { file: 'future.txt', bytes: new TextEncoder().encode(`date: 2999-01-01\n\n${RU} Будущее.`), problem: /2999/, kept: true, severity: 'warning' },
  { file: 'ancient.txt', bytes: new TextEncoder().encode(`date: 1985-05-05\n\n${RU} Прошлое.`), problem: /1985/, kept: true, severity: 'warning' },
  { file: 'valid_copy.txt', bytes: new TextEncoder().encode(VALID), problem: /duplicate.*valid\.txt|valid\.txt.*duplicate/, kept: false, severity: 'warning' },
  { file: 'notes.md', bytes: new TextEncoder().encode('# not an article'), problem: /not a \.txt/, kept: false, severity: 'warning' },
  { file: 'gone.txt', bytes: 'broken-link', problem: /could not be read/, kept: false, severity: 'error' },
];

let dir: string;
let out: string;
let stderr: string;
let status: number | null;
let dataset: DatasetFile;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
  const seeds = join(dir, 'seeds');
  mkdirSync(seeds);
  writeFileSync(join(seeds, 'valid.txt'), VALID);
  for (const c of CASES) {
    if (c.bytes === 'broken-link') symlinkSync(join(dir, 'does-not-exist'), join(seeds, c.file));
    else writeFileSync(join(seeds, c.file), c.bytes);
  }
  out = join(dir, 'out', 'timeline.json');
  mkdirSync(join(dir, 'out', 'articles'), { recursive: true });
  // An article file of an earlier run, of an article no longer in the input.
  writeFileSync(join(dir, 'out', 'articles', 'stale.json'), '{}');
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/pipeline/cli.ts'), 'bundle', '--seeds', seeds, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  stderr = r.stderr;
  status = r.status;
  dataset = DatasetFile.parse(unpackDataset(JSON.parse(readFileSync(out, 'utf8'))));
}, 60_000);

describe('bundling a folder of bad inputs', () => {
  it('exits 0, writes a dataset that passes the schema, and leaves no temporary file', () => {
    expect(status).toBe(0);
    expect(readdirSync(join(dir, 'out')).filter((f) => /\.(?:tmp|new|old)$/.test(f))).toEqual([]);
    expect(stderr).toMatch(/bundle: \d+ articles, \d+ milestones, \d+ people, \d+ figures, \d+ problems in [\d.]+s/);
  });

  it('replaces the article files of an earlier run', () => {
    expect(readdirSync(join(dir, 'out', 'articles')).sort()).toEqual([...new Set(dataset.articles.map((a) => a.textPath.replace(/^articles\//, '')))].sort());
  });

  it('keeps the valid article', () => {
    expect(dataset.articles.map((a) => a.file)).toContain('valid.txt');
  });

  it.each(CASES)('$file', (c) => {
    const problems = dataset.problems.filter((p) => p.file === c.file);
    if (c.problem) {
      expect(problems.map((p) => p.message).join(' | ')).toMatch(c.problem);
      expect(problems.some((p) => p.severity === c.severity)).toBe(true);
      expect(stderr).toContain(c.file);
    } else {
      expect(problems).toEqual([]);
    }
    expect(dataset.articles.some((a) => a.file === c.file)).toBe(c.kept);
  });

  it('decodes Windows-1251 and UTF-16 text correctly', () => {
    for (const file of ['cp1251.txt', 'utf16.txt']) {
      const a = dataset.articles.find((x) => x.file === file)!;
      const pack = ArticlePack.parse(JSON.parse(readFileSync(join(dir, 'out', a.textPath), 'utf8')));
      const text = pack.find((f) => f.id === a.id)!.text;
      expect(text).toContain('Премьер-министр провёл встречу');
    }
  });

  it('exits non-zero with a clear message when the input folder does not exist', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/pipeline/cli.ts'), 'bundle', '--seeds', join(dir, 'nope'), '--out', join(dir, 'x.json')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/cannot read the input folder/);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  }, 60_000);
});
