import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "His last trip to the capital was in May 2013": a trip ranked last with a date of its own that no event told has is the
// trip before the present one (a correction note often tells it), not the present trip characterised.
describe('a last trip told with a date of its own is an earlier trip', () => {
  it.each([
    ['en: "His last trip … was in <month year>"',
      'date: 2032-06-09\n\nThe premier held talks with the chancellor in Osh on Wednesday.\n\nHis last trip to Osh was in April 2027.',
      ['2032-06-09 past meeting «The premier»', '2027-04 past visit «His last»']],
    ['en: in a correction note',
      'date: 2032-06-09\n\nThe premier held talks with the chancellor in Osh on Wednesday.\n\nCorrection: An earlier version of this story said the chancellor last came in 2029. His last visit to Osh was in April 2027.',
      ['2032-06-09 past meeting «The premier»', '2027-04 past visit «His last»']],
    ['ru: «Его последний визит … состоялся в <месяц год>»',
      'date: 2032-06-09\n\nПремьер провел переговоры с канцлером в Оше в среду.\n\nЕго последний визит в Ош состоялся в апреле 2027 года.',
      ['2032-06-09 past meeting «Премьер провел»', '2027-04 past visit «Его последний»']],
    // Negative: the last trip characterised without a date of its own is the present one.
    ['ru: «Это его последний визит» without a date',
      'date: 2032-06-09\n\nПремьер провел переговоры с канцлером в Оше в среду.\n\nЭто его последний визит в Ош в должности канцлера.',
      ['2032-06-09 past meeting «Премьер провел»', '2032-06-09 past visit «Это его»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
