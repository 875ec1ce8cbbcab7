/** The curated knowledge base, reshaped into the slice the dates extractor needs. */
import { facts, officials, outlets, places } from '../../knowledge';
import type { DateKnowledge, Term } from './context';

function placeAliases(aliases: { name: string; from: string | null; to: string | null }[], names: string[]): DateKnowledge['places'][number]['aliases'] {
  const byName = new Map<string, Term[]>();
  for (const a of aliases) byName.set(a.name, [...(byName.get(a.name) ?? []), { from: a.from, to: a.to }]);
  for (const n of names) if (!byName.has(n)) byName.set(n, [{ from: null, to: null }]);
  // An alias with an open term on both sides is always valid: it says nothing about the year.
  return [...byName].map(([text, terms]) => ({ text, terms: terms.some((t) => !t.from && !t.to) ? [] : terms }));
}

/** Knowledge for dating articles, built once at module load. */
export const dateKnowledge: DateKnowledge = {
  outlets: outlets.map((o) => ({ name: o.nameRu, nameEn: o.nameEn, aliases: o.aliases, domains: o.domains, country: o.country, addressDate: o.addressDate })),
  // Only facts marked as anniversary references are counted from («30 лет установлению…»).
  facts: facts.filter((f) => f.anniversaryReference).map((f) => ({ id: f.id, date: f.date, kind: f.kind, keywords: [...f.keywordsRu, ...f.keywordsEn] })),
  // The knowledge's own records, not copies: their roles hold every field the dates extractor reads.
  officials,
  // A name still written about the past («распад СССР», «Свердловская область») does not date a text.
  places: places.map((p) => ({
    name: p.nameRu,
    nameEn: p.nameEn,
    aliases: placeAliases(p.aliases.map((a) => (a.retrospective ? { ...a, from: null, to: null } : a)), [p.nameRu, p.nameEn]),
  })),
};
