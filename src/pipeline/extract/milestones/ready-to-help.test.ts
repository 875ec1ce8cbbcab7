import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "is ready to help … launch": an offer of help, only possible, tells no step of its own.
describe('an offer of help is no event', () => {
  it.each([
    ['en: is ready to help design and launch', 'date: 2030-06-20\n\nThe agency is ready to help the republic design and launch its first satellite, its chief said.', []],
    ['ru: готов помочь запустить', 'date: 2030-06-20\n\nАгентство готово помочь республике создать и запустить первый спутник.', []],
    // Still events: help told as done or planned with a date.
    ['en: will help launch in a year', 'date: 2030-06-20\n\nThe agency will help the republic launch its first satellite in 2032.', ['2032 planned other «The agency»']],
    ['en: launched', 'date: 2030-06-20\n\nThe agency launched the first satellite for the republic.', ['2030-06-20 past other «The agency»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
