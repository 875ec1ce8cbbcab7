import { describe, expect, it } from 'vitest';
import { byFirstLetter, cueTest } from './cues';

describe('byFirstLetter', () => {
  it.each([
    ['one word stays as it is', ['вчера'], 'вчера'],
    ['words with one first letter share it', ['вчера', 'весн', 'сегодня'], 'в(?:чера|есн)|сегодня'],
    ['first letters are grouped whatever their case', ['January', 'june', 'July'], 'j(?:anuary|une|uly)'],
    ['regex syntax after the first letter is kept', ['ма[йяе]', 'март', 'days?\\b'], 'м(?:а[йяе]|арт)|days?\\b'],
    ['a quantified first letter is not split', ['a?b', 'ab'], 'ab|a?b'],
    ['an alternative with an alternation of its own is kept whole', ['дн(е|ё)м', 'a|b', 'день'], 'день|дн(е|ё)м|a|b'],
    ['an alternative not opening with a letter is kept whole', ['\\d+ days', '(?:a|b)c', 'day'], 'day|\\d+ days|(?:a|b)c'],
  ])('%s', (_name, words, expected) => {
    expect(byFirstLetter(words)).toBe(expected);
  });
});

describe('cueTest', () => {
  // Cues opening with a Latin letter, a Cyrillic one and neither («\\d+ дн»): each part tested in turn.
  const cues = ['вчера', 'весн', 'ма[йяе]', 'март', 'January', 'days?\\b', 'на лето', '\\d+ дн', 'a?лето'];
  const plain = new RegExp(cues.join('|'), 'iu');
  it.each([
    ['Вчера министры встретились.', true],
    ['Весной пройдёт форум.', true],
    ['В МАЕ прошёл саммит.', true],
    ['Планы на лето.', true],
    ['In JANUARY the talks resumed.', true],
    ['Two days later.', true],
    ['The daysX file.', false],
    ['Встреча прошла в Оше.', false],
    ['', false],
    ['Через 5 дней.', true],
    ['Всё лето.', true],
    ['A Russian sentence with "January" quoted: январские морозы.', true],
    ['Only Latin letters, no cue here.', false],
    ['Five dayſ (a long s folds into s).', true],
    ['1 2 3 — .', false],
  ])('%s → %s, as the plain alternation', (text, expected) => {
    expect(cueTest(cues).test(text)).toBe(expected);
    expect(plain.test(text)).toBe(expected);
  });
});
