import { it } from 'vitest';
import { toDoc } from '../read';
import { extractArticle } from '../extract/index';
const texts = (process.env.DBG_TEXT ?? '').split('|||');
it('dbg', () => {
  for (const t of texts) {
    const r = extractArticle(toDoc('t.txt', t).doc);
    for (const m of r.milestones) console.log(JSON.stringify([m.date, m.status, m.type, m.quote.text.slice(0, 80), m.dateEvidence.slice(0, 100)]));
  }
});
