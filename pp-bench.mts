import { readFileSync, readdirSync } from 'node:fs';
import { toDoc } from './src/pipeline/read';
import { extractPeople, knowledgeLexicon } from './src/pipeline/extract/people';
const docs = [];
for (const d of ['../shared/corpus/articles', '../shared/seeds']) for (const f of readdirSync(d).filter((x) => x.endsWith('.txt'))) docs.push(toDoc(f, readFileSync(`${d}/${f}`, 'utf8')).doc);
let t = performance.now();
knowledgeLexicon();
console.log('lexicon', (performance.now() - t).toFixed(0));
t = performance.now();
let chars = 0, n = 0;
for (let r = 0; r < 300; r++) for (const d of docs) { extractPeople(d); chars += d.text.length; n++; }
console.log(n, 'docs', (chars / 1e6).toFixed(1), 'MB', (performance.now() - t).toFixed(0), 'ms');
