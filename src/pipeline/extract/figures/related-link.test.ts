import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('a related article\'s headline under «Читайте также:» / "Related:" gives no figure', () => {
  it.each([
    ['ru: a bulleted list under the label', '2022-06-01',
      'Товарооборот России и Кыргызстана в 2021 году составил 2,5 млрд долларов.\n\nЧитайте также:\n• Россия и Кыргызстан намерены довести товарооборот до 4 млрд долларов',
      ['trade_turnover 2500000000 2021 actual']],
    ['en: a headline on the label\'s line', '2022-06-01',
      'Trade between Russia and Kyrgyzstan reached $2.5 billion in 2021.\n\nRead also: Russia and Kyrgyzstan aim to bring trade to $4 billion',
      ['trade_turnover 2500000000 2021 actual']],
    // The article's own sentence after the list, past a blank line, is read.
    ['ru: a paragraph after the list', '2022-06-01',
      'Читайте также:\n• Президенты провели переговоры\n\nТоварооборот России и Кыргызстана в 2021 году составил 2,5 млрд долларов.',
      ['trade_turnover 2500000000 2021 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
