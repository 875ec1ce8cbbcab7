import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «Решение о … принял» with the official who took it after the verb: a decision taken, no reception of that official.
describe('a decision taken, told with its taker after the verb', () => {
  it.each([
    ['ru: «Решение … принял губернатор …»', 'date: 2036-02-10\n\nРешение о выделении средств принял губернатор Томской области.', []],
    // Negative: a governor received stays a meeting.
    ['ru: «принял губернатора …»', 'date: 2036-02-10\n\nПосол Киргизии принял губернатора Томской области.', ['2036-02-10 past meeting «Посол Киргизии»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
