import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// Upheavals named only as «события» / "events" with their date («баткенские события 1999 года»,
// «события 7 апреля», "the events of April 2010") are the domestic events themselves; without a
// date of their own («следим за развитием событий») they are no milestone.
describe('events named by «события» / "events" with a date', () => {
  it.each([
    ['ru: «после событий 7 апреля»',
      'date: 2010-06-20\n\nЦены на бензин выросли сильнее, чем после событий 7 апреля.',
      ['2010-04-07 past other «Цены на»']],
    ['ru: «о ферганских событиях 2001 года» (adjective of a place)',
      'date: 2004-06-20\n\nМинистр напомнил о ферганских событиях 2001 года.',
      ['2001 past other «Министр напомнил»']],
    ['ru: «после событий в мае прошлого года»',
      'date: 2011-06-20\n\nЗакон был изменён после событий в мае прошлого года, когда сменилось правительство.',
      ['2010-05 past other «Закон был»']],
    ['ru: «о событиях ноября 2019 года»',
      'date: 2021-06-20\n\nРечь идёт о событиях ноября 2019 года на юге страны.',
      ['2019-11 past other «Речь идёт»']],
    ['en: "since the events of March 2009"',
      'date: 2012-06-20\n\nFuel prices in Osh have doubled since the events of March 2009.',
      ['2009-03 past other «Fuel prices»']],
    ['en: "after the May 2011 events"',
      'date: 2012-06-20\n\nThe border post was reinforced after the May 2011 events in the south.',
      ['2011-05 past other «The border»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it.each([
    ['ru', 'date: 2012-06-20\n\nМы будем внимательно следить за развитием событий в регионе.'],
    ['ru', 'date: 2012-06-20\n\nПосол рассказал о предстоящих событиях культурной программы.'],
    ['en', 'date: 2012-06-20\n\nThe ministers discussed recent events in the region.'],
  ])('%s: %s', (_lang, text) => {
    expect(milestoneLines(text)).toEqual([]);
  });
});
