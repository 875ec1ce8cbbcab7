import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

/** A sum given again in another currency («В сомах это …», "In roubles that is …") is no second dollar figure. */
describe('a conversion into another currency named by «в сомах» / "in soms"', () => {
  it.each([
    ['ru: «В сомах это около …» after a sum in dollars',
      'Товарооборот Кыргызстана и России за январь–май 2023 года составил 1,1 млрд долларов. В сомах это около 96 млрд.',
      ['trade_turnover 1100000000 2023-5M actual']],
    ['ru: «в рублях» keeps working as before',
      'Товарооборот Кыргызстана и России за январь–май 2023 года составил 1,1 млрд долларов. В рублях это около 90 млрд.',
      ['trade_turnover 1100000000 2023-5M actual']],
    ['en: "In soms, that is about …"',
      'Trade between Kyrgyzstan and Russia reached $1.1 billion in January-May 2023. In soms, that is about 96 billion.',
      ['trade_turnover 1100000000 2023-5M actual']],
  ])('%s', (_name, text, want) => {
    expect(figureLines(text, '2023-07-01')).toEqual(want);
  });
});
