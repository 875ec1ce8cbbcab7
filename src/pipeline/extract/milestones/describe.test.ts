import { describe, expect, it } from 'vitest';
import type { PersonDraft } from '../../types';
import { makeTitles, type TitleParts } from './describe';

const person = (nameRu: string, nameEn: string): PersonDraft => ({ id: nameEn, nameRu, nameEn, country: 'KG', textRoles: [], mentions: [], known: true });
const a = person('Алмаз Асанов', 'Almaz Asanov');
const b = person('Иван Петров', 'Ivan Petrov');

describe('makeTitles', () => {
  it.each([
    ['a meeting of two, labelled in lower case', { type: 'meeting', labelEn: 'session', labelRu: 'заседание', people: [a, b] }, 'Asanov–Petrov session', 'Заседание Асанова и Петрова'],
    ['a visit by its visitor', { type: 'visit', labelEn: 'visit', labelRu: 'визит', people: [b, a] }, 'Petrov visit', 'Визит Петрова'],
    ['an event without people', { type: 'anniversary', labelEn: 'anniversary of relations', labelRu: 'годовщина отношений', people: [a] }, 'Anniversary of relations', 'Годовщина отношений'],
  ] as const)('%s', (_, parts, en, ru) => {
    const t = makeTitles({ place: null, organisation: null, ...parts, people: [...parts.people] } as TitleParts);
    expect([t.titleEn, t.titleRu]).toEqual([en, ru]);
  });
});
