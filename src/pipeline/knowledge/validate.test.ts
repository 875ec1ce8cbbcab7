import { describe, it, expect } from 'vitest';
import officialsJson from './officials.json';
import placesJson from './places.json';
import organisationsJson from './organisations.json';
import outletsJson from './outlets.json';
import givenNamesJson from './given-names.json';
import factsJson from './facts.json';
import pairNamesJson from './pair-names.json';
import { dateKnowledge } from '../extract/dates/kb';
import { officials, places, organisations, outlets, givenNames, facts, rolesAt, placeAliasValidOn, type PlaceAlias } from './index';

const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A YYYY, YYYY-MM or YYYY-MM-DD string naming a real calendar date. */
function isValidPartialDate(d: string): boolean {
  if (!DATE_RE.test(d)) return false;
  if (d.length < 10) return true;
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}

const lo = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const hi = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

const dupes = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

describe('knowledge files', () => {
  it('every file has a non-empty sources list of {title, url}', () => {
    for (const f of [officialsJson, placesJson, organisationsJson, outletsJson, givenNamesJson, factsJson, pairNamesJson]) {
      expect(f.sources.length).toBeGreaterThan(0);
      for (const s of f.sources) {
        expect(typeof s.title).toBe('string');
        expect(s.url).toMatch(/^https?:\/\//);
      }
    }
  });

  it('ids are unique in every list', () => {
    expect(dupes(officials.map((o) => o.id))).toEqual([]);
    expect(dupes(places.map((p) => p.id))).toEqual([]);
    expect(dupes(organisations.map((o) => o.id))).toEqual([]);
    expect(dupes(outlets.map((o) => o.id))).toEqual([]);
    expect(dupes(facts.map((f) => f.id))).toEqual([]);
    expect(dupes(givenNames.map((g) => g.ru))).toEqual([]);
  });

  it('official ids are kebab-case', () => {
    for (const o of officials) expect(o.id, o.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('nameRu is "Given Surname" (two words; Kyrgyz "уулу"/"кызы" surnames may add a third; Arabic names keep «бен» and «Аль»; Portuguese and Spanish names their particles; French surnames their article)', () => {
    for (const o of officials) {
      const words = o.nameRu.trim().split(/\s+/);
      const kyrgyzPatronymicSurname = words.length === 3 && /^(уулу|кызы)$/i.test(words[2] ?? '');
      // «Мухаммед бен Заид Аль Нахайян»: given name, «бен» and the father's name, «Аль» and the family's.
      const arabic = words.length >= 4 && words[1] === 'бен';
      // «Луис Инасиу Лула да Силва»: capitalised names with a lower-case particle before the last one, up to five words.
      const particle =
        words.length >= 4 && words.length <= 5 && /^(?:да|де|ду|дос|дас)$/.test(words[words.length - 2] ?? '') && words.every((w, i) => i === words.length - 2 || /^\p{Lu}/u.test(w));
      // «Жан-Ив Ле Дриан»: a French surname written with its capitalised article.
      const french = words.length === 3 && /^(?:Ле|Ла)$/.test(words[1] ?? '');
      expect(words.length === 2 || kyrgyzPatronymicSurname || arabic || particle || french, o.nameRu).toBe(true);
    }
  });

  it('alternative spellings differ from the main name and from each other', () => {
    const bad = officials.filter((o) => o.altEn.includes(o.nameEn) || o.altRu.includes(o.nameRu) || dupes(o.altEn).length || dupes(o.altRu).length);
    expect(bad.map((o) => o.id)).toEqual([]);
  });

  it('a name written with ё is also listed with е, as most texts print it', () => {
    const missing = officials.filter((o) => o.nameRu.includes('ё') && !o.altRu.includes(o.nameRu.replace(/ё/g, 'е')));
    expect(missing.map((o) => o.id)).toEqual([]);
  });

  it('every date is a valid YYYY, YYYY-MM or YYYY-MM-DD', () => {
    const bad: string[] = [];
    const check = (where: string, d: string | null | undefined) => {
      if (d != null && !isValidPartialDate(d)) bad.push(`${where}: ${d}`);
    };
    for (const o of officials) for (const r of o.roles) {
      check(`${o.id} from`, r.from);
      check(`${o.id} to`, r.to);
    }
    for (const p of places) for (const a of p.aliases) {
      check(`${p.id}/${a.name} from`, a.from);
      check(`${p.id}/${a.name} to`, a.to);
    }
    for (const o of organisations) {
      check(`${o.id} founded`, o.founded);
      check(`${o.id} dissolved`, o.dissolved);
    }
    for (const f of facts) {
      check(`${f.id} date`, f.date);
      check(`${f.id} endDate`, f.endDate);
    }
    expect(bad).toEqual([]);
  });

  it('every role and alias has from <= to', () => {
    const bad: string[] = [];
    for (const o of officials) for (const r of o.roles) {
      if (r.from && r.to && lo(r.from) > hi(r.to)) bad.push(`${o.id}: ${r.titleEn} ${r.from}..${r.to}`);
    }
    for (const p of places) for (const a of p.aliases) {
      if (a.from && a.to && lo(a.from) > hi(a.to)) bad.push(`${p.id}: ${a.name} ${a.from}..${a.to}`);
    }
    expect(bad).toEqual([]);
  });

  it('role kinds and genders use the closed vocabularies', () => {
    const kinds = new Set([
      'president', 'head_of_government', 'first_deputy_head_of_government', 'deputy_head_of_government', 'foreign_minister',
      'economy_minister', 'finance_minister', 'igc_cochair', 'ambassador', 'presidential_aide', 'head_of_presidential_administration', 'speaker', 'other',
    ]);
    for (const o of officials) {
      expect(['m', 'f']).toContain(o.gender);
      expect(['high', 'medium', 'low']).toContain(o.confidence);
      for (const r of o.roles) expect(kinds.has(r.role), `${o.id}: ${r.role}`).toBe(true);
    }
    for (const g of givenNames) expect(['m', 'f']).toContain(g.gender);
  });

  it('every official cites at least one source of {title, url}', () => {
    const bad = officials.filter((o) => !Array.isArray(o.sources) || o.sources.length === 0 || o.sources.some((s) => !s.title || !/^https?:\/\//.test(s.url)));
    expect(bad.map((o) => o.id)).toEqual([]);
  });

  it.each([
    ['KG', 'president', 8],
    ['KG', 'head_of_government', 30],
    ['KG', 'first_deputy_head_of_government', 15],
    ['KG', 'foreign_minister', 12],
    ['KG', 'economy_minister', 10],
    ['KG', 'finance_minister', 12],
    ['KG', 'ambassador', 6],
    ['KG', 'igc_cochair', 3],
    ['RU', 'president', 4],
    ['RU', 'head_of_government', 14],
    ['RU', 'foreign_minister', 4],
    ['RU', 'economy_minister', 12],
    ['RU', 'finance_minister', 11],
    ['RU', 'ambassador', 5],
    ['RU', 'igc_cochair', 3],
    ['KZ', 'head_of_government', 10],
    ['KZ', 'foreign_minister', 8],
    ['UZ', 'head_of_government', 4],
    ['TJ', 'head_of_government', 6],
    ['CN', 'president', 4],
    ['CN', 'head_of_government', 5],
    ['CN', 'foreign_minister', 6],
    ['US', 'president', 6],
    ['US', 'foreign_minister', 12],
    ['BY', 'head_of_government', 10],
    ['BY', 'foreign_minister', 8],
    ['AM', 'head_of_government', 8],
    ['AZ', 'head_of_government', 4],
  ])('covers %s %s terms (at least %i)', (country, role, min) => {
    const terms = officials.flatMap((o) => o.roles.filter((r) => r.country === country && r.role === role));
    expect(terms.length).toBeGreaterThanOrEqual(min);
  });

  it('the ambassador kind is kept for the bilateral posts (other postings are "other")', () => {
    const bad = officials.flatMap((o) =>
      o.roles
        .filter((r) => r.role === 'ambassador' && !(r.country === 'KG' ? /Russian Federation/ : /Kyrgyz Republic/).test(r.titleEn))
        .map((r) => `${o.id}: ${r.titleEn}`),
    );
    expect(bad).toEqual([]);
  });

  it('places use the closed vocabulary of kinds, and parents name known places', () => {
    const kinds = new Set(['country', 'region', 'city', 'lake', 'venue']);
    const ids = new Set(places.map((p) => p.id));
    for (const p of places) {
      expect(kinds.has(p.kind), `${p.id}: ${p.kind}`).toBe(true);
      if (p.parent) expect(ids.has(p.parent), `${p.id} → ${p.parent}`).toBe(true);
    }
  });

  it('has the expected coverage', () => {
    expect(officials.length).toBeGreaterThanOrEqual(200);
    expect(givenNames.length).toBeGreaterThanOrEqual(500);
    expect(places.length).toBeGreaterThanOrEqual(140);
  });
});

describe('key facts', () => {
  it('Sadyr and Akylbek Japarov are distinct officials', () => {
    const sadyr = officials.find((o) => o.nameEn === 'Sadyr Japarov');
    const akylbek = officials.find((o) => o.nameEn === 'Akylbek Japarov');
    expect(sadyr?.id).toBe('sadyr-japarov');
    expect(akylbek?.id).toBe('akylbek-japarov');
    expect(sadyr?.id).not.toBe(akylbek?.id);
  });

  it('the two George Bushes are distinct officials, each president in his own years', () => {
    const father = officials.find((o) => o.id === 'george-h-w-bush')!;
    const son = officials.find((o) => o.id === 'george-w-bush')!;
    expect(father.nameRu).toBe(son.nameRu);
    expect(rolesAt(father, '1991-12-25').map((r) => r.role)).toContain('president');
    expect(rolesAt(son, '1991-12-25')).toEqual([]);
    expect(rolesAt(son, '2005-03-24').map((r) => r.role)).toContain('president');
  });

  it.each([
    ['secretaries-general of the CSTO', 'Secretary-General of the CSTO', ['2004-06-01', '2017-06-01', '2021-06-01', '2024-06-01']],
    ['secretaries-general of the SCO', 'Secretary-General of the SCO', ['2005-06-01', '2008-06-01', '2011-06-01', '2014-06-01', '2017-06-01', '2020-06-01', '2023-06-01']],
  ])('%s: someone in office on each date', (_name, title, dates) => {
    for (const d of dates) {
      const holders = officials.filter((o) => rolesAt(o, d).some((r) => r.titleEn === title));
      expect(holders.length, `${title} ${d}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('rolesAt answers who held an office on a date', () => {
    const byId = (id: string) => officials.find((o) => o.id === id)!;
    expect(rolesAt(byId('akylbek-japarov'), '2023-06-01').map((r) => r.role)).toContain('head_of_government');
    expect(rolesAt(byId('akylbek-japarov'), '2025-06-01').map((r) => r.role)).not.toContain('head_of_government');
    expect(rolesAt(byId('adylbek-kasymaliev'), '2025-06-01').map((r) => r.role)).toContain('head_of_government');
    expect(rolesAt(byId('sadyr-japarov'), '2022').map((r) => r.role)).toContain('president');
    expect(rolesAt(byId('dmitry-medvedev'), '2010-01-01').map((r) => r.role)).toEqual(['president']);
    // A year-precision end still covers that whole year.
    expect(rolesAt(byId('andrei-krutko'), '2018-07-01').map((r) => r.role)).toContain('ambassador');
  });

  it.each([
    ['olga-lavrova', '2013-06-01', 'finance_minister'],
    ['akylbek-japarov', '2006-06-01', 'finance_minister'],
    ['alexei-overchuk', '2023-03-29', 'igc_cochair'],
    ['konstantin-chuichenko', '2019-02-01', 'igc_cochair'],
    ['esengul-omuraliev', '1999-04-19', 'igc_cochair'],
    ['yevgeny-shmagin', '2005-03-24', 'ambassador'],
    ['ulukbek-chinaliev', '2011-10-10', 'ambassador'],
    ['boris-fyodorov', '1993-10', 'finance_minister'],
    ['dmitry-kozak', '2015', 'deputy_head_of_government'],
  ])('%s held the office on %s', (id, date, role) => {
    const o = officials.find((x) => x.id === id)!;
    expect(rolesAt(o, date).map((r) => r.role)).toContain(role);
  });

  it('retrospective names are former names (they have an end date)', () => {
    const bad = places.flatMap((p) => p.aliases.filter((a) => a.retrospective && a.to === null).map((a) => `${p.id}/${a.name}`));
    expect(bad).toEqual([]);
  });

  it.each(['СССР', 'Ленинград', 'Свердловск', 'Фрунзе', 'Alma-Ata'])('«%s» is marked as still used about the past', (name) => {
    const alias = places.flatMap((p) => p.aliases).find((a) => a.name === name)!;
    expect(alias.retrospective).toBe(true);
  });

  it('the dates knowledge leaves retrospective names undated and keeps the others dated', () => {
    const terms = (name: string) => dateKnowledge.places.flatMap((p) => p.aliases).find((a) => a.text === name)!.terms;
    expect(terms('Ленинград')).toEqual([]);
    expect(terms('Свердловск')).toEqual([]);
    expect(terms('Нур-Султан')).toEqual([{ from: '2019-03-23', to: '2022-09-17' }]);
  });

  it('Stalingrad is a name of Volgograd before 1961 only', () => {
    const stalingrad = places.find((p) => p.id === 'volgograd')!.aliases.find((a) => a.name === 'Сталинград')!;
    expect(placeAliasValidOn(stalingrad, '1943-02-02')).toBe(true);
    expect(placeAliasValidOn(stalingrad, '2005')).toBe(false);
  });

  it('Nur-Sultan is valid on 2020-06-01 and not on 2023-06-01', () => {
    const astana = places.find((p) => p.id === 'astana')!;
    const nurSultan = astana.aliases.find((a) => a.name === 'Nur-Sultan')!;
    expect(placeAliasValidOn(nurSultan, '2020-06-01')).toBe(true);
    expect(placeAliasValidOn(nurSultan, '2023-06-01')).toBe(false);
    const akmola = astana.aliases.find((a) => a.name === 'Акмола')!;
    expect(placeAliasValidOn(akmola, '1995')).toBe(true);
    expect(placeAliasValidOn(akmola, '2005')).toBe(false);
  });

  it('open-ended aliases are always valid', () => {
    const alias: PlaceAlias = { name: 'Бишкек', lang: 'ru', from: null, to: null };
    expect(placeAliasValidOn(alias, '1900-01-01')).toBe(true);
  });

  it('Frunze is the name of Bishkek only before 1991-02-05', () => {
    const frunze = places.find((p) => p.id === 'bishkek')!.aliases.find((a) => a.name === 'Фрунзе')!;
    expect(placeAliasValidOn(frunze, '1985')).toBe(true);
    expect(placeAliasValidOn(frunze, '1995-01-01')).toBe(false);
  });
});
