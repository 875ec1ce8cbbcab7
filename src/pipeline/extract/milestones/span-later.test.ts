import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "Two days later, the sides signed …", "Days later, parliament ratified …": a span counted from the step told before,
// of a known day. A count of days gives the day; a count of weeks, or a span whose count is not told, the month.
// Every text is invented.
describe('a step told as some days or weeks later than one of a known day', () => {
  it.each([
    ['en: "Two days later" is two days after the step before',
      'date: 2031-12-20\n\nJune: The premier met the Russian premier in Kazan on June 3. Two days later, the two sides signed a memorandum on labour migration.',
      ['2031-06-03 past meeting «June: The»', '2031-06-05 past agreement «Two days»']],
    ['en: "Days later", the count untold, is the month of the step before',
      'date: 2031-12-20\n\nMay: The president stood beside the Russian president at the May 9 parade in Moscow. Days later, lawmakers ratified the accession treaty.',
      ['2031-05-09 past meeting «May: The»', '2031-05 past agreement «Days later,»']],
    ['en: "A week later" is the month a week after the step before',
      'date: 2031-12-20\n\nJuly: The premier visited Moscow on July 28. A week later, the two sides signed a protocol on customs.',
      ['2031-07-28 past visit «July: The»', '2031-08 past agreement «A week»']],
    // Negative: a span with a date of its own is dated by that date; "later that day" is the same occasion.
    ['en: "Two days later, on June 14" keeps its own date',
      'date: 2031-12-20\n\nThe premier met the Russian premier in Kazan on June 3. Two days later, on June 6, the two sides signed a memorandum.',
      ['2031-06-03 past meeting «The premier»', '2031-06-06 past agreement «Two days»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
