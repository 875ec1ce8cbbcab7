import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A gathering proposed at another gathering: two events, each with its own date — the one the proposal was made at,
// and the one proposed (a plan).
describe('a gathering proposed at another one: cut before the verb of proposing', () => {
  it.each([
    ['ru: «в ходе весенней сессии … в апреле предложила провести в следующем году … форум»',
      'date: 2031-07-10\n\nПредседатель Совета Федерации в ходе весенней сессии Межпарламентской ассамблеи СНГ в апреле предложила провести в следующем году в Кыргызстане форум парламентариев.',
      ['2031-04 past forum «Председатель Совета»', '2032 planned forum «предложила провести»']],
    ['en: "During the spring session … in April the speaker proposed holding a forum … next year"',
      'date: 2031-07-10\n\nDuring the spring session of the CIS assembly in April the speaker proposed holding a forum of parliamentarians in Bishkek next year.',
      ['2031-04 past meeting «During the»', '2032 planned forum «proposed holding»']],
    // Negatives: a proposal alone is one plan; a proposal to meet in a month keeps its month.
    ['ru: «выступая на пленарном заседании, предложил провести следующий форум в будущем году» (no date before: one plan)',
      'date: 2031-09-07\n\nПремьер-министр, выступая на пленарном заседании, предложил провести следующий форум в будущем году в России.',
      ['2032 planned forum «Премьер-министр, выступая»']],
    ['en: "proposed holding a forum next year" alone', 'date: 2031-07-10\n\nThe speaker proposed holding a forum of parliamentarians in Bishkek next year.', ['2032 planned forum «The speaker»']],
    ['ru: «предложил провести заседание комиссии в сентябре»', 'date: 2031-07-10\n\nСпикер предложил провести заседание комиссии в сентябре.', ['2031-09 planned meeting «Спикер предложил»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
