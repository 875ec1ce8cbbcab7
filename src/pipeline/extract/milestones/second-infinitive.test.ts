import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a second infinitive of an agreement (", and to sign …") is a plan of its own, with its own date', () => {
  it.each([
    ['en: "agreed to set up a commission …, and to sign a protocol … before the end of the year"',
      'date: 2005-03-10\n\nThe prime ministers agreed to set up a commission on tariffs, which is to report by May, and to sign a protocol on transit before the end of the year.',
      ['null planned agreement «The prime»', '2005 planned agreement «to sign»']],
    ['en: "agreed to hold a forum in June, and to sign a memorandum": the signing is planned, not done today',
      'date: 2005-03-10\n\nThe ministers met in Osh. The parties agreed to hold a business forum in June, and to sign a memorandum on tourism.',
      ['2005-03-10 past meeting «The ministers»', '2005-06 planned forum «The parties»', '2005-06 planned agreement «to sign»']],
    ['en: ", and the regions of both cities agreed to sign … next year": a new subject after a comma is a predicate of its own',
      'date: 2005-03-10\n\nThe ministers met in Osh. The mayors signed a plan on schools, and the regions of both cities agreed to sign a trade agreement next year.',
      ['2005-03-10 past meeting «The ministers»', '2005-03-10 past agreement «The mayors»', '2006 planned agreement «the regions»']],
    ['en: ", and the two leaders attended …": the same parties go on with the same occasion',
      'date: 2005-03-10\n\nThe presidents held talks in Osh on Monday, and the two leaders signed a declaration next to the old fortress.',
      ['2005-03-07 past agreement «The presidents»']],
    // Negative: "and to" before no verb of a plan cuts nothing.
    ['en: "and to everyone\'s surprise signed" stays one clause',
      'date: 2005-03-10\n\nThe ministers met in Osh and discussed trade, and to everyone\'s surprise signed a memorandum on tourism.',
      ['2005-03-10 past meeting «The ministers»', '2005-03-10 past agreement «discussed trade,»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
