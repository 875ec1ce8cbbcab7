import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A declaration approved or endorsed («утвердили декларацию», 'approved a declaration') is adopted, as «приняли декларацию» is.
describe('a declaration approved or endorsed', () => {
  it.each([
    ['en: "approved a declaration"', 'date: 2030-06-20\n\nOn Tuesday the two presidents approved a declaration on cooperation in farming.', ['2030-06-18 past agreement «On Tuesday»']],
    ['en: "endorsed the communique"', 'date: 2030-06-20\n\nOn Tuesday the two ministers endorsed the final communique of the forum.', ['2030-06-18 past agreement «On Tuesday»']],
    ['ru: «утвердили декларацию»', 'date: 2030-06-20\n\nВо вторник президенты утвердили декларацию о сотрудничестве в сельском хозяйстве.', ['2030-06-18 past agreement «Во вторник»']],
    ['ru: «одобрили коммюнике»', 'date: 2030-06-20\n\nВо вторник министры одобрили итоговое коммюнике форума.', ['2030-06-18 past agreement «Во вторник»']],
    // Negative: approving something else is no declaration adopted.
    ['en: "approved the budget" is no declaration', 'date: 2030-06-20\n\nOn Tuesday the deputies approved the budget for next year.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
