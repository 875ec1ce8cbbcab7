import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('first classes held, pupils at their desks', () => {
  it.each([
    ['ru: «прошли первые занятия»',
      'date: 2030-09-01\n\nСегодня в новом университете прошли первые в его истории занятия.',
      ['2030-09-01 past other «Сегодня в»']],
    ['en: "the first classes were held"',
      'date: 2030-09-01\n\nThe first classes at the new university were held on Monday.',
      ['2030-08-26 past other «The first»']],
    // Negative: classes that are no first ones, a greeting conveyed in talks.
    ['ru: «прошли занятия» without «первые»',
      'date: 2030-09-01\n\nВ университете прошли занятия по физике.',
      []],
    ['ru: «передал приветствие» in talks is no message sent',
      'date: 2030-09-01\n\nМинистр передал коллеге приветствие от президента.',
      []],
  ] as const)('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
