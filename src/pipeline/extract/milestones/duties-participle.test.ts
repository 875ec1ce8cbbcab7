import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('duties named with a participle and a date ("duties introduced on May 1") or slapped on were introduced', () => {
  it.each([
    ['en: "the duties on grain introduced on May 1"',
      'date: 2031-05-20\n\nThe farmers asked the minister to lift the duties on grain introduced on May 1.',
      ['2031-05-01 past other «The farmers»']],
    ['en: "slapped duties on … on May 1"',
      'date: 2031-05-20\n\nThe neighbour slapped import duties on cement on May 1.',
      ['2031-05-01 past other «The neighbour»']],
    ['ru: «пошлин на цемент, введённых соседом в марте»: the noun, its complement, then the participle and its month',
      'date: 2031-11-20\n\nВице-премьер попросил соседей вернуться к отмене пошлин на цемент, введённых соседом в марте.',
      ['2031-03 past other «Вице-премьер попросил»']],
    // Negative: a participle without a date of its own names the duties, not their introduction.
    ['ru: «пошлины, введённые соседями» without a date',
      'date: 2031-05-20\n\nПошлины, введённые соседями, бьют по фермерам.',
      []],
    ['en: "the duties introduced by the neighbour" without a date',
      'date: 2031-05-20\n\nThe duties introduced by the neighbour hurt farmers.',
      []],
    ['ru: «с 1 июня вводит пошлины» in a May article is the coming June, whatever a relative clause after it tells',
      'date: 2031-05-20\n\nСосед с 1 июня вводит пошлины на зерно для стран союза, который начал работу в январе.',
      ['2031-06-01 planned other «Сосед с»', '2031-01 past other «который начал»']],
    ['ru: «введет пошлины с 1 февраля» in a December article is next year\'s February',
      'date: 2031-12-10\n\nСосед введет пошлины на цемент с 1 февраля.',
      ['2032-02-01 planned other «Сосед введет»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
