#!/usr/bin/env node
// `npm run bundle` / `npm run eval`: runs the pipeline CLI (src/pipeline/cli.ts) compiled ahead of time.
//
// Running the TypeScript through tsx costs about a second of CPU on every run (transpiling ~80
// modules in a loader thread). Instead the CLI is bundled once with esbuild (a dependency of tsx)
// with its dependencies into .cache/pipeline/cli-<hash>.cjs, where <hash> covers every source file
// of the pipeline and the schema, the lock files and these build options; any change rebuilds it
// on the next run. V8's compiled code of the bundle is kept beside it (cli-<hash>.code, see
// `runCompiled`), so later runs do not parse and compile the 3 MB bundle again.
// Without esbuild it falls back to tsx. Arguments are passed through unchanged:
//
//   node scripts/pipeline.mjs bundle [--seeds DIR] [--out FILE]
//   node scripts/pipeline.mjs eval --corpus DIR [--gold FILE] [--json FILE]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = join(ROOT, 'src/pipeline/cli.ts');
const CACHE = join(ROOT, '.cache/pipeline');
/** The step that makes the compiled CLI ASCII text; part of the hash, as the launcher itself is. */
const ONE_BYTE = join(ROOT, 'scripts/one-byte-source.mjs');
/** Folders whose files the CLI is built from (tests excluded). */
const SOURCES = ['src/pipeline', 'src/schema'];

/** esbuild options; part of the hash, so changing them rebuilds. */
const OPTIONS = {
  entryPoints: [ENTRY],
  bundle: true,
  platform: 'node',
  // CommonJS, not ESM: Node 20 can reuse V8's compiled code only for a script (`vm.Script`), not a module.
  format: 'cjs',
  target: 'node20',
  // Dependencies are bundled too: one file loads faster than resolving and reading a few hundred
  // modules of node_modules (≈0.2 s a run).
  legalComments: 'none',
  // Without comments and indentation the bundle is 0.4 MB smaller, which every run reads, decodes
  // from UTF-8 and scans for the functions it compiles (≈40 M instructions fewer at start-up).
  // Names are kept, so stack traces and profiles still name every function.
  minifyWhitespace: true,
  write: false,
  logLevel: 'silent',
};

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
function sourceHash(files, esbuildVersion) {
  const h = createHash('sha256');
  h.update(`${esbuildVersion}\0${JSON.stringify(OPTIONS)}\0${readFileSync(fileURLToPath(import.meta.url))}\0`);
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
function cachedSourceHash(esbuildVersion) {
  // The installed dependencies are part of the bundle: the lock files stand for them.
  const files = [...sourceFiles(), join(ROOT, 'package-lock.json'), join(ROOT, 'node_modules/.package-lock.json'), ONE_BYTE, fileURLToPath(import.meta.url)];
  const stamp = `${esbuildVersion}\n${files
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
  const hash = sourceHash(files.slice(0, -1), esbuildVersion);
  mkdirSync(CACHE, { recursive: true });
  const tmp = join(CACHE, `.stamp.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify({ stamp, hash }));
  renameSync(tmp, stampFile);
  return hash;
}

/** Runs CommonJS code as Node runs a file (`file` names it in stack traces); returns its exports. */
function runCommonJs(script, file) {
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

const wrap = (source) => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

/**
 * Bundles `entry` (a module of the pipeline's own sources) and calls its export `fn`: work whose
 * result depends only on the sources is done here, once per build, instead of at every run.
 */
async function runAtBuild(esbuild, entry, fn) {
  return (await loadAtBuild(esbuild, entry))[fn]();
}

/** Bundles `entry` (a module of the pipeline's own sources) and returns its exports, for use while building. */
async function loadAtBuild(esbuild, entry) {
  const built = await esbuild.build({ ...OPTIONS, entryPoints: [join(ROOT, entry)] });
  return runCommonJs(new Script(wrap(built.outputFiles[0].text), { filename: join(ROOT, entry) }), join(ROOT, entry));
}

/**
 * An esbuild plugin that puts `json` into the bundle in place of the module matched by `filter`,
 * which says `export const <name> = null` in the sources (tests and tsx then make the value on use).
 * With `onCall`, the export is a function that parses the JSON: a table read once into other
 * structures then leaves no parsed copy behind, for the first scavenges to copy into the old
 * generation and every full collection to trace (only its one string stays in the code).
 */
function prebuilt(name, filter, json, { onCall = false } = {}) {
  const value = `JSON.parse(${JSON.stringify(json)})`;
  return {
    name: `prebuilt-${name}`,
    setup(build) {
      build.onLoad({ filter }, () => ({ contents: `export const ${name} = ${onCall ? `() => ${value}` : value};`, loader: 'js' }));
    },
  };
}

/**
 * What the compiled pipeline gets ready-made:
 * - the people lexicon of the knowledge base (src/pipeline/extract/people/prebuild.ts): inclining
 *   every name with lvovich costs ≈80 ms at the start of every run, reading the JSON a few;
 * - the JSON Schema files the bundler writes beside the dataset (src/pipeline/schemaFiles.ts): zod's
 *   `toJSONSchema` costs ≈20 ms of every run;
 * - the cue literals of the event patterns (src/pipeline/extract/milestones/prebuild.ts): reading
 *   ≈1,200 pattern sources token by token costs ≈1% of a run over 1,000 articles;
 * - the regexes `rx` makes of literals (`rxLiterals`): V8 parses each literal before `rx` rewrites it;
 * - the `iu` sources `rx` rewrites at import (src/pipeline/extract/uncased-prebuild.ts): patterns made
 *   from the knowledge base's phrases, whose text only the loaded modules know;
 * - the officials' genitives for milestone titles (src/pipeline/extract/milestones/genitive-prebuild.ts):
 *   lvovich takes ≈0.2–0.4 ms a name in a run's early tiers, ≈1.1% of a run over 1,000 articles.
 */
async function prebuiltPlugins(esbuild) {
  const lexicon = await runAtBuild(esbuild, 'src/pipeline/extract/people/prebuild.ts', 'prebuiltLexiconJson');
  const schemas = JSON.stringify(await runAtBuild(esbuild, 'src/pipeline/schemaFiles.ts', 'makeSchemaFiles'));
  const cues = await runAtBuild(esbuild, 'src/pipeline/extract/milestones/prebuild.ts', 'prebuiltCuesJson');
  const uncased = await runAtBuild(esbuild, 'src/pipeline/extract/uncased-prebuild.ts', 'prebuiltUncasedJson');
  const genitives = await runAtBuild(esbuild, 'src/pipeline/extract/milestones/genitive-prebuild.ts', 'prebuiltGenitivesJson');
  const { withPrebuiltRx } = await loadAtBuild(esbuild, 'src/pipeline/extract/regex.ts');
  return [
    prebuilt('prebuiltLexicon', /[\\/]people[\\/]prebuilt\.ts$/, lexicon, { onCall: true }),
    prebuilt('prebuiltSchemas', /[\\/]pipeline[\\/]prebuiltSchemas\.ts$/, schemas),
    prebuilt('prebuiltCues', /[\\/]milestones[\\/]prebuilt-cues\.ts$/, cues),
    prebuilt('prebuiltUncased', /[\\/]extract[\\/]prebuilt-uncased\.ts$/, uncased, { onCall: true }),
    prebuilt('prebuiltGenitives', /[\\/]milestones[\\/]prebuilt-genitives\.ts$/, genitives, { onCall: true }),
    // Last: the modules above are replaced whole, before this plugin would read them.
    rxLiterals(withPrebuiltRx),
  ];
}

/**
 * The pipeline's sources with each `rx(/…/flags)` compiled as the regex it makes (`withPrebuiltRx` in
 * src/pipeline/extract/regex.ts): V8 would parse each literal, `\p{L}` classes and all, before `rx`
 * rewrites it (≈0.15 G instructions of every start).
 */
function rxLiterals(withPrebuiltRx) {
  return {
    name: 'rx-literals',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]pipeline[\\/].*\.ts$/ }, (args) => ({ contents: withPrebuiltRx(readFileSync(args.path, 'utf8')), loader: 'ts' }));
    },
  };
}

/**
 * The knowledge base's JSON files as `JSON.parse('…')` instead of object literals (esbuild's JSON
 * loader): V8 builds a large literal from a description kept in the compiled code (deserialised from
 * the code cache, then turned into a template and copied), while its JSON parser reads the same data
 * from one string in a single pass (the V8 team's advice for literals over ~10 KB).
 */
const jsonParsed = {
  name: 'json-parsed',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]pipeline[\\/].*\.json$/ }, (args) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

/**
 * zod's translations of its error messages (`z.locales`, ≈300 KB of the bundle) left out: the
 * pipeline never selects one (its errors are in English, which zod's schemas load on their own),
 * and every run would read and set up all forty.
 */
const withoutZodLocales = {
  name: 'without-zod-locales',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.c?js$/ }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/** Returns the compiled CLI's path, building it when the sources changed; null without esbuild. */
async function compiled() {
  // The version from the package file: loading esbuild itself is needed only to build.
  let version;
  try {
    version = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('esbuild/package.json'), 'utf8')).version;
  } catch {
    return null;
  }
  const file = join(CACHE, `cli-${cachedSourceHash(version)}.cjs`);
  try {
    if (statSync(file).isFile()) return file;
  } catch {
    // not built yet
  }
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const result = await esbuild.build({ ...OPTIONS, plugins: [jsonParsed, withoutZodLocales, ...(await prebuiltPlugins(esbuild))] });
  mkdirSync(CACHE, { recursive: true });
  // Extractions of an older build are never read again (its folder has its hash): they go with it.
  for (const old of readdirSync(CACHE)) if (/^(?:cli-.*\.(?:mjs|cjs|code)|extractions-.*)$/.test(old)) rmSync(join(CACHE, old), { recursive: true, force: true });
  writeAtomic(file, await asOneByte(result.outputFiles[0].text));
  return file;
}

/** The compiled CLI as ASCII text (`one-byte-source.mjs`), or as esbuild wrote it without TypeScript's parser. */
async function asOneByte(code) {
  try {
    const { oneByteSource } = await import(pathToFileURL(ONE_BYTE).href);
    return oneByteSource((await import('typescript')).default, code) ?? code;
  } catch {
    return code;
  }
}

/** Writes a file atomically: a concurrent run sees either no file or the whole file. */
function writeAtomic(file, content) {
  const tmp = join(dirname(file), `.${process.pid}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

/**
 * Runs the compiled CLI as Node runs a CommonJS file, with V8's code cache: parsing and compiling the
 * 3 MB bundle, and later each function on its first call, cost about 0.4 G instructions a run (≈15% of
 * bundling the seeds). The first run saves the code V8 compiled, at exit (so the functions the run
 * used are in it), to cli-<hash>.code; later runs hand it to V8, which checks that it belongs to this
 * source, V8 version and flags, and else compiles as usual (and the cache is written again).
 */
function runCompiled(file) {
  const codeFile = file.replace(/\.cjs$/, '.code');
  let cachedData;
  try {
    cachedData = readFileSync(codeFile);
  } catch {
    // no code cache yet
  }
  // An ASCII file (see `one-byte-source.mjs`) is read as Latin-1: the same string, copied rather than decoded.
  const bytes = readFileSync(file);
  const script = new Script(wrap(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    process.once('exit', () => {
      try {
        writeAtomic(codeFile, script.createCachedData());
      } catch {
        // a read-only cache folder: the next run compiles again
      }
    });
  }
  runCommonJs(script, file);
}

const file = await compiled();
if (file) {
  // V8 tuning for a batch job, set before the pipeline's code and regexes are compiled (these flags
  // are read at compile time, so setting them here is in time):
  // - The extractors run a few hundred large regexes thousands of times each. By default V8 first
  //   compiles a regex to bytecode and interprets it, then compiles it again to machine code on its
  //   second use; compiling straight to machine code skips the first compile (≈10% of a run on
  //   1,000 articles).
  // - V8 optimises a function after a small budget of work; the pipeline has many functions that
  //   are warm but not hot, and optimising them cost more than it saved on 1,000 articles (≈20% of
  //   the CPU time). A three times larger budget still optimises the hot ones: 10,000 articles
  //   take the same time as before.
  setFlagsFromString('--no-regexp-tier-up');
  setFlagsFromString('--interrupt-budget=400000');
  // - A small budget of bytecode inlined into one optimised function (100 bytes instead of 920):
  //   the extractors' hot functions call many middle-sized helpers, and inlining all of them made
  //   large optimised code, slow to compile and compiled again after each deoptimisation. Measured
  //   (cachegrind, 1,000 articles): 920 → 460 → 300 → 200 → 100 bytes: 11.89, 11.48, 11.41, 11.26,
  //   11.20 G instructions; none at all (--no-turbo-inlining) 11.27 G. 10,000 articles took no
  //   more CPU time with 100 than with 460.
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');
  // - Every function compiled to baseline machine code (Sparkplug) on its first call instead of
  //   being interpreted first: most of the pipeline's functions run often enough to get there anyway.
  setFlagsFromString('--always-sparkplug');
  // Each article's extraction is kept for the next run, in a folder of this build only (see
  // src/pipeline/extractionCache.ts): changed sources mean a new hash, and nothing is reused.
  process.env.PIPELINE_EXTRACTION_CACHE = file.replace(/cli-([0-9a-f]+)\.cjs$/, 'extractions-$1');
  runCompiled(file);
} else {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}
