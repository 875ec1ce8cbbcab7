import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe("a trip told in reported speech ('said … would travel to Moscow') is a planned visit", () => {
  it.each([
    ['en: "said a delegation would travel to Moscow in May"',
      'date: 2031-04-14\n\nThe deputy premier said on Tuesday that a delegation would travel to Moscow in May to negotiate on the duties.',
      ['2031-05 planned visit «The deputy»']],
    ['en: "would travel to Moscow in the coming days": a plan with no date told',
      'date: 2031-04-14\n\nThe deputy premier told reporters that a delegation would travel to Moscow "in the coming days".',
      ['null planned visit «The deputy»']],
    // Negatives: a counterfactual trip is none; the reported trip in Russian is told by its own verb.
    ['en: "would travel to Moscow if invited" is no plan',
      'date: 2031-04-14\n\nHad he been invited, the premier would travel to Moscow.',
      []],
    ['ru: «делегация отправится в Москву в мае»',
      'date: 2031-04-14\n\nВице-премьер сообщил, что делегация отправится в Москву в мае.',
      ['2031-05 planned visit «Вице-премьер сообщил,»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
