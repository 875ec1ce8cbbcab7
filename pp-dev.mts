import { readFileSync, readdirSync } from 'node:fs';
import { toDoc } from './src/pipeline/read';
import { extractPeople, buildLexicon } from './src/pipeline/extract/people';
const t00 = performance.now();
const lex = buildLexicon({
  officials: (JSON.parse(readFileSync('src/pipeline/knowledge/officials.json','utf8')).officials),
  givenNames: JSON.parse(readFileSync('src/pipeline/knowledge/given-names.json','utf8')).names,
});
console.log('build', performance.now() - t00);
const dirs = process.argv.slice(2);
for (const d of dirs) for (const f of readdirSync(d).filter((x) => x.endsWith('.txt'))) {
  const { doc } = toDoc(f, readFileSync(`${d}/${f}`, 'utf8'));
  const t0 = performance.now();
  const ps = extractPeople(doc, lex);
  console.log('==', f, (performance.now() - t0).toFixed(1) + 'ms');
  for (const p of ps) console.log('  ', p.known ? 'K' : 'U', p.id, p.nameRu, '|', p.nameEn, p.country, JSON.stringify(p.textRoles.map((r) => r.role + '/' + r.country)), p.mentions.map((m) => m.text).join('; '));
}
