/**
 * A copyright credit line («© Агентство / Имя Фамилия») names a photographer, a known official's namesake with another
 * given name is not the official, and "International", "National" after a given name make a place's name, not a person's.
 * Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import type { ArticleDoc } from '../../types';
import { buildLexicon, extractPeople } from '../people';

const lexicon = buildLexicon({
  officials: [
    { id: 'bakyt-osmonov', nameRu: 'Бакыт Осмонов', nameEn: 'Bakyt Osmonov', country: 'KG', roles: [{ role: 'other' }] },
    { id: 'ivan-petrov', nameRu: 'Иван Петров', nameEn: 'Ivan Petrov', country: 'RU', roles: [{ role: 'other' }] },
  ],
  givenNames: [
    ['Бакыт', 'Bakyt', 'm'], ['Табылды', 'Tabyldy', 'm'], ['Иван', 'Ivan', 'm'], ['Манас', 'Manas', 'm'], ['Айбек', 'Aibek', 'm'],
  ].map(([ru, en, gender]) => ({ ru: ru!, en: [en!], gender })),
});

const doc = (text: string, language: 'ru' | 'en' = 'ru'): ArticleDoc => ({ id: 't', file: 't.txt', header: {}, text, sentences: splitSentences(text), language });
const names = (text: string, language: 'ru' | 'en' = 'ru') => extractPeople(doc(text, language), lexicon).map((p) => p.nameEn);

describe('a copyright credit line names no official', () => {
  it.each([
    ['a namesake photographer', 'Министр Бакыт Осмонов открыл школу.\n\n© Агентство / Табылды Осмонов\nМинистр на открытии школы', ['Bakyt Osmonov']],
    ['the official\'s surname alone in a credit', 'Министр Иван Петров открыл школу.\n\n© Агентство / Осмонов\nМинистр на открытии', ['Ivan Petrov']],
    ['English credit', 'Minister Ivan Petrov opened the school.\n\n© Agency / Osmonov\nThe minister at the school', ['Ivan Petrov']],
  ])('%s', (_name, text, want) => {
    expect(names(text, /[a-z]/.test(text) ? 'en' : 'ru')).toEqual(want);
  });
});

describe('a namesake with another given name is not the official', () => {
  it.each([
    ['nominative', 'Министр Бакыт Осмонов прибыл в Ош. Его встретил Табылды Осмонов, местный фермер.', ['Bakyt Osmonov']],
    ['the official named in full', 'Министр Бакыт Осмонов прибыл в Ош.', ['Bakyt Osmonov']],
  ])('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe('"International", "National" after a given name make a place', () => {
  it.each([
    ['an airport', 'He was met at Manas International Airport by Deputy Minister Ivan Petrov.', ['Ivan Petrov']],
    ['a university', 'Minister Ivan Petrov visited Aibek National University on Monday.', ['Ivan Petrov']],
    ['a real name still reads', 'Minister Aibek Sultanov met Ivan Petrov.', ['Aibek Sultanov', 'Ivan Petrov']],
  ])('%s', (_name, text, want) => {
    expect(names(text, 'en')).toEqual(want);
  });
});

describe('«в лице» names who acts for a body; a school («лицей») before a name names none', () => {
  it.each([
    ['«в лице официального представителя» + genitive', 'Министерство в лице официального представителя Ивана Петрова выразило готовность помочь.', ['Ivan Petrov']],
    ['«в лице» + genitive alone', 'Россия в лице Ивана Петрова поддержала переговоры.', ['Ivan Petrov']],
    ['«лицей» right before a name is still a school', 'Школьники посетили лицей Бакыта Осмонова.', []],
  ])('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });
});
