import { describe, expect, it } from 'vitest';
import type { Language } from '../../../schema/dataset';
import { CLAUSE_BREAKS, COORDINATED_VERB, DEMONSTRATIVE, MARKERS, TRIGGERS } from './lexicon';
import { COORDINATION_GATE } from './clauses';
import { backgroundWords } from './background';
import { irrealisWords } from './irrealis';
import { ITEM_DOCUMENT } from './timeline-document';
import { EXCLUSIONS } from './exclusions';
import { languageLexicon, lexiconOf } from './language';

const LANGS: Language[] = ['ru', 'en'];

describe('languageLexicon', () => {
  // Each field of one language's lexicon and the table entry it must be (the same instance).
  const fields: [string, (lang: Language) => unknown, (lang: Language) => unknown][] = [
    ['demonstrative', (l) => languageLexicon(l).demonstrative, (l) => DEMONSTRATIVE[l]],
    ['clauseBreaks', (l) => languageLexicon(l).clauseBreaks, (l) => CLAUSE_BREAKS[l]],
    ['coordinationGate', (l) => languageLexicon(l).coordinationGate, (l) => COORDINATION_GATE[l]],
    ['coordinatedVerb', (l) => languageLexicon(l).coordinatedVerb, (l) => COORDINATED_VERB[l]],
    ['itemDocument', (l) => languageLexicon(l).itemDocument, (l) => ITEM_DOCUMENT[l]],
    ['exclusions', (l) => languageLexicon(l).exclusions, (l) => EXCLUSIONS[l]],
  ];
  // The builders of a module's words: every field is that module's table entry for the language.
  const groups: [string, (lang: Language) => object, (lang: Language) => object][] = [
    ['background', (l) => languageLexicon(l).background, backgroundWords],
    ['irrealis', (l) => languageLexicon(l).irrealis, irrealisWords],
  ];
  for (const lang of LANGS) {
    it.each(fields)(`${lang}: %s is the table's entry`, (_, got, want) => expect(got(lang)).toBe(want(lang)));
    it.each(groups)(`${lang}: %s holds its module's entries`, (_, got, want) => {
      const [a, b] = [got(lang), want(lang)];
      expect(Object.keys(a)).toEqual(Object.keys(b));
      for (const k of Object.keys(a)) expect(a[k as keyof typeof a]).toBe(b[k as keyof typeof b]);
    });
    it(`${lang}: triggers in TRIGGERS' order, markers by name`, () => {
      const lex = languageLexicon(lang);
      expect(lex.lang).toBe(lang);
      expect(lex.triggers).toHaveLength(TRIGGERS.length);
      TRIGGERS.forEach((t, i) => expect(lex.triggers[i]).toBe(t.re[lang]));
      for (const k of Object.keys(MARKERS) as (keyof typeof MARKERS)[]) expect(lex.markers[k]).toBe(MARKERS[k][lang]);
    });
  }

  it('gives both languages the same keys in the same order (one shape)', () => {
    const [ru, en] = LANGS.map(languageLexicon);
    expect(Object.keys(ru!)).toEqual(Object.keys(en!));
    expect(Object.keys(ru!.markers)).toEqual(Object.keys(en!.markers));
    for (const [, get] of groups) expect(Object.keys(get('ru'))).toEqual(Object.keys(get('en')));
  });

  it('lexiconOf builds each language once', () => {
    expect(lexiconOf('ru')).toBe(lexiconOf('ru'));
    expect(lexiconOf('en')).toBe(lexiconOf('en'));
    expect(lexiconOf('en').lang).toBe('en');
  });
});
