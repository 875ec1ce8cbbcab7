import { describe, expect, it } from 'vitest';
import { rx } from '../regex';
import { LowerDoc } from '../lower';
import { isLetter, openingLiterals, rememberSentence, WordGroups, WordMatcher } from './words';

describe('isLetter', () => {
  it('agrees with the case-insensitive letter class of the patterns on every UTF-16 code unit', () => {
    const letter = rx(/^[\p{L}]$/iu);
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isLetter(c) !== letter.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('WordMatcher.find', () => {
  // Plain words and stems are decided without their regex; the others run it. Both must give the regex's hits.
  const m = new WordMatcher({ word: ['ВВП', 'trade', 'non-CIS'], stem: ['экспорт*', 'invest*'], regex: ['рост(а|у)?', 'up(?! to)', 'more than'] });
  it.each([
    ['ВВП вырос', ['word 0-3']],
    ['ввпшка', []],
    ['Trade, trades and trade-offs', ['word 0-5', 'word 18-23']],
    ['экспорта и Экспортёры', ['stem 0-8', 'stem 11-21']],
    ['investment, reinvest', ['stem 0-10']],
    ['роста и ростом', ['regex 0-5']],
    ['up to 5, up 5', ['regex 9-11']],
    ['more  than 3', ['regex 0-10']],
    ['non-CIS trade', ['word 0-7', 'word 8-13']],
    ['tradeé', []],
  ])('%s', (text, want) => {
    expect(m.find(text).map((h) => `${h.tag} ${h.start}-${h.end}`)).toEqual(want);
  });
});

describe('WordGroups.find', () => {
  // One walk for several lists gives each list the hits its own matcher gives, even where lists share a word.
  const lists = { a: { x: ['рост*', 'trade'], y: ['рост(а|у)?'] }, b: { x: ['рост*', 'up(?! to)'], z: ['trade*'] } };
  const groups = new WordGroups(lists, (outs) => ({ a: outs[0]!, b: outs[1]! }));
  const own = { a: new WordMatcher(lists.a), b: new WordMatcher(lists.b) };
  it.each(['роста торговли', 'trade up 5%, trades up to 7%', 'Рост: рост, росту', ''])('%j', (text) => {
    expect(groups.find(text)).toEqual({ a: own.a.find(text), b: own.b.find(text) });
  });
});

describe('openingLiterals', () => {
  it.each([
    ['(можем|сможем) (выйти|достичь)', ['можем', 'сможем']],
    ['(мы )?(можем|должны) выйти', ['мы', 'можем', 'должны']],
    ['(be|been) raised to', ['be']],
    ['(have|has|had|stand|stands) chance', ['have', 'has', 'had', 'stand']],
    ['(talk*|Spoke) of', ['talk', 'spoke']],
    ['(ups?|down) by', ['up', 'down']],
    ['(a|an) rise', null],
    ['(?:can|could) talk', null],
    ['(можем|сможем)+ выйти', null],
    ['(все )?шанс*', ['все', 'шанс']],
    ['торгов*', null],
  ])('%s', (pattern, want) => {
    expect(openingLiterals(pattern)).toEqual(want);
  });
});

describe('WordMatcher.find with patterns that open with alternatives', () => {
  // Tried only at words where one of their alternatives starts; the hits are those of the regex tried at every word.
  const m = new WordMatcher({ target: ['(мы )?(можем|сможем) (выйти|достичь)', '(be|been) raised to'], stem: ['мы*'] });
  it.each([
    ['Мы можем выйти на 3 млрд', ['stem 0-2', 'target 0-14', 'target 3-14']],
    ['мы сможем достичь', ['stem 0-2', 'target 0-17', 'target 3-17']],
    ['Можем выйти', ['target 0-11']],
    ['it will be raised to $2bn, been raised to', ['target 8-20', 'target 27-41']],
    ['мыло можем', ['stem 0-4']],
  ])('%s', (text, want) => {
    expect(m.find(text).map((h) => `${h.tag} ${h.start}-${h.end}`)).toEqual(want);
  });
});

describe('rememberSentence', () => {
  const m = new WordMatcher({ word: ['ВВП', 'trade'], stem: ['экспорт*'] });
  const article = 'Вступление. ВВП и ЭКСПОРТ выросли, Trade too. İstanbul ВВП.';
  it.each([
    ['a sentence of an article whose lower case slices exactly', article, 12, 46],
    ['a sentence of one whose lower case does not («İ»)', article, 47, article.length],
  ])('%s: the same hits as its own lower case gives', (_n, text, start, end) => {
    const sentence = text.slice(start, end);
    const want = m.find(`${sentence} `.slice(0, -1));
    rememberSentence(sentence, new LowerDoc(text), start, end);
    expect(m.find(sentence)).toEqual(want);
    expect(want.length).toBeGreaterThan(0);
  });
});
