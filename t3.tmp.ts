import { toDoc } from './src/pipeline/read';
import { extractArticle } from './src/pipeline/extract/index';
const t='date: 2031-06-03\n\nВо вторник министры обсудили итоги саммита ОДКБ, прошедшего в Минске в мае. Напомним, 14 мая на полях саммита ОДКБ президенты двух стран провели в Минске двустороннюю встречу.';
for (const m of extractArticle(toDoc('t.txt', t).doc).milestones) console.log(m.date, m.type, m.status, '|', m.quote.text.slice(0,60), '|', m.titleEn);
