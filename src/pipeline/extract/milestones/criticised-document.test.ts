/** A document criticised («раскритиковали договор», 'criticised the treaty') is named, not signed (`exclude`). Every text is invented. */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a document criticised tells no signing', () => {
  it.each([
    ['ru: «фермеры раскритиковали соглашение о водных квотах»',
      'date: 2031-09-12\n\nПравительства подписали соглашение о водных квотах.\n\nФермеры Чуйской долины раскритиковали соглашение о водных квотах.',
      ['2031-09-12 past agreement «Правительства подписали»']],
    ['en: "farmers criticised the water quota agreement"',
      'date: 2031-09-12\n\nThe two ministers signed a water quota agreement in Osh on Friday.\n\nFarmers in the valley criticised the water quota agreement.',
      ['2031-09-12 past agreement «The two»']],
    // Negative: a criticism of someone else beside a ratification keeps the ratification.
    ['ru: «раскритиковали правительство, а затем ратифицировали соглашение» keeps the ratification',
      'date: 2031-09-12\n\nПравительства подписали соглашение о водных квотах.\n\nДепутаты раскритиковали правительство, а затем ратифицировали соглашение о водных квотах.',
      ['2031-09-12 past agreement «Правительства подписали»', '2031-09-12 past agreement «а затем»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
