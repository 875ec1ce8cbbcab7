import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// Three trigger phrasings of ordinary English newsroom copy: a register introduced with its date (a rule taking effect,
// counted only dated), a sum allocated to projects or loans (financing), troops to leave a base or centre (withdrawal).
describe('a register introduced, a sum allocated to projects, troops to leave a base', () => {
  it.each([
    ['en: a register introduced in a month of a year told before',
      'date: 2032-03-04\n\nQuarantine checks on fruit became stricter in 2031; among the new steps was a register of "unreliable exporters" introduced in June of that year.',
      ['2031-06 past other «among the»']],
    ['en: a registry launched in a month',
      'date: 2032-03-04\n\nA registry of seasonal workers was launched in January.',
      ['2032-01 past other «A registry»']],
    // Negative: a register named without a date of its own counts for nothing.
    ['en: a register introduced, no date',
      'date: 2032-03-04\n\nThe register introduced by the ministry has drawn criticism.',
      []],
    ['en: a fund to allocate a sum for projects in a year',
      'date: 2032-03-04\n\nA regional investment fund plans to allocate $75 million in 2032 for projects in dairy farming.',
      ['2032 planned other «A regional»']],
    ['en: a sum allocated to loans',
      'date: 2032-03-04\n\nLast year the bank allocated $30 million to loans for farmers.',
      ['2031 past other «Last year»']],
    // Negative: a sum allocated to a budget line is no financing between the sides.
    ['en: a sum allocated to salaries',
      'date: 2032-03-04\n\nThe ministry allocated $5 million to salaries.',
      []],
    // Negative: a sum for one project named is a detail of that project.
    ['en: a sum allocated to one project',
      'date: 2032-03-04\n\nThe republic will allocate $9 million to the project, the minister said.',
      []],
    // Negative: loans told as issued through banks tell how the fund works, no event.
    ['en: loans to be issued through banks',
      'date: 2032-03-04\n\nIts board chair stressed that farm loans will be issued via partner lenders, with no fixed ceiling.',
      []],
    ['en: troops to leave a base by a day',
      'date: 2032-03-04\n\nOfficials said the parliament met. The visiting troops must leave the facility by August 1, 2033.',
      ['2032-03-04 past meeting «Officials said»', '2033-08-01 planned other «The visiting»']],
    // Negative: troops leaving their barracks for an exercise.
    ['en: troops leave their barracks',
      'date: 2032-03-04\n\nThe troops will leave their barracks on Monday for an exercise.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
