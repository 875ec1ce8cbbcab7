import { describe, expect, it } from 'vitest';
import { CueFamily } from './cue-family';
import { WordMatcher } from './lexicon';

const visit = new WordMatcher(['визит\\p{L}*', 'прибыл(?:а|и)?']);
const talks = new WordMatcher(['переговор\\p{L}*']);
const arrivals = new WordMatcher(['прибы\\p{L}*']);
const cueless = new WordMatcher(['\\d+']);
const family = new CueFamily([visit, talks, arrivals]);

describe('CueFamily.mayMatch: false only where no matcher of the family can match', () => {
  it.each([
    ['Визит в Бишкек', family, true],
    ['Министр прибыла в Бишкек', family, true],
    ['Министр прибывает в Бишкек', family, true],
    ['Переговоры прошли в Москве', family, true],
    ['Стороны подписали соглашение', family, false],
    ['', family, false],
    // A cue inside a word lets the family through; its matchers then find nothing.
    ['Перевизитка', family, true],
    // A member without cues may match anywhere; a family without members nowhere.
    ['Стороны подписали соглашение', new CueFamily([visit, cueless]), true],
    ['Стороны подписали соглашение', new CueFamily([]), false],
  ] as const)('«%s»', (text, f, want) => {
    expect(f.mayMatch(text.toLowerCase())).toBe(want);
  });

  it.each([['Визит в Бишкек'], ['Стороны подписали соглашение'], ['переговоры и визит'], ['Прибыли 3 раза'], ['Прибывшие на переговоры'], ['перевизитка']])(
    '«%s»: where the family may not match, no member finds anything',
    (text) => {
      for (const members of [[visit, talks, arrivals], [visit, talks, arrivals, cueless], [talks]]) {
        if (!new CueFamily(members).mayMatch(text.toLowerCase())) for (const m of members) expect(m.all(text)).toEqual([]);
      }
    },
  );
});
