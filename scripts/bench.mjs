#!/usr/bin/env node
// `npm run bench`: runs the TypeScript benchmark (scripts/bench/main.ts) with tsx; see that file for options.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('./bench/main.ts', import.meta.url));
const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
