import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a document named with its parties and subjects keeps the date of the participle that signed it', () => {
  it.each([
    ['ru: «соглашение между правительством области и правительством республики о …, … и …, подписанное в 2015 году»',
      'date: 2020-03-10\n\nГубернатор напомнил, что основой связей является соглашение между правительством Томской области и правительством Киргизской Республики о торгово-экономическом, научно-техническом и гуманитарном сотрудничестве, подписанное в 2015 году.',
      ['2015 past agreement «Губернатор напомнил,»']],
    ['en: "the agreement between the government of the region and the government of the republic on …, signed in 2015"',
      'date: 2020-03-10\n\nThe governor recalled that ties rest on the agreement between the government of the Tomsk region and the government of the Kyrgyz Republic on trade, economic, scientific and humanitarian cooperation, signed in 2015.',
      ['2015 past agreement «The governor»']],
    // Negative: a long-named document signed by a verb of its own keeps that verb's day.
    ['ru: a signing today of a document that entered into force later is dated today',
      'date: 2020-03-10\n\nСегодня губернатор и министр подписали соглашение между правительством Томской области и правительством Киргизской Республики о торгово-экономическом сотрудничестве.',
      ['2020-03-10 past agreement «Сегодня губернатор»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
