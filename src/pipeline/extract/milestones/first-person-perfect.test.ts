import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// '"We have reached an agreement on fuel supplies, which will be resumed …," the minister said': the speaker's own step,
// just done, is of the day the words were said; what the relative clause tells is the document's content, not a plan.
// Every text is invented.
describe('a step just done in the speaker\'s words', () => {
  it.each([
    ['en: "We have reached an agreement …, which will be …"',
      'date: 2031-05-06\n\nBISHKEK, May 6 - Russian President Oleg Sidorov held talks with Kyrgyz President Temir Osmonov on Tuesday.\n\n"We have reached an agreement on debt restructuring, which will be spread over fifteen years," Osmonov told reporters.',
      ['2031-05-06 past meeting «BISHKEK, May»', '2031-05-06 past agreement «"We have»']],
    ['en: "we\'ve signed …"',
      'date: 2031-05-06\n\nBISHKEK, May 6 - Russian President Oleg Sidorov held talks with Kyrgyz President Temir Osmonov on Tuesday.\n\n"Today we\'ve signed a memorandum on water use," Osmonov told reporters.',
      ['2031-05-06 past meeting «BISHKEK, May»', '2031-05-06 past agreement «"Today we\'ve»']],
    // Negative: a plan stays a plan.
    ['en: "we will sign …" is a plan',
      'date: 2031-05-06\n\nBISHKEK, May 6 - Russian President Oleg Sidorov held talks with Kyrgyz President Temir Osmonov on Tuesday.\n\n"We will sign a memorandum on water use," Osmonov told reporters.',
      ['2031-05-06 past meeting «BISHKEK, May»', 'null planned agreement «"We will»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
