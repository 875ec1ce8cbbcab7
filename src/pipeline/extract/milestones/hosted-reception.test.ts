import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A reception, dinner or lunch given by a named host ('a reception hosted by the president', «приём, который дал губернатор») is a step of the programme.
describe('a reception given by a named host', () => {
  it.each([
    ['en: "attended a reception hosted by" a name', 'date: 2030-06-20\n\nAfter the concert the delegates attended a garden reception hosted by Ivanov.', ['2030-06-20 past other «After the»']],
    ['en: "a lunch hosted by" a name', 'date: 2030-06-20\n\nThe guests then went to a lunch hosted by Ivanov at the lakeside.', ['2030-06-20 past other «The guests»']],
    ['ru: «на приёме, который дал губернатор»', 'date: 2030-06-20\n\nДелегация присутствовала на приёме, который дал губернатор области.', ['2030-06-20 past other «Делегация присутствовала»']],
    // Negative: a host who is no official.
    ['en: a reception hosted by a hotel chain is no step', 'date: 2030-06-20\n\nThe reception hosted by a hotel chain drew few guests.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
