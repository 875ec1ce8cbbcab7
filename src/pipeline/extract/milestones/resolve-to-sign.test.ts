import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «подтвердили настрой на подписание программы», 'confirmed their readiness to sign a plan': a document still to be signed, a plan with no date of its own.
describe('a resolve or readiness to sign', () => {
  it.each([
    ['ru: «настрой на подписание»', 'date: 2030-06-20\n\nМинистры культуры подтвердили настрой на подписание программы обменов между театрами.', ['null planned agreement «Министры культуры»']],
    ['en: "readiness to sign"', 'date: 2030-06-20\n\nThe culture ministers confirmed their readiness to sign a theatre exchange programme.', ['null planned agreement «The culture»']],
    ['en: "intention to sign" with a month of its own', 'date: 2030-06-20\n\nThe sides confirmed their intention to sign the treaty in September.', ['2030-09 planned agreement «The sides»']],
    // Negative: a document signed stays a signing of the day.
    ['ru: «подписали программу» stays past', 'date: 2030-06-20\n\nСегодня министры подписали программу сотрудничества на 2031-2032 годы.', ['2030-06-20 past agreement «Сегодня министры»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
