import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// "plans to" marks a plan when it is a verb ("X plans to visit"); as a noun after a possessive
// ("Washington's plans to send troops") it names someone else's plan, and the clause stays past.
describe('"plans to" as a verb or as a noun', () => {
  it.each([
    ['en: a possessive noun', 'date: 2012-05-03\n\nThe two presidents held talks in Moscow on Thursday, a step likely to upset the alliance\'s plans to expand.', 'past'],
    ['en: "their plans to"', 'date: 2012-05-03\n\nThe ministers held talks in Bishkek on Thursday and set out their plans to build a plant.', 'past'],
    ['en: the verb', 'date: 2012-05-03\n\nThe minister plans to visit Bishkek.', 'planned'],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)[0]?.split(' ')[1]).toBe(want);
  });
});
