/** The curated knowledge base, reshaped into the slice the dates extractor needs. */
import * as knowledge from '../../knowledge';
import type { DateKnowledge } from './context';

// Placeholder wiring: replaced with typed field access once knowledge/index.ts lands.
const k = knowledge as unknown as Record<string, unknown>;
const list = (name: string): Record<string, unknown>[] => (Array.isArray(k[name]) ? (k[name] as Record<string, unknown>[]) : []);

/** Knowledge for dating articles, built once at module load. */
export const dateKnowledge: DateKnowledge = {
  outlets: list('outlets').map((o) => ({
    name: String(o.name ?? ''),
    aliases: (o.aliases as string[] | undefined) ?? [],
    domains: (o.domains as string[] | undefined) ?? [],
  })),
  facts: list('facts').map((f) => ({ id: String(f.id), date: String(f.date ?? f.year ?? ''), keywords: (f.keywords as string[] | undefined) ?? [] })),
  officials: knowledge.officials.map((o) => ({ id: o.id, roles: o.roles.map((r) => ({ role: r.role, country: r.country, from: r.from, to: r.to })) })),
  places: [],
};
