import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// «с учётом положений договора», "the union treaty provisions": a document cited by its provisions is no signing.
describe('a document named by its provisions', () => {
  it.each([
    ['en: "take into account the union treaty provisions"',
      'date: 2020-02-11\n\nThe prime ministers spoke by phone on Tuesday. He asked his counterpart to take into account the union treaty provisions when applying the new customs rules.',
      ['2020-02-11 past meeting «The prime»']],
    ['ru: «с учётом положений договора о союзе»',
      'date: 2020-02-11\n\nВо вторник премьер-министры провели телефонный разговор. Премьер попросил применять новые таможенные правила с учётом положений договора о союзе.',
      ['2020-02-11 past meeting «Во вторник»']],
    // Kept: the provisions of a treaty told with its signing.
    ['en: provisions of a treaty signed that day',
      'date: 2020-02-11\n\nThe prime ministers met in Osh on Tuesday. The provisions of the new treaty signed on Tuesday cover transit.',
      ['2020-02-11 past meeting «The prime»', '2020-02-11 past agreement «The provisions»']],
    ['ru: provisions of a treaty named with its date',
      'date: 2020-02-11\n\nДекларация развивает положения Договора о дружбе от 5 мая 1995 года.',
      ['2020-02-11 past agreement «Декларация развивает»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
