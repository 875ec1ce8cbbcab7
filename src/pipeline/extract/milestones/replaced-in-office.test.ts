import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('one official replacing another, dated, is an appointment', () => {
  it.each([
    ['en: "who replaced X in May"',
      'date: 2024-10-29\n\nThe new agriculture minister, Oksana Lut, who replaced Dmitry Patrushev in May, has said little about the region.',
      ['2024-05 past other «The new»']],
    ['en: "succeeded X as minister last year"',
      'date: 2024-10-29\n\nThe envoy succeeded Nikolai Udovichenko as ambassador last year.',
      ['2023 past other «The envoy»']],
    ['ru: «в мае сменившая на посту X»',
      'date: 2024-10-29\n\nОксана Лут, в мае сменившая на посту Дмитрия Патрушева, встретилась с фермерами.',
      ['2024-05 past other «Оксана Лут,»']],
    ['en: rules that replaced norms name no official',
      'date: 2024-10-29\n\nThe new rules replaced Soviet norms in May.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
