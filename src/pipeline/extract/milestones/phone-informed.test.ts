import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// 'X said she had informed Governor Y of the ruling by telephone', «проинформировал президента … по телефону»: a
// phone call, however many words the decision takes between the counterpart and the phone.
describe('a counterpart informed by phone', () => {
  it.each([
    ['en: informed a governor of a ruling by telephone',
      'date: 2031-04-20\n\nOn Monday the mayor informed Governor Anna Belova of the ruling by telephone.',
      ['2031-04-14 past meeting «On Monday»']],
    ['ru: проинформировал президента о решении по телефону',
      'date: 2031-04-20\n\nВ понедельник премьер проинформировал президента России о новом решении по телефону.',
      ['2031-04-14 past meeting «В понедельник»']],
    // Negative: a phone number given is no call.
    ['en: told reporters a hotline phone number',
      'date: 2031-04-20\n\nThe embassy told reporters the number of a hotline phone.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
