import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "under an agreement signed … in June": the document's signing, told in a participle phrase without a comma, is an
// event of its own day, as «, подписанным … в июне» is; the plan it hangs on keeps its own date.
describe('a document noun followed straight by "signed by/in/on …"', () => {
  it.each([
    ['en: "will begin training this autumn under an agreement signed by the two ministries in Moscow in June"',
      'date: 2031-08-17\n\nSome 60 officers will begin training at the academies this autumn under an agreement signed by the two defence ministries in Moscow in June.',
      ['2031 planned agreement «Some 60»', '2031-06 past agreement «signed by»']],
    ['ru: «… в соответствии с соглашением, подписанным … в июне» (the comma-led phrase, for comparison)',
      'date: 2031-08-17\n\nОколо 60 офицеров начнут обучение в академиях этой осенью в соответствии с соглашением, подписанным министерствами обороны в Москве в июне.',
      ['2031 planned agreement «Около 60»', '2031-06 past agreement «подписанным министерствами»']],
    // Negatives: one event only when the clause holds no other event word; "signed" of no document is no phrase.
    ['en: "study under an agreement signed in June" is one signing',
      'date: 2031-08-17\n\nThe officers study in Russia under an agreement signed in June.',
      ['2031-06 past agreement «The officers»']],
    ['en: "the ministers signed in June" is the signing itself',
      'date: 2031-08-17\n\nThe ministers signed in June a protocol on training officers.',
      ['2031-06 past agreement «The ministers»']],
    ['en: "agreements signed during the state visit in March" stays with its trip (no phrase of its own)',
      'date: 2031-06-14\n\nThe two leaders on Thursday reviewed the implementation of agreements signed during the state visit to Bishkek in March.',
      ['2031-03 past agreement «The two»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
