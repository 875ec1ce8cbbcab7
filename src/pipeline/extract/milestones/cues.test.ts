import { describe, expect, it } from 'vitest';
import raw from '../../knowledge/event-lexicon.json';
import { rx } from '../regex';
import { cuesOf, requiredLiterals } from './cues';

describe('requiredLiterals: literals one of which every match holds', () => {
  it.each([
    ['визит\\p{L}*', 'визита', ['визит']],
    ['прибыл(?:а|и)?', 'прибыли', ['прибыл']],
    ['parades?', 'parade', ['parade']],
    ['trip to', 'a trip to Bishkek', ['trip to']],
    ['Визит', 'Визит', ['визит']],
    ['(?:send|sent|deploy) (?:[\\p{L}-]+ ){0,2}(?:troops|forces)', 'sent more troops', ['troops', 'forces']],
    ['(?:hosted|welcomed) (?:a |the )?(?:[\\p{L}-]+ ){0,4}(?:delegation|head)s?', 'hosted the delegation', ['hosted', 'welcomed']],
    ['при[её]м\\p{L}* (?:[\\p{L}-]+ ){0,2}(?:делегаци\\p{L}*|посл(?:а|ов))', 'приём посла', ['делегаци', 'посл']],
    ['(?<name>встреч)\\p{L}*', 'встреча', ['встреч']],
    ['x{0,2}yz', 'yz', ['yz']],
    ['ab+cd', 'abbbcd', ['ab']],
    ['[её]лка', 'ёлка', ['лка']],
    ['\\d{1,3}\\s*-?\\s*лети\\p{L}*', '30-летие', ['лети']],
    ['визит|встреч\\p{L}*', 'встречи', ['визит', 'встреч']],
    ['(?:continue|resume) (?:the )?(?:discussion|dialogue)s?', 'resume the dialogue', ['discussion', 'dialogue']],
  ])('%s', (pattern, sample, expected) => {
    expect(requiredLiterals(pattern)).toEqual(expected);
    // The sample matches, and holds one of the cues.
    expect(rx(pattern, 'u').test(sample)).toBe(true);
    expect(expected.some((c) => sample.toLowerCase().includes(c))).toBe(true);
  });

  it.each([
    ['a(?:bc|)d'],
    ['(?=визит)\\p{L}+'],
    ['(?:визит)?\\p{L}+'],
    ['\\p{L}+ (?:a|b)'],
    ['.'],
  ])('%s has none', (pattern) => {
    expect(requiredLiterals(pattern)).toBeNull();
  });
});

describe('cuesOf', () => {
  it('joins the cues of a list, or gives none when one pattern has none', () => {
    expect(cuesOf(['визит\\p{L}*', 'поездк\\p{L}*', 'визит'])).toEqual(['визит', 'поездк']);
    expect(cuesOf(['визит', '\\p{L}+'])).toBeNull();
  });

  it('finds cues for every trigger of the event lexicon', () => {
    const without = raw.triggers.flatMap((t) => (['ru', 'en'] as const).filter((l) => cuesOf(t[l]) === null).map((l) => `${t.key}/${l}`));
    expect(without).toEqual([]);
  });
});
