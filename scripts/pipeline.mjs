#!/usr/bin/env node
// `npm run bundle` / `npm run eval`: runs the pipeline CLI (src/pipeline/cli.ts) compiled ahead of time.
//
// Running the TypeScript through tsx costs about a second of CPU on every run (transpiling ~80
// modules in a loader thread). Instead the CLI is bundled once with esbuild (a dependency of tsx)
// with its dependencies into .cache/pipeline/cli-<hash>.cjs, where <hash> covers every source file
// of the pipeline and the schema, the lock files, these build options, Node's version and the V8
// flags; any change rebuilds it on the next run.
//
// From that file a V8 start-up snapshot is built next to it (cli-<hash>.blob, `node
// --build-snapshot`): the heap after the CLI's modules are evaluated and its lexicons built, which
// cost about half a second of CPU on every run. Each run then starts a Node process from the
// snapshot (`node --snapshot-blob`), which calls the CLI's main. Where the snapshot cannot be built
// (cli-<hash>.no-snapshot holds why) the bundle runs in this process; without esbuild it falls back
// to tsx. Arguments are passed through unchanged:
//
//   node scripts/pipeline.mjs bundle [--seeds DIR] [--out FILE]
//   node scripts/pipeline.mjs eval --corpus DIR [--gold FILE] [--json FILE]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = join(ROOT, 'src/pipeline/cli.ts');
const CACHE = join(ROOT, '.cache/pipeline');
/** Folders whose files the CLI is built from (tests excluded). */
const SOURCES = ['src/pipeline', 'src/schema'];

/** esbuild options; part of the hash, so changing them rebuilds. */
const OPTIONS = {
  entryPoints: [ENTRY],
  bundle: true,
  platform: 'node',
  // CommonJS: a start-up snapshot is built from one CommonJS script. Dependencies are bundled too:
  // one file loads faster than resolving and reading a few hundred modules of node_modules.
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  write: false,
  logLevel: 'silent',
};

/**
 * V8 tuning for a batch job, set before the pipeline's code and regexes are compiled (a snapshot
 * must be started with the flags it was built with, so they are part of the hash):
 * - The extractors run a few hundred large regexes thousands of times each. By default V8 first
 *   compiles a regex to bytecode and interprets it, then compiles it again to machine code on its
 *   second use; compiling straight to machine code skips the first compile (≈10% of a run on
 *   1,000 articles).
 * - V8 optimises a function after a small budget of work; the pipeline has many functions that
 *   are warm but not hot, and optimising them cost more than it saved on 1,000 articles (≈20% of
 *   the CPU time). A three times larger budget still optimises the hot ones: 10,000 articles
 *   take the same time as before.
 */
const V8_FLAGS = ['--no-regexp-tier-up', '--interrupt-budget=400000'];

function sourceFiles() {
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(ts|json)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) files.push(full);
    }
  };
  for (const d of SOURCES) walk(join(ROOT, d));
  return files.sort();
}

/** Hash of everything the compiled CLI depends on. */
function sourceHash(files, toolchain) {
  const h = createHash('sha256');
  h.update(`${toolchain}\0${JSON.stringify(OPTIONS)}\0${readFileSync(fileURLToPath(import.meta.url))}\0`);
  for (const f of files) {
    let body;
    try {
      body = readFileSync(f);
    } catch {
      body = '';
    }
    h.update(`${relative(ROOT, f)}\0${body.length}\0`).update(body);
  }
  return h.digest('hex').slice(0, 16);
}

/**
 * The source hash, remembered with the files' sizes and modification times: while none of them
 * changes, the files are not read and hashed again (a stat each instead).
 */
function cachedSourceHash(toolchain) {
  // The installed dependencies are part of the bundle: the lock files stand for them.
  const files = [...sourceFiles(), join(ROOT, 'package-lock.json'), join(ROOT, 'node_modules/.package-lock.json'), fileURLToPath(import.meta.url)];
  const stamp = `${toolchain}\n${files
    .map((f) => {
      try {
        const st = statSync(f);
        return `${relative(ROOT, f)} ${st.size} ${st.mtimeMs}`;
      } catch {
        return `${relative(ROOT, f)} -`;
      }
    })
    .join('\n')}`;
  const stampFile = join(CACHE, 'stamp.json');
  try {
    const saved = JSON.parse(readFileSync(stampFile, 'utf8'));
    if (saved.stamp === stamp) return saved.hash;
  } catch {
    // no stamp yet
  }
  const hash = sourceHash(files.slice(0, -1), toolchain);
  mkdirSync(CACHE, { recursive: true });
  const tmp = join(CACHE, `.stamp.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify({ stamp, hash }));
  renameSync(tmp, stampFile);
  return hash;
}

/**
 * Returns the compiled CLI's paths, building them when the sources changed: `script` (CommonJS) and
 * `snapshot` (a start-up snapshot of it, or null where one cannot be built); null without esbuild.
 */
async function compiled() {
  // The version from the package file: loading esbuild itself is needed only to build. A snapshot
  // works only with the Node binary and V8 flags it was made with: they are part of the hash.
  let toolchain;
  try {
    const esbuildVersion = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('esbuild/package.json'), 'utf8')).version;
    toolchain = `esbuild ${esbuildVersion} node ${process.version} ${process.arch} ${V8_FLAGS.join(' ')}`;
  } catch {
    return null;
  }
  const base = join(CACHE, `cli-${cachedSourceHash(toolchain)}`);
  const script = `${base}.cjs`;
  const snapshot = `${base}.blob`;
  if (existsSync(script)) {
    if (existsSync(snapshot)) return { script, snapshot };
    if (existsSync(`${base}.no-snapshot`)) return { script, snapshot: null };
  } else {
    let esbuild;
    try {
      esbuild = await import('esbuild');
    } catch {
      return null;
    }
    const result = await esbuild.build(OPTIONS);
    mkdirSync(CACHE, { recursive: true });
    for (const old of readdirSync(CACHE)) if (/^cli-/.test(old) && !join(CACHE, old).startsWith(base)) rmSync(join(CACHE, old), { force: true });
    // Atomic: a concurrent run sees either no file or the whole file.
    writeAtomic(script, result.outputFiles[0].contents);
  }
  // The snapshot: built by running the script once with --build-snapshot (≈1.5 s, once per change).
  // The CLI warms the pipeline up first; should V8 fail to serialise what the warm-up left (it
  // aborts on a regex's machine code still in use), the snapshot is built again without it.
  const tmp = join(CACHE, `.${process.pid}.blob.tmp`);
  let r;
  for (const warmUp of ['1', '0']) {
    r = spawnSync(process.execPath, [...V8_FLAGS, '--snapshot-blob', tmp, '--build-snapshot', script], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, PIPELINE_WARM_UP: warmUp },
    });
    if (r.status === 0 && existsSync(tmp)) {
      renameSync(tmp, snapshot);
      return { script, snapshot };
    }
    rmSync(tmp, { force: true });
  }
  writeAtomic(`${base}.no-snapshot`, `node --build-snapshot failed (exit ${r.status ?? r.signal}):\n${r.stderr ?? r.error?.message ?? ''}`);
  process.stderr.write(`pipeline: no start-up snapshot (why: ${relative(process.cwd(), `${base}.no-snapshot`)}); running without it\n`);
  return { script, snapshot: null };
}

function writeAtomic(file, contents) {
  const tmp = join(dirname(file), `.${process.pid}.tmp`);
  writeFileSync(tmp, contents);
  renameSync(tmp, file);
}

const built = await compiled();
if (built?.snapshot) {
  // A new process started from the snapshot; it inherits stdin, stdout and stderr.
  const r = spawnSync(process.execPath, [...V8_FLAGS, '--snapshot-blob', built.snapshot, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
} else if (built) {
  // The flags are read when code and regexes are compiled: set before the script loads, in time.
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
  createRequire(import.meta.url)(built.script);
} else {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}
