import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "intends to ratify" is a plan, as «намерена ратифицировать» is: no date of its own, not the article's day.
describe('"intends to" marks a plan', () => {
  it.each([
    ['en: "stressed that the Duma intends to ratify the agreement"',
      'date: 2031-04-09\n\nHe stressed that the State Duma intends to ratify the agreement on the status of the joint base.',
      ['null planned agreement «He stressed»']],
    ['ru: «подчеркнул, что Госдума намерена ратифицировать соглашение»',
      'date: 2031-04-09\n\nОн подчеркнул, что Госдума намерена ратифицировать соглашение о статусе базы.',
      ['null planned agreement «Он подчеркнул,»']],
    ['en: "intends to sign the agreement in May" keeps its month',
      'date: 2031-04-09\n\nThe government intends to sign the agreement on the joint base in May.',
      ['2031-05 planned agreement «The government»']],
    // Negative: a document ratified today is no plan.
    ['en: "the Duma ratified the agreement today"',
      'date: 2031-04-09\n\nThe State Duma today ratified the agreement on the status of the joint base.',
      ['2031-04-09 past agreement «The State»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
