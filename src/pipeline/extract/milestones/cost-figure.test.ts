import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// The cost of building a facility is a figure, no step of the project.
describe('the cost of building: no event', () => {
  it.each([
    ['ru: «стоимость строительства ГЭС оценивалась в …»', 'date: 2031-01-21\n\nНапомним, стоимость строительства Нижне-Сусамырской ГЭС оценивалась в 3 млрд долларов.', []],
    ['ru: «стоимость сооружения моста составит …»', 'date: 2031-01-21\n\nСтоимость сооружения моста через реку составит 90 млн долларов.', []],
    ['en: "was estimated to cost"', 'date: 2031-01-21\n\nThe construction of the dam was estimated to cost $3 billion.', []],
    // Negative: an agreement to build is a step, dated by its own date.
    ['ru: «договорились о строительстве … в 2032 году» stays', 'date: 2031-01-21\n\nСтороны договорились о строительстве новой ГЭС в 2032 году.', ['2032 planned other «Стороны договорились»']],
  ] as [string, string, string[]][])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
