import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CombinationMatcher, EXCLUSIONS } from './exclusions';
import { MARKERS, WordMatcher } from './lexicon';

// A combination matcher finds what the whole list finds: the patterns whose cues a text lacks match nowhere in it.
describe('CombinationMatcher: the matches of the whole list', () => {
  const patterns = ['визит\\p{L}*', 'after (?:the )?talks', 'talks (?:[\\p{L}-]+ ){0,2}in (?:moscow|osh)', 'signed (?:an |a )?(?:appeal|petition)', '\\d+-летие', 'talks? (?:were|was) held', 'Дн(?:и|ей) \\p{Lu}\\p{L}+', '(?:[\\p{L}-]+ )?meeting'];
  const whole = new WordMatcher(patterns);
  const combined = new CombinationMatcher(patterns);
  it.each([
    ['nothing here'],
    ['After the talks, they signed a petition'],
    ['the talks were held after talks'],
    ['перевизиты и визит к 30-летие'],
    ['Прошли Дни Кыргызстана, визит'],
    ['прошли дни кыргызстана'],
    ['a bilateral meeting after the talks was held'],
    ['signed an appeal; signed a petition; talk was held'],
    ['Визит в İstanbul after talks'],
    // The second cue («moscow», «osh») of a pattern whose first («talks») is there: run only with both.
    ['talks were held in Moscow'],
    ['talks were held in Bishkek'],
  ] as const)('«%s»', (text) => {
    const lower = text.toLowerCase();
    expect(combined.all(text, lower)).toEqual(whole.all(text));
    // Asked again (the combination's matcher kept), the same.
    expect(combined.all(text, lower)).toEqual(whole.all(text));
  });
});

// Lists longer than a key word (32 patterns), than the old key of three 26-bit words (78) and than four words: the
// patterns past the filler are still run only by their cues, with the whole list's matches.
describe.each([55, 80, 130])('CombinationMatcher: a list of %i filler patterns and four more', (fillers) => {
  const filler = Array.from({ length: fillers }, (_, i) => `заглушк${'а'.repeat(1 + (i % 3))}${String.fromCharCode(0x430 + (i % 30))}${i}`);
  const patterns = [...filler, 'визит\\p{L}*', 'after (?:the )?talks', '\\d+-летие', 'signed (?:an |a )?petition'];
  const whole = new WordMatcher(patterns);
  const combined = new CombinationMatcher(patterns);
  it.each([
    ['nothing here'],
    ['After the talks, they signed a petition'],
    ['визит к 30-летие'],
    ['визит после talks и заглушкаа1'],
    [`${filler[fillers - 2]!} и after talks`],
  ])('«%s»', (text) => {
    const lower = text.toLowerCase();
    expect(combined.all(text, lower)).toEqual(whole.all(text));
    expect(combined.all(text, lower)).toEqual(whole.all(text));
  });
  it('finds a pattern past the filler', () => {
    expect(combined.all('After the talks', 'after the talks').length).toBe(1);
  });
});

describe('EXCLUSIONS: the lexicon exclusions by combination', () => {
  it.each([
    ['ru', 'Министр встретился с беженцами и подписал обращение к президенту'],
    ['ru', 'Спасибо за беседу. Визит продолжится завтра'],
    ['ru', 'Президенты подписали соглашение'],
    ['en', 'She met with displaced residents and signed a petition'],
    ['en', 'An earlier version of this story incorrectly said that the treaty was signed'],
    ['en', 'Putin met Japarov in Moscow'],
  ] as const)('%s: «%s»', (lang, text) => {
    expect(EXCLUSIONS[lang].all(text, text.toLowerCase())).toEqual(MARKERS.exclude[lang].all(text));
  });

  // The lexicon's own test rows: each line of the milestone tests beside this file, most of them articles' sentences.
  const dir = dirname(fileURLToPath(import.meta.url));
  const lines = readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
  it.each(['ru', 'en'] as const)('%s: every line of the milestone tests, as the whole list finds', (lang) => {
    let found = 0;
    for (const line of lines) {
      const want = MARKERS.exclude[lang].all(line);
      found += want.length;
      expect([line, EXCLUSIONS[lang].all(line, line.toLowerCase())]).toEqual([line, want]);
    }
    expect(found).toBeGreaterThan(100);
  });

  it('a text with an exclusion finds it', () => {
    expect(EXCLUSIONS.en.all('She met with displaced residents', 'she met with displaced residents').length).toBeGreaterThan(0);
  });
});
