/**
 * A deputy of an interim government is no head of it: «первый заместитель главы временного правительства»
 * is a first deputy's title, whose term dates the page, not the head's. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../read';
import type { ArticleDoc } from '../../types';
import { buildLexicon, extractPeople } from '../people';

const lexicon = buildLexicon({
  officials: [{ id: 'ivan-petrov', nameRu: 'Иван Петров', nameEn: 'Ivan Petrov', country: 'KG', roles: [{ role: 'president' }, { role: 'first_deputy_head_of_government' }, { role: 'deputy_head_of_government' }] }],
  givenNames: [],
});

const doc = (text: string, language: 'ru' | 'en'): ArticleDoc => ({ id: 't', file: 't.txt', header: {}, text, sentences: splitSentences(text), language });
const roles = (text: string, language: 'ru' | 'en' = 'ru') => extractPeople(doc(text, language), lexicon).map((p) => p.textRoles.map((r) => r.role).join(','));

describe('titles of an interim government', () => {
  it.each([
    ['«первый заместитель главы временного правительства»', 'ru', 'Вчера первый заместитель главы временного правительства Иван Петров встретился с банкирами.', ['first_deputy_head_of_government']],
    ['«с заместителем главы Временного правительства», instrumental', 'ru', 'Посол обсудил бюджет с заместителем главы Временного правительства Иваном Петровым.', ['deputy_head_of_government']],
    ['the head himself', 'ru', 'Глава временного правительства Иван Петров выступил по телевидению.', ['president']],
    ['en: "First Deputy Head of the Interim Government"', 'en', 'First Deputy Head of the Interim Government Ivan Petrov visited the market.', ['first_deputy_head_of_government']],
  ] as const)('%s', (_name, lang, text, want) => {
    expect(roles(text, lang)).toEqual(want);
  });
});
