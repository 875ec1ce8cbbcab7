import { readFileSync, readdirSync } from 'node:fs';
import { bundle } from '/work/wt-r27/src/pipeline/bundle';
const [set, pre] = process.argv.slice(2);
const dir = `/work/wt-r27/eval/${set}/articles`;
const files = readdirSync(dir).filter((f) => f.startsWith(pre ?? '')).map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(`${dir}/${f}`)) }));
const r: any = bundle(files as any);
const ms = r.dataset.milestones.slice().sort((a: any, b: any) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.offsets.start - b.offsets.start));
for (const m of ms) console.log(m.articleId.slice(0, 12), m.date, m.type, m.status, m.bilateral, '|', m.quote.slice(0, 160));
for (const f of r.dataset.figures) if (process.env.FIG) console.log('FIG', f.articleId.slice(0,12), f.metric, f.value, f.period, f.kind, '|', f.quote);
