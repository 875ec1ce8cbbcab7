import { describe, expect, it } from 'vitest';
import { knowledgeInput } from './knowledge-source';
import { buildLexicon } from './lexicon';
import { lexiconFromJson, lexiconToJson } from './lexicon-json';
import { prebuiltLexiconJson } from './prebuild';

describe('lexicon JSON', () => {
  it('gives back the lexicon built from the knowledge base, maps and sets in the same order', () => {
    const input = knowledgeInput();
    const built = buildLexicon(input);
    const back = lexiconFromJson(JSON.parse(prebuiltLexiconJson()), input.officials);
    expect(back).toEqual(built);
    expect(lexiconToJson(back)).toEqual(lexiconToJson(built));
    expect([...back.ruGiven.keys()]).toEqual([...built.ruGiven.keys()]);
    expect([...back.ruSurname.get([...built.ruSurname.keys()][0]!)![0]!.cases]).toEqual([...built.ruSurname.get([...built.ruSurname.keys()][0]!)![0]!.cases]);
    expect(back.officials).toBe(input.officials);
    // Builds the whole lexicon (every name inclined by lvovich) twice: ≈1.7 s alone, more on a loaded machine.
  }, 30_000);

  it('keeps a small lexicon whole', () => {
    const input = {
      officials: [{ id: 'ivan-petrov', nameRu: 'Иван Петров', nameEn: 'Ivan Petrov', country: 'RU', altRu: ['Жапар Исаков уулу'] }],
      givenNames: [{ ru: 'Айгуль', en: ['Aigul'], gender: 'f' }],
    };
    const built = buildLexicon(input);
    expect(lexiconFromJson(JSON.parse(JSON.stringify(lexiconToJson(built))), input.officials)).toEqual(built);
  });
});
