import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('one side’s official on a figure of its own affairs makes no statement of the relationship', () => {
  it.each([
    ['ru: a share of GDP to reach 15%, told at a domestic meeting',
      'date: 2031-03-12\n\nВ Бишкеке в четверг прошло заседание рабочей группы межправительственной комиссии. Президент Садыр Жапаров, выступая накануне на совещании по развитию промышленности, заявил, что в 2032 году доля обрабатывающей промышленности в ВВП должна вырасти до 15%.',
      ['2031-03-06 past meeting «В Бишкеке»']],
    ['en: a share of GDP to reach 15 percent',
      'date: 2031-03-12\n\nThe commission working group met in Bishkek on Thursday. President Sadyr Japarov said on Monday that manufacturing must reach 15 percent of GDP by 2032.',
      ['2031-03-06 past meeting «The commission»']],
    // Negative: a figure of the two sides, or words on the other side, are a statement of the relationship.
    ['ru: a figure of trade with Russia is the relationship’s',
      'date: 2031-03-12\n\nВ Бишкеке в четверг прошло заседание рабочей группы межправительственной комиссии. Президент Садыр Жапаров, выступая накануне на совещании, заявил, что экспорт в Россию должен вырасти на 15%.',
      ['2031-03-06 past meeting «В Бишкеке»', '2031-03-05 past statement «Президент Садыр»']],
    ['en: words on Moscow, with no figure, are a statement',
      'date: 2031-03-12\n\nThe commission working group met in Bishkek on Thursday. President Sadyr Japarov said on Monday that Moscow remains the main partner.',
      ['2031-03-06 past meeting «The commission»', '2031-03-10 past statement «President Sadyr»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
