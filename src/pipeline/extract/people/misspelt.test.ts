import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import type { ArticleDoc } from '../../types';
import { extractPeople, knowledgeLexicon } from '../people';
import { mergeMisspelt, oneLetterOff } from './misspelt';

const doc = (text: string, language: 'ru' | 'en'): ArticleDoc => ({ id: 't', file: 't.txt', header: { date: '2015-06-10' }, text, sentences: splitSentences(text), language });
const names = (text: string, language: 'ru' | 'en' = 'ru') => extractPeople(doc(text, language), knowledgeLexicon()).map((p) => p.nameRu);

describe('oneLetterOff', () => {
  it.each([
    ['a letter dropped', 'мырзакматов', 'мырзкматов', true],
    ['a letter added', 'осмонов', 'осмоннов', true],
    ['a letter changed', 'петров', 'петрав', true],
    ['two letters off', 'петров', 'петрович', false],
    ['the same', 'петров', 'петров', false],
    ['another first letter', 'ботров', 'петров', false],
    ['too short to tell', 'ким', 'кир', false],
  ] as const)('%s', (_name, a, b, want) => {
    expect(oneLetterOff(a, b)).toBe(want);
  });
});

/** The same given name with a surname one letter off, written once, is a typo for the name written more often. */
describe('a surname misspelt once', () => {
  it.each([
    ['a letter dropped in a second full mention', 'Аким района Бакыт Осмонбеков принял гостей в среду. Бакыт Осмнбеков поблагодарил делегацию. Осмонбеков также предложил открыть рейс.', 'ru', ['Бакыт Осмонбеков']],
    ['en: a letter changed', 'District governor Bakyt Osmonbekov met the delegation on Wednesday. Bakyt Osmonbekav thanked the guests. Osmonbekov also proposed a direct flight.', 'en', ['Бакыт Осмонбеков']],
    // Two people with the same given name and surnames two letters apart stay two.
    ['two letters apart stay two', 'Аким района Бакыт Осмонов принял гостей. Министр Бакыт Осмоналиев заявил о помощи. Осмонов поблагодарил делегацию.', 'ru', ['Бакыт Осмонов', 'Бакыт Осмоналиев']],
    // Each written as often as the other: no telling which is the typo.
    ['a tie is no typo', 'Аким района Бакыт Осмонбеков принял гостей. Министр Бакыт Осмонбаков заявил о помощи.', 'ru', ['Бакыт Осмонбеков', 'Бакыт Осмонбаков']],
  ] as const)('%s', (_name, text, language, want) => {
    expect(names(text, language)).toEqual(want);
  });
});

/** Groups merged in place: each hit stays in a group that is still there, whatever the order the groups are met in. */
describe('mergeMisspelt', () => {
  const group = (surnameRu: string, n: number) => ({ hits: Array.from({ length: n }, (_, i) => `${surnameRu}${i}`), unknown: { givenRu: 'Бакыт', surnameRu } });
  it.each([
    ['a typo into the name written more often', [['Осмонбеков', 2], ['Осмнбеков', 1]], { Осмонбеков: 3 }],
    // «Осмонбеков» merges into «Осмонбекова» first; «Осмнбеков», a slip of the merged one, must not follow it out.
    ['a chain of slips keeps every hit', [['Осмонбеков', 2], ['Осмнбеков', 1], ['Осмонбекова', 3]], { Осмнбеков: 1, Осмонбекова: 5 }],
    ['a tie stays two', [['Осмонбеков', 1], ['Осмонбаков', 1]], { Осмонбеков: 1, Осмонбаков: 1 }],
  ] as const)('%s', (_name, spec, want) => {
    const groups = new Map(spec.map(([s, n]) => [s, group(s, n)] as const));
    mergeMisspelt(groups);
    expect(Object.fromEntries([...groups].map(([k, g]) => [k, g.hits.length]))).toEqual(want);
  });
});
