import { toDoc } from './src/pipeline/read';
import { extractArticle } from './src/pipeline/extract/index';
import { readFileSync } from 'fs';
for (const n of process.argv.slice(2)) {
const t = readFileSync('eval/heldout105/articles/'+n, 'utf8');
for (const m of extractArticle(toDoc(n, t).doc).milestones) console.log(m.date, m.type, m.status, '|', m.quote.text.slice(0,80), '|', m.dateEvidence.slice(0,60), '|', m.titleEn);
}
