import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('what a signed document says («в которой говорится», "that said") does not make its signing a plan', () => {
  it.each([
    ['en: "a declaration that said stability should be ensured"',
      'date: 2009-06-12\n\nBISHKEK -- The presidents met in the Kyrgyz capital on Friday. The leaders signed a treaty on friendship and a joint declaration that said security should be ensured by the states of the region.',
      ['2009-06-12 past meeting «BISHKEK --»', '2009-06-12 past agreement «The leaders»']],
    ['ru: «декларацию, в которой говорится, что … должна …»',
      'date: 2009-06-12\n\nВ пятницу президенты встретились в Бишкеке. Лидеры подписали договор о дружбе и декларацию, в которой говорится, что безопасность должна обеспечиваться усилиями государств региона.',
      ['2009-06-12 past meeting «В пятницу»', '2009-06-12 past agreement «Лидеры подписали»']],
    ['en: a plan told with "should" is still a plan',
      'date: 2009-06-12\n\nThe presidents met in the Kyrgyz capital on Friday. The ministers should sign a treaty on labour migration.',
      ['2009-06-12 past meeting «The presidents»', 'null planned agreement «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
