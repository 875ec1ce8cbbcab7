import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** 'agreed to expand …', 'agreed to simplify …' are an agreement reached, as «договорились расширить / упростить» are. */
describe('an agreement to expand or simplify', () => {
  it.each([
    ['en: «had agreed to expand joint work» in reported words',
      'date: 2031-05-08\n\nSpeaking in Talas on Thursday, the vice-premier added that both cabinets had agreed to expand joint work on irrigation.',
      ['2031-05-08 past agreement «Speaking in»']],
    ['en: «agreed to simplify» customs checks',
      'date: 2031-05-08\n\nOn Wednesday the two governments agreed to simplify customs checks for farm produce.',
      ['2031-05-07 past agreement «On Wednesday»']],
    ['ru: «договорились расширить сотрудничество» (the existing rule)',
      'date: 2031-05-08\n\nВ среду правительства двух стран договорились расширить сотрудничество в туризме.',
      ['2031-05-07 past agreement «В среду»']],
    // Negative: an expansion that was not agreed is no agreement.
    ['en: «plans to expand cooperation»', 'date: 2031-05-08\n\nThe ministry plans to expand cooperation in farming.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
