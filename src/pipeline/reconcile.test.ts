import { describe, expect, it } from 'vitest';
import { mergePeople, type ArticleDrafts } from './reconcile';
import type { PersonDraft } from './types';

const person = (nameRu: string, known = false): PersonDraft => ({ id: 'albek-ibraimov', nameRu, nameEn: 'Albek Ibraimov', country: 'KG', textRoles: [], mentions: [], known });
const article = (id: string, language: 'ru' | 'en', p: PersonDraft): ArticleDrafts => ({ id, language, people: [p], figures: [], milestones: [] });

/** An unlisted person's Russian name is the one a Russian text writes, not the transliteration of an English text met first. */
describe('mergePeople: the Russian name of an unlisted person', () => {
  it.each([
    ['English first, then Russian', [article('a', 'en', person('Албек Ибраймов')), article('b', 'ru', person('Албек Ибраимов'))], 'Албек Ибраимов'],
    ['Russian first, then English', [article('a', 'ru', person('Албек Ибраимов')), article('b', 'en', person('Албек Ибраймов'))], 'Албек Ибраимов'],
    ['the first Russian text wins over a later one', [article('a', 'ru', person('Албек Ибраимов')), article('b', 'ru', person('Албек Ибраймов'))], 'Албек Ибраимов'],
    ['English only', [article('a', 'en', person('Албек Ибраймов'))], 'Албек Ибраймов'],
  ])('%s', (_name, drafts, want) => {
    expect(mergePeople(drafts).map((p) => p.nameRu)).toEqual([want]);
  });
});
