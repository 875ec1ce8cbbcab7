import { describe, expect, it } from 'vitest';
import { COUNT_EN, COUNT_RU, FUTURE, PAST_EVENT, TELLING, countAlternation } from './lexicon';

/** The matching form `(?:^|[^\\p{L}])word` of a lookbehind word list. */
const atEdge = (re: RegExp) => new RegExp(re.source.replace('(?<![', '(?:^|[^'), re.flags);
const forExec = (list: Record<'ru' | 'en', RegExp>) => ({ ru: atEdge(list.ru), en: atEdge(list.en) });

const TEXTS = [
  'Встреча состоялась вчера.',
  'состоялась встреча',
  'Пересостоялась',
  '1состоялась',
  '«Подписали» договор',
  'Президент заявил, что визит состоится в мае.',
  'ЗАЯВИЛ',
  'Он сообщил',
  'The leaders met in Moscow and signed a treaty.',
  'Mets won',
  'the summit will take place next week',
  'Swill',
  '(will)',
  'He said the talks were held.',
  'Unsaid',
  '',
];

describe('word lists for test and for exec', () => {
  it.each([
    ['PAST_EVENT', PAST_EVENT, forExec(PAST_EVENT)],
    ['TELLING', TELLING, forExec(TELLING)],
    ['FUTURE', FUTURE, forExec(FUTURE)],
  ])('%s: the test form answers as the exec form does', (_name, forTest, forExec) => {
    for (const lang of ['ru', 'en'] as const) {
      for (const text of TEXTS) expect([lang, text, forTest[lang].test(text)]).toEqual([lang, text, forExec[lang].test(text)]);
    }
  });
  it('finds words at a word start only', () => {
    expect(PAST_EVENT.ru.test('Встреча состоялась вчера.')).toBe(true);
    expect(PAST_EVENT.ru.test('Пересостоялась')).toBe(false);
    expect(PAST_EVENT.ru.test('1состоялась')).toBe(true);
    expect(FUTURE.en.test('Swill')).toBe(false);
    expect(FUTURE.en.test('(will)')).toBe(true);
    expect(TELLING.en.test('He said the talks were held.')).toBe(true);
  });
  it('the exec form opens its match with the character before the word', () => {
    expect(forExec(TELLING).ru.exec('Он сообщил')?.[0]).toBe(' сообщил');
    expect(forExec(TELLING).ru.exec('сообщил')?.[0]).toBe('сообщил');
  });
});

describe('count words', () => {
  it.each([
    [COUNT_RU, 'два', 2],
    [COUNT_RU, 'год', 1],
    [COUNT_RU, 'note', undefined],
    [COUNT_EN, 'ten', 10],
    [COUNT_EN, 'note', undefined],
  ] as const)('%#: %s → %s', (table, word, n) => {
    expect(table.get(word)).toBe(n);
  });

  it.each([
    [['два', 'двадцать', 'пять'], 'двадцать|пять|два'],
    [[], ''],
  ])('alternation of %j, longest first', (words, source) => {
    expect(countAlternation(words)).toBe(source);
  });
});
