import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// "X has been operating since 2003": a dossier's way of telling when a base, a university or an office
// opened (event-lexicon.json, trigger "opened"). Every text is invented.
describe('an institution told as operating since a year opened that year', () => {
  it.each([
    ['en: the year after the verb', 'date: 2030-05-10\n\nThe Russian cultural centre in Osh has been operating since 2011.',
      ['2011 past other «The Russian»']],
    ['en: the year before the verb', 'date: 2030-05-10\n\nSince 2004, a Russian training centre in Tokmok has been functioning.',
      ['2004 past other «Since 2004,»']],
    ['en: a relative clause with the verb right before "since"', 'date: 2030-05-10\n\nThe depot near Osh, which the railway has operated since 2012, needs repairs.',
      ['2012 past other «The depot»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it.each([
    // Without "since" and a year, or with a year that is no start, the verb tells no opening.
    ['en', 'date: 2030-05-10\n\nThe plant has been working well for years.'],
    ['en', 'date: 2030-05-10\n\nThe office has been operating at a loss in 2029.'],
  ])('%s: %s tells no event', (_lang, text) => {
    expect(milestoneLines(text)).toEqual([]);
  });
});
