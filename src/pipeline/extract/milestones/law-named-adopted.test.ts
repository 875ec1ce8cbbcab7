import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/**
 * A law named by the participle of its adoption with its date between («принятого в 2023 году закона …») tells the law
 * adopted then (lexicon 'lawNamedAdopted'); with no date it only names the law. Every text is invented.
 */
describe('a law named by its adoption and its date', () => {
  it.each([
    ['ru: «принятого в 2027 году конституционного закона …»',
      'date: 2031-06-10\n\nМы следим за применением принятого в 2027 году конституционного закона о местном самоуправлении.',
      ['2027 past other «Мы следим»']],
    ['ru: «Принятый в прошлом году закон …» as the subject',
      'date: 2031-06-10\n\nПринятый в прошлом году закон о пастбищах обязал фермеров регистрировать стада.',
      ['2030 past other «Принятый в»']],
  ] as const)('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    ['ru: «принятый закон» without a date only names it', 'date: 2031-06-10\n\nПринятый закон о пастбищах отвечает интересам фермеров.'],
  ] as const)('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});
