import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "The contract was signed in Bishkek in the presence of …": the signing just told, told again with its place or witnesses.
describe('a document noun pointing back, then its passive signing', () => {
  it.each([
    ['en: the contract was signed in the presence of', 'date: 2030-06-20\n\nThe two countries on Monday signed a contract under which the agency will build a satellite. The contract was signed in Bishkek in the presence of the president.', ['2030-06-17 past agreement «The two»']],
    ['ru: контракт был подписан в присутствии', 'date: 2030-06-20\n\nВ понедельник стороны подписали контракт на строительство спутника. Контракт был подписан в Бишкеке в присутствии президента.', ['2030-06-17 past agreement «В понедельник»']],
    // A signing of another day is told again only when its day is the same.
    ['en: signed on another day stays', 'date: 2030-06-20\n\nThe two countries signed a contract on a satellite in 2020. The contract was signed in Bishkek on Tuesday.', ['2020 past agreement «The two»', '2030-06-18 past agreement «The contract»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a passive signing in an undated article is not matched to another', () => {
  it('en: the agreement was signed last September, after a ratification today', () => {
    expect(run('Duma backs debt deal\n\nThe State Duma today ratified the agreement on the debt. The agreement was signed in Bishkek last September during the president\'s visit.').length).toBe(2);
  });
});
