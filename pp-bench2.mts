import { readFileSync, readdirSync } from 'node:fs';
import { toDoc } from './src/pipeline/read';
import { extractPeople, knowledgeLexicon } from './src/pipeline/extract/people';
import { tokenize } from './src/pipeline/extract/people/tokens';
const docs = [];
for (const d of ['../shared/corpus/articles', '../shared/seeds']) for (const f of readdirSync(d).filter((x) => x.endsWith('.txt'))) docs.push(toDoc(f, readFileSync(`${d}/${f}`, 'utf8')).doc);
knowledgeLexicon();
for (let rep = 0; rep < 3; rep++) {
let t = performance.now();
for (let r = 0; r < 300; r++) for (const d of docs) tokenize(d);
const tt = performance.now() - t;
t = performance.now();
for (let r = 0; r < 300; r++) for (const d of docs) extractPeople(d);
console.log('tokenize', tt.toFixed(0), 'all', (performance.now() - t).toFixed(0));
}
