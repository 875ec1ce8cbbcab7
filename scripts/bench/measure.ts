/** Measuring helpers: a timed child process (wall, CPU, peak RSS), gzip sizes, percentiles. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Outcome of a timed command. */
export interface Timed {
  code: number;
  wallS: number;
  cpuS: number | null;
  peakRssMB: number | null;
  stderr: string;
}

/** Parses the report of GNU time's `-v` (wall clock as h:mm:ss or m:ss, kilobytes of RSS). */
export function parseGnuTime(text: string): { wallS: number | null; cpuS: number | null; peakRssMB: number | null } {
  const num = (re: RegExp) => {
    const m = text.match(re);
    return m ? Number(m[1]) : null;
  };
  const user = num(/User time \(seconds\): ([\d.]+)/);
  const sys = num(/System time \(seconds\): ([\d.]+)/);
  const rss = num(/Maximum resident set size \(kbytes\): (\d+)/);
  const wall = text.match(/Elapsed \(wall clock\)[^\n]*?\): (?:(\d+):)?(\d+):([\d.]+)/);
  return {
    wallS: wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : null,
    cpuS: user !== null && sys !== null ? user + sys : null,
    peakRssMB: rss !== null ? rss / 1024 : null,
  };
}

/** Runs a command; with `/usr/bin/time` present its report gives CPU and peak RSS, else /proc is polled. */
export async function timed(cmd: string, args: string[], timeFile: string): Promise<Timed> {
  const gnu = existsSync('/usr/bin/time');
  rmSync(timeFile, { force: true });
  const t0 = performance.now();
  const child = gnu ? spawn('/usr/bin/time', ['-v', '-o', timeFile, cmd, ...args]) : spawn(cmd, args);
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-200_000)));
  child.stdout.on('data', () => {});
  let polledKB = 0;
  const poll = gnu ? null : setInterval(() => (polledKB = Math.max(polledKB, rssKB(child.pid))), 50);
  const code = await new Promise<number>((res) => child.on('close', (c) => res(c ?? 1)));
  const wallS = (performance.now() - t0) / 1000;
  if (poll) clearInterval(poll);
  if (gnu && existsSync(timeFile)) {
    const r = parseGnuTime(readFileSync(timeFile, 'utf8'));
    return { code, wallS: r.wallS ?? wallS, cpuS: r.cpuS, peakRssMB: r.peakRssMB, stderr };
  }
  return { code, wallS, cpuS: null, peakRssMB: polledKB ? polledKB / 1024 : null, stderr };
}

function rssKB(pid: number | undefined): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Raw and gzip (level 9) size of one file, in bytes. */
export function fileSizes(file: string): { raw: number; gzip: number } {
  const b = readFileSync(file);
  return { raw: b.length, gzip: gzipSync(b, { level: 9 }).length };
}

/** Total bytes and file count of a folder (recursively). */
export function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const s = statSync(full);
    if (s.isDirectory()) {
      const sub = folderBytes(full);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += s.size;
      files++;
    }
  }
  return { bytes, files };
}

/** Nearest-rank percentile of a list (0 < p ≤ 100); null for an empty list. */
export function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** The machine, as the README records it. */
export function machine(): { nproc: number; memory: string; cpu: string; node: string } {
  const out = (c: string, a: string[]) => spawnSync(c, a, { encoding: 'utf8' }).stdout?.trim() ?? '';
  const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/) ?? [])[1] ?? 'unknown';
  const free = out('free', ['-h']).split('\n').find((l) => l.startsWith('Mem:'))?.split(/\s+/)[1];
  return { nproc: Number(out('nproc', [])) || 0, memory: free ? `${free} RAM` : 'unknown', cpu, node: process.version };
}
