import { readFileSync, readdirSync } from 'node:fs';
import { toDoc } from './src/pipeline/read';
import { extractPeople } from './src/pipeline/extract/people';
for (const d of process.argv.slice(2)) for (const f of readdirSync(d).filter((x) => x.endsWith('.txt'))) {
  const { doc } = toDoc(f, readFileSync(`${d}/${f}`, 'utf8'));
  console.log('==', f);
  for (const p of extractPeople(doc)) console.log('  ', p.known ? 'K' : 'U', p.id, p.nameRu, '|', p.nameEn, p.country, JSON.stringify(p.textRoles.map((r) => r.role + '/' + r.country)), p.mentions.map((m) => m.text).join('; '));
}
