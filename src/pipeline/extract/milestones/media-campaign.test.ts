import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** Television of one side airing critical reports on the other's leaders, told with a date of its own, is a step in the relations (lexicon 'mediaCampaign', dated). */
describe('a media campaign told with its date', () => {
  it.each([
    ['en: "By <month> <year>, state television was airing reports critical of …"',
      'date: 2031-07-08\n\nBy May 2031, the neighbour\'s state television was airing reports critical of our finance minister almost nightly.',
      ['2031-05 past other «By May»']],
    ['en: "In 2029, the channels aired a barrage of critical reports"',
      'date: 2031-07-08\n\nIn 2029, the big channels aired a barrage of critical reports on the prime minister.',
      ['2029 past other «In 2029,»']],
    ['ru: «в феврале телеканалы показали критические сюжеты»',
      'date: 2031-07-08\n\nВ феврале федеральные телеканалы показали критические сюжеты о семье премьера.',
      ['2031-02 past other «В феврале»']],
    // Negative: undated, the campaign only describes the background.
    ['en: reports run "for weeks"', 'date: 2031-07-08\n\nThe ministry denied any role, though state television had run critical reports on the family for weeks.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
