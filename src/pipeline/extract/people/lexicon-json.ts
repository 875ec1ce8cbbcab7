/**
 * The people lexicon as plain JSON and back. Building it inclines every given name and every known
 * official's surname with lvovich (≈80 ms of a run's start); the launcher builds it once when it
 * compiles the pipeline and puts the JSON into the bundle (see `prebuilt.ts`), so a run only reads it.
 */
import type { Case, Gender } from './forms';
import type { GivenHit, OfficialInput, PeopleLexicon, SurnameHit } from './lexicon';

/** A set of cases as their initials in the set's order («ngd»): a fifth less JSON to read than the names spelled out. */
type CasesJson = string;
type GivenJson = [nom: string, cases: CasesJson, gender: Gender, en: string | null];
type SurnameJson = [official: number, cases: CasesJson];

const CASE_OF_INITIAL: Record<string, Case> = { n: 'nominative', g: 'genitive', d: 'dative', a: 'accusative', i: 'instrumental', p: 'prepositional' };
const casesJson = (cases: Set<Case>): CasesJson => [...cases].map((c) => c[0]).join('');

/** A `PeopleLexicon` without its officials, in JSON types: maps as entry lists, sets as arrays, in their order. */
export interface LexiconJson {
  ruGiven: [string, GivenJson[]][];
  ruSurname: [string, SurnameJson[]][];
  officialGivenRu: string[][];
  enGiven: [string, GivenJson[]][];
  enSurname: [string, number[]][];
  officialGivenEn: string[][];
  officialGender: Gender[];
}

const givenJson = (g: GivenHit): GivenJson => [g.nom, casesJson(g.cases), g.gender, g.en];

/** The lexicon's lookup maps as JSON. */
export function lexiconToJson(lex: PeopleLexicon): LexiconJson {
  return {
    ruGiven: [...lex.ruGiven].map(([k, gs]) => [k, gs.map(givenJson)]),
    ruSurname: [...lex.ruSurname].map(([k, hs]) => [k, hs.map((h) => [h.official, casesJson(h.cases)])]),
    officialGivenRu: lex.officialGivenRu.map((s) => [...s]),
    enGiven: [...lex.enGiven].map(([k, gs]) => [k, gs.map(givenJson)]),
    enSurname: [...lex.enSurname],
    officialGivenEn: lex.officialGivenEn.map((s) => [...s]),
    officialGender: lex.officialGender,
  };
}

/** The lexicon back from its JSON, for the officials it was built from. Equal sets of cases are one object (never changed after building). */
export function lexiconFromJson(json: LexiconJson, officials: readonly OfficialInput[]): PeopleLexicon {
  const caseSets = new Map<CasesJson, Set<Case>>();
  const cases = (initials: CasesJson) => {
    let set = caseSets.get(initials);
    if (!set) caseSets.set(initials, (set = new Set(Array.from(initials, (c) => CASE_OF_INITIAL[c]!))));
    return set;
  };
  // Tuples read by index, not destructured: the lexicon's ≈30,000 entries are read at every start, and a destructured
  // tuple is read through an iterator.
  const given = (g: GivenJson): GivenHit => ({ nom: g[0], cases: cases(g[1]), gender: g[2], en: g[3] });
  const surname = (h: SurnameJson): SurnameHit => ({ official: h[0], cases: cases(h[1]) });
  return {
    officials,
    ruGiven: new Map(json.ruGiven.map((e) => [e[0], e[1].map(given)])),
    ruSurname: new Map(json.ruSurname.map((e) => [e[0], e[1].map(surname)])),
    officialGivenRu: json.officialGivenRu.map((s) => new Set(s)),
    enGiven: new Map(json.enGiven.map((e) => [e[0], e[1].map(given)])),
    enSurname: new Map(json.enSurname),
    officialGivenEn: json.officialGivenEn.map((s) => new Set(s)),
    officialGender: json.officialGender,
  };
}
