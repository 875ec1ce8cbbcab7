/**
 * Officials for the synthetic corpus: the curated list in src/pipeline/knowledge/officials.json
 * when it is there, else a small list of our own; with Russian case forms from lvovich.
 */
import { existsSync, readFileSync } from 'node:fs';
import { incline } from 'lvovich';

/** One office held during a period (dates as partial ISO strings, `null` = open). */
export interface BenchRole {
  role: string;
  titleRu: string;
  titleEn: string;
  from: string | null;
  to: string | null;
}

/** An official as the generator uses it. */
export interface BenchOfficial {
  id: string;
  nameRu: string;
  nameEn: string;
  gender: 'm' | 'f';
  country: string;
  roles: BenchRole[];
}

/** An official holding one office on the article's date, with the Russian forms the templates need. */
export interface Holder {
  official: BenchOfficial;
  role: BenchRole;
  /** Nominative, genitive, dative, instrumental: «Владимир Путин», «Владимира Путина», … */
  ru: { nom: string; gen: string; dat: string; ins: string; last: string; lastGen: string; lastIns: string };
  /** English name and surname. */
  en: { full: string; last: string };
}

const FALLBACK: BenchOfficial[] = [
  ['askar-akayev', 'Аскар Акаев', 'Askar Akayev', 'KG', 'president', 'президент Киргизии', 'President of Kyrgyzstan', '1991', '2005-04'],
  ['kurmanbek-bakiyev', 'Курманбек Бакиев', 'Kurmanbek Bakiyev', 'KG', 'president', 'президент Киргизии', 'President of Kyrgyzstan', '2005-08', '2010-04'],
  ['almazbek-atambayev', 'Алмазбек Атамбаев', 'Almazbek Atambayev', 'KG', 'president', 'президент Киргизии', 'President of Kyrgyzstan', '2011-12', '2017-11'],
  ['sooronbay-jeenbekov', 'Сооронбай Жээнбеков', 'Sooronbay Jeenbekov', 'KG', 'president', 'президент Киргизии', 'President of Kyrgyzstan', '2017-11', '2020-10'],
  ['sadyr-japarov', 'Садыр Жапаров', 'Sadyr Japarov', 'KG', 'president', 'президент Киргизии', 'President of Kyrgyzstan', '2021-01', null],
  ['boris-yeltsin', 'Борис Ельцин', 'Boris Yeltsin', 'RU', 'president', 'президент России', 'President of Russia', '1991', '1999-12-31'],
  ['vladimir-putin', 'Владимир Путин', 'Vladimir Putin', 'RU', 'president', 'президент России', 'President of Russia', '2000', '2008-05-07'],
  ['dmitry-medvedev', 'Дмитрий Медведев', 'Dmitry Medvedev', 'RU', 'president', 'президент России', 'President of Russia', '2008-05-07', '2012-05-07'],
  ['vladimir-putin', 'Владимир Путин', 'Vladimir Putin', 'RU', 'president', 'президент России', 'President of Russia', '2012-05-07', null],
  ['sergey-lavrov', 'Сергей Лавров', 'Sergey Lavrov', 'RU', 'foreign_minister', 'министр иностранных дел России', 'Russian Foreign Minister', '2004-03', null],
].map(([id, nameRu, nameEn, country, role, titleRu, titleEn, from, to]) => ({
  id: id!,
  nameRu: nameRu!,
  nameEn: nameEn!,
  gender: 'm' as const,
  country: country!,
  roles: [{ role: role!, titleRu: titleRu!, titleEn: titleEn!, from: from ?? null, to: to ?? null }],
}));

/** Reads the curated officials (KG and RU only), or the fallback list when the file is missing or unreadable. */
export function loadOfficials(file: string): { officials: BenchOfficial[]; source: string } {
  if (!existsSync(file)) return { officials: FALLBACK, source: 'fallback list' };
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { officials?: unknown };
    const list = Array.isArray(json.officials) ? (json.officials as BenchOfficial[]) : [];
    const usable = list.filter((o) => (o.country === 'KG' || o.country === 'RU') && o.nameRu && o.nameEn && Array.isArray(o.roles));
    return usable.length >= 10 ? { officials: usable, source: file } : { officials: FALLBACK, source: 'fallback list' };
  } catch {
    return { officials: FALLBACK, source: 'fallback list' };
  }
}

/** True when a partial-date term `[from, to]` covers the ISO date. */
export function covers(role: BenchRole, iso: string): boolean {
  return (!role.from || role.from.slice(0, 10) <= iso) && (!role.to || iso <= padEnd(role.to));
}

function padEnd(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

const formCache = new Map<string, Holder['ru']>();

function ruForms(o: BenchOfficial): Holder['ru'] {
  let f = formCache.get(o.id + o.nameRu);
  if (f) return f;
  const parts = o.nameRu.split(' ');
  const first = parts[0]!;
  const last = parts.slice(1).join(' ');
  const gender = o.gender === 'f' ? 'female' : 'male';
  const at = (c: 'genitive' | 'dative' | 'instrumental') => {
    const r = incline({ first, last, gender }, c);
    return { full: `${r.first ?? first} ${r.last ?? last}`, last: r.last ?? last };
  };
  const gen = at('genitive');
  const ins = at('instrumental');
  f = { nom: o.nameRu, gen: gen.full, dat: at('dative').full, ins: ins.full, last, lastGen: gen.last, lastIns: ins.last };
  formCache.set(o.id + o.nameRu, f);
  return f;
}

/** Everyone of `country` holding an office on `iso`, leaders first. */
export function holdersOn(officials: BenchOfficial[], country: string, iso: string): Holder[] {
  const out: Holder[] = [];
  for (const o of officials) {
    if (o.country !== country) continue;
    for (const role of o.roles) {
      if (!covers(role, iso) || !role.titleRu || !role.titleEn) continue;
      const parts = o.nameEn.split(' ');
      out.push({ official: o, role, ru: ruForms(o), en: { full: o.nameEn, last: parts[parts.length - 1]! } });
    }
  }
  const rank = (h: Holder) => ['president', 'head_of_government', 'foreign_minister'].indexOf(h.role.role);
  return out.sort((a, b) => (rank(a) === -1 ? 9 : rank(a)) - (rank(b) === -1 ? 9 : rank(b)));
}
