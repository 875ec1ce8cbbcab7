import { describe, expect, it } from 'vitest';
import lexicon from '../../knowledge/figures-lexicon.json';
import { SENTENCE_WORDS } from './lexicon';
import { WordMatcher } from './words';

describe('SENTENCE_WORDS', () => {
  // Its record of hits names each list's hits by that list (the record is written out by position).
  const own = {
    subjects: new WordMatcher(lexicon.subjects),
    growth: new WordMatcher({ up: lexicon.growthUp, down: lexicon.growthDown }),
    kinds: new WordMatcher(lexicon.kind),
    qualifiers: new WordMatcher(lexicon.qualifiers),
    numbers: new WordMatcher({ number: Object.keys(lexicon.numberWords) }),
  };
  it.each([
    'За год взаимная торговля увеличилась примерно вдвое, до 2 с лишним млрд долларов, при цели в 5 млрд.',
    'Trade fell by more than a third to $1.5 billion; the target is two billion dollars.',
    '',
  ])('%j', (text) => {
    const hits = SENTENCE_WORDS.find(text);
    expect(Object.keys(hits)).toEqual(Object.keys(own));
    for (const [name, matcher] of Object.entries(own)) expect(hits[name as keyof typeof hits]).toEqual(matcher.find(text));
  });
});
