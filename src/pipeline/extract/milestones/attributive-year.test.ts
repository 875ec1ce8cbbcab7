import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';
import { isAttributiveYear } from './subordinate';

// A year written before a noun after a determiner ("the 2012 agreements") is that thing's date:
// another date of the clause dates the event; alone, it still may.
describe('a year qualifying a noun', () => {
  it.each([
    ['In March 2019 the government scrapped the 2014 contracts with the Russian builder.', '2019-03 past'],
    ['In May 2018 the minister tore up the 2011 deal on the reservoir.', '2018-05 past'],
  ])('%s', (sentence, want) => {
    const lines = milestoneLines(`date: 2020-01-10\n\n${sentence}`);
    expect(lines.some((l) => l.startsWith(want))).toBe(true);
  });

  it.each([
    ['under the 2012 deal, the lease runs on', '2012', true],
    ['its 2014 agreement with Moscow', '2014', true],
    ['signed in 2014 in Moscow', '2014', false],
    ['the 2014 Moscow accord', '2014', false],
  ])('%s', (text, year, want) => {
    const start = text.indexOf(year);
    expect(isAttributiveYear(text, { start, end: start + 4, text: year, date: year } as never)).toBe(want);
  });
});

// A span of years right after a noun is that thing's period ("loans of 2001-2002"), not the day of the signing: the
// clause keeps the day of the article's narrative; after a preposition of time the span may still date the event.
describe('a span of years after a noun', () => {
  it.each([
    ['en: "a protocol on the loans of 2001-2002 was signed"', 'date: 2004-03-12\n\nThe ministers met in Bishkek on Friday. A protocol on repaying the loans of 2001-2002 was signed.', '2004-03-12 past agreement «A protocol»'],
    ['ru: «протокол по кредитам 2001–2002 годов»', 'date: 2004-03-12\n\nВ пятницу министры встретились в Бишкеке. Подписан протокол о погашении кредитов 2001–2002 годов.', '2004-03-12 past agreement «Подписан протокол»'],
    ['en: "in 2001-2002" still dates what is told', 'date: 2004-03-12\n\nThe two governments signed three protocols on fuel supplies in 2001-2002.', '2001 past agreement «The two»'],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toContain(want);
  });
});

// Two dated events in one clause parted by "following" / "after" are two events.
describe('two dated events joined by a preposition of sequence', () => {
  it('en: "won a landslide in the June 4 vote following the February uprising"', () => {
    const lines = milestoneLines('date: 2011-06-20\n\nThe general, who won a landslide in the June 4 vote following the February uprising that ousted the cabinet, met the envoy.');
    expect(lines.filter((l) => l.startsWith('2011-06-04 past other'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('2011-02 past other'))).toHaveLength(1);
  });
});
