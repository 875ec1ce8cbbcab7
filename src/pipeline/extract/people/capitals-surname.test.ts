import { describe, expect, it } from 'vitest';
import { namesIn as names } from './test-names';

/** A surname written in capitals («TASHIEV:» opening an interview's answers) is no common word of the text. */
describe('a surname in capitals', () => {
  it.each([
    ['a speaker label in capitals keeps the headline’s surname', 'Абылгазиев ответил на вопросы читателей\n\nАБЫЛГАЗИЕВ: Цех откроется весной, сырьё уже закуплено.', 'ru', '2018-06-01', ['Мухаммедкалый Абылгазиев']],
  ] as const)('%s', (_name, text, language, date, want) => {
    expect(names(text, language, date)).toEqual(want);
  });
});
