import { describe, expect, it } from 'vitest';
import { namesIn as names } from './test-names';

/** A surname alone that two officials in office at once share (Armenia's president and its prime minister, 2008–2014). */
describe('a bare surname of namesakes in office together', () => {
  it.each([
    ['dated: the head of state', 'На встрече в Ереване Саргсян поддержал проект дороги.', 'ru', '2011-09-14', ['Серж Саргсян']],
    ['a title says which', 'Премьер-министр Саргсян поддержал проект дороги.', 'ru', '2011-09-14', ['Тигран Саргсян']],
    ['no date, a year in the text', 'In 2010 Sargsyan backed the road project, officials in Yerevan said.', 'en', null, ['Серж Саргсян']],
    ['no year at all: the one ever head of state', 'Sargsyan backed the road project, officials in Yerevan said.', 'en', null, ['Серж Саргсян']],
  ] as const)('%s', (_name, text, language, date, want) => {
    expect(names(text, language, date)).toEqual(want);
  });
});
