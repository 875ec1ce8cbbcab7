/** The baseline: an empty Vite + React page (`<p>hi</p>`) built with the app's Vite and React plugin. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** Writes and builds the baseline page in `dir`; returns the built index.html path. */
export async function buildBaseline(dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="UTF-8" /><title>baseline</title></head>\n<body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>\n',
  );
  writeFileSync(
    join(dir, 'main.tsx'),
    "import { StrictMode } from 'react';\nimport { createRoot } from 'react-dom/client';\n\ncreateRoot(document.getElementById('root')!).render(<StrictMode><p>hi</p></StrictMode>);\n",
  );
  const outDir = join(dir, 'dist');
  await build({ root: dir, configFile: false, base: './', logLevel: 'warn', plugins: [react()], build: { outDir, emptyOutDir: true, target: 'es2022' } });
  return join(outDir, 'index.html');
}
