import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// A trigger told in passing counts only with a date of its own ('dated': a currency introduced, a border closed, an
// election). On a page with no year anywhere, the day and month the clause tells are that date even though no mention
// can carry it: the event is told, of a date the timeline cannot place (null).
describe('a dated trigger with its day and month on a page without a year', () => {
  it.each([
    ['ru: «С понедельника, 10 мая, введена национальная валюта»',
      'source: Газета\n\nВалюта\n\nС понедельника, 10 мая, в республике введена национальная валюта — тенге. Обмен продлится неделю.',
      ['null past other «С понедельника,»']],
    ['en: "On May 10 the republic introduced its own currency"',
      'source: Gazette\n\nCurrency\n\nOn May 10 the republic introduced its own currency, the tenge. The exchange will last a week.',
      ['null past other «On May»']],
    // Negative: with no day told, the trigger told in passing stays none; with a year on the page, the date rules decide.
    ['ru: a currency introduced with no day of its own stays none',
      'source: Газета\n\nВалюта\n\nРеспублика ввела национальную валюту, напомнил министр. Обмен продлится неделю.',
      []],
    ['ru: on a dated page the day resolves as before',
      'date: 1993-05-12\n\nС понедельника, 10 мая, в республике введена национальная валюта — тенге.',
      ['1993-05-10 past other «С понедельника,»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
