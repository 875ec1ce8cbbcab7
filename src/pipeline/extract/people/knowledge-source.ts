/** The knowledge base's officials and given names, in the shape the people matcher takes. */
import { familyNameFirstCountries, givenNames, officials } from '../../knowledge/index';
import type { GivenNameInput, PeopleInput } from './lexicon';

/** Officials and given names from `knowledge/index.ts`; alternative Russian spellings of a given name count as names too. */
export function knowledgeInput(): PeopleInput {
  const names: GivenNameInput[] = givenNames.flatMap((g) => [g.ru, ...(g.altRu ?? [])].map((ru) => ({ ru, en: g.en, gender: g.gender })));
  return { officials, givenNames: names, familyNameFirst: familyNameFirstCountries };
}
