import { describe, expect, it } from 'vitest';
import { LowerDoc } from './lower';

describe('LowerDoc: the lower case of any span, as lower-casing the span would give it', () => {
  it.each([
    ['plain Russian and English', 'Вчера В Бишкеке. The Ministers MET.'],
    ['a character that grows when lower-cased', 'İstanbul: Министр ПРИБЫЛ.'],
    ['a capital sigma, lower-cased by its neighbours', 'ΟΔΟΣ ΑΘΗΝΑΣ. Визит.'],
    ['empty', ''],
  ])('%s', (_, text) => {
    const lower = new LowerDoc(text);
    for (let a = 0; a <= text.length; a++) for (let b = a; b <= text.length; b++) expect(lower.of(a, b)).toBe(text.slice(a, b).toLowerCase());
  });

  it('keeps the whole lower case only when slices of it are exact', () => {
    expect(new LowerDoc('Визит В Москву').lower).toBe('визит в москву');
    expect(new LowerDoc('İ').lower).toBeNull();
    expect(new LowerDoc('ΟΔΟΣ').lower).toBeNull();
  });
});
