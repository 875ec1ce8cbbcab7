import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../regex';
import { requiredLiterals, secondCues } from './cues';
import { TRIGGERS } from './lexicon';
import { lexiconOf } from './language';
import { ArticleCues, candidateTriggers, CueScanner, TRIGGER_CUES } from './trigger-cues';

describe('CueScanner: the cue literals a text holds, as a test per cue would find them', () => {
  it.each([
    ['none', ['визит', 'встреч'], 'стороны обсудили торговлю', []],
    ['one', ['визит', 'встреч'], 'в ходе визита в бишкек', ['визит']],
    ['a cue and its prefix at one position', ['визит', 'виз'], 'визит', ['визит', 'виз']],
    ['overlapping cues', ['межправ', 'правительств'], 'межправительственная', ['межправ', 'правительств']],
    ['a cue inside a longer one', ['переговор', 'говор'], 'переговоры', ['переговор', 'говор']],
    ['repeated cue', ['sign'], 'signed and signing', ['sign']],
  ])('%s', (_name, cues, text, want) => {
    const found = new CueScanner(cues).scan(text);
    expect([...found].sort()).toEqual([...want].sort());
    // The reference: one substring test per cue.
    expect([...found].sort()).toEqual(cues.filter((c) => text.includes(c)).sort());
  });

  it('knows which triggers own each cue', () => {
    for (const lang of ['ru', 'en'] as const) {
      const cues = TRIGGER_CUES[lang];
      TRIGGERS.forEach((t, i) => {
        // A trigger without cues is a candidate in every sentence.
        if (!t.re[lang].cues) expect(cues.always).toContain(i);
        else for (const c of t.re[lang].cues) expect(cues.owners.get(c)).toContain(i);
      });
    }
  });
});

describe('CueScanner: cues that count only at a word start', () => {
  it.each([
    ['inside a word', ['дн'], ['дн'], 'сегодня', []],
    ['at a word start', ['дн'], ['дн'], 'дни культуры', ['дн']],
    ['after a hyphen', ['лети'], ['лети'], '30-летие', ['лети']],
    ['after a digit', ['лети'], ['лети'], '30летие', ['лети']],
    ['after a letter of neither alphabet', ['зия'], ['зия'], 'ңзия', ['зия']],
    ['a cue sought anywhere, beside one at word starts', ['лка', 'визит'], ['визит'], 'ёлка перевизит', ['лка']],
    // «визит» has «виз» as a prefix, sought anywhere: it is sought anywhere too, so that at a
    // word start the longest cue is still the one found.
    ['a prefix sought anywhere', ['виз', 'визит'], ['визит'], 'визит', ['виз', 'визит']],
    ['a prefix sought anywhere, inside a word', ['виз', 'визит'], ['визит'], 'перевизит', ['виз', 'визит']],
    ['a prefix sought at word starts', ['виз', 'визит'], ['виз'], 'визит превизит', ['виз', 'визит']],
  ])('%s', (_name, cues, wordStart, text, want) => {
    expect([...new CueScanner(cues, new Set(wordStart)).scan(text)].sort()).toEqual([...want].sort());
  });
});

describe('TRIGGER_CUES.reach: the triggers one match of a cue makes candidates', () => {
  it.each(['ru', 'en'] as const)('%s: the owners of the cue and of every cue that is a prefix of it', (lang) => {
    const cues = TRIGGER_CUES[lang];
    for (const c of cues.owners.keys()) {
      const want = new Set([...cues.owners].filter(([p]) => c.startsWith(p)).flatMap(([, owners]) => owners));
      expect(new Set(cues.reach.get(c))).toEqual(want);
    }
  });
});

describe('candidateTriggers: the triggers a text may hold, as a test of each trigger\'s cues finds them', () => {
  it.each([
    ['ru', 'стороны обсудили торговлю'],
    ['ru', 'в ходе визита в бишкек президенты подписали соглашение и меморандум'],
    ['ru', 'погода была хорошей'],
    ['en', 'the presidents held talks and signed an agreement during the visit'],
    ['en', 'nothing happened'],
    // «дн» of `culture` counts at a word start only, not in «сегодня».
    ['ru', 'сегодня президенты провели переговоры'],
    ['ru', 'дни культуры киргизии открылись в москве'],
    ['en', 'the reelected president cut the ribbon at the inter-state council'],
    ['en', 'the president was re-elected in march and phoned his counterpart'],
    ['ru', 'в 30летие договора президенты увиделись'],
    // «обсудил» of `discussion` counts only with an official's word after it («министр»).
    ['ru', 'президент обсудил с министром торговлю'],
    ['ru', 'президент обсудил торговлю'],
    ['en', 'the agreement was reached on may 5'],
    ['en', 'the agreement was signed'],
  ] as const)('%s: %s', (lang, text) => {
    const cues = TRIGGER_CUES[lang];
    const has = (c: string) => (cues.wordStart.has(c) ? new RegExp(`(?<![\\p{L}])${escapeRegExp(c)}`, 'u').test(text) : text.includes(c));
    // A pattern counts where one of its cues occurs, and one of its second cues too when it has them.
    const counts = (p: string) => requiredLiterals(p)!.some(has) && (secondCues(p)?.some((c) => text.includes(c)) ?? true);
    const want = TRIGGERS.map((t, i) => (t.re[lang].cues === null || t.re[lang].patterns.some(counts) ? i : -1)).filter((i) => i >= 0);
    expect(candidateTriggers(cues, text)).toEqual(want);
  });
});

describe('ArticleCues: candidateTriggers of each sentence, from one scan of the article', () => {
  it.each([
    ['ru', 'президенты провели переговоры. погода была хорошей. стороны подписали соглашение о визите'],
    // A cue running past the sentence's end counts by its prefixes that fit («вступлени» cut at «вступ»).
    ['ru', 'в ходе виз|ита стороны обсудили вступ|ление'],
    ['en', 'the presidents met. they signed an agreement. nothing happened'],
    ['en', 'the meet|ing was held; the phone| talks on debt| relief'],
    ['ru', 'сегодня|дни культуры. перевизит'],
  ] as const)('%s: %s', (lang, marked) => {
    const text = marked.replace(/\|/g, ' ');
    // Sentences cut at each «.» or «|».
    const bounds: [number, number][] = [];
    let from = 0;
    for (let i = 0; i <= marked.length; i++) {
      if (i < marked.length && marked[i] !== '.' && marked[i] !== '|') continue;
      bounds.push([from, i]);
      from = i + 1;
    }
    const cues = new ArticleCues(TRIGGER_CUES[lang], text);
    for (const [a, b] of bounds) expect(cues.candidates(a, b, text.slice(a, b))).toEqual(candidateTriggers(TRIGGER_CUES[lang], text.slice(a, b)));
  });
});

describe('second cues: every match of a trigger holds both cues of one of its patterns', () => {
  // The lexicon's own test rows: each line of the milestone tests beside this file, most of them articles' sentences.
  const dir = dirname(fileURLToPath(import.meta.url));
  const lines = readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
  it.each(['ru', 'en'] as const)('%s: the triggers matching a line are among its candidates', (lang) => {
    const lex = lexiconOf(lang);
    let matched = 0;
    for (const line of lines) {
      const lower = line.toLowerCase();
      if (lower.length !== line.length) continue;
      const candidates = candidateTriggers(TRIGGER_CUES[lang], lower);
      TRIGGERS.forEach((t, i) => {
        if (!t.re[lang].mayMatch(lower) || lex.triggers[i]!.all(line, lower, true).length === 0) return;
        matched++;
        expect([t.key, line, candidates.includes(i)]).toEqual([t.key, line, true]);
      });
    }
    expect(matched).toBeGreaterThan(1000);
  });
});
