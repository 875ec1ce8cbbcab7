import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "The announcement came the day before a summit … on February 4th": the day word dates what came
// before the gathering it names; the gathering takes the day the clause tells for it.
describe('a gathering named after a day word keeps its own day', () => {
  it.each([
    ['en: "the day before a summit … on February 4th"',
      'date: 2009-02-06\n\nOn February 3rd the president announced the closure of the depot. The announcement came the day before a summit of the bloc in Moscow on February 4th.',
      ['2009-02-04 past summit «The announcement»']],
    ['ru: «накануне саммита … 4 февраля»',
      'date: 2009-02-06\n\n3 февраля президент объявил о закрытии базы. Заявление прозвучало накануне саммита ОДКБ в Москве 4 февраля.',
      ['2009-02-03 past other «3 февраля»', '2009-02-04 past summit «Заявление прозвучало»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
