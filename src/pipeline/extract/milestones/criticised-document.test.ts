/** A document criticised («раскритиковали соглашение», 'criticised the deal') is named, not signed (`exclude`). Every text is invented. */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a document criticised tells no signing', () => {
  it.each([
    ['ru: «депутаты раскритиковали соглашение о базе»',
      'date: 2031-09-12\n\nСтороны подписали соглашение о базе.\n\nОппозиционные депутаты раскритиковали соглашение о базе.',
      ['2031-09-12 past agreement «Стороны подписали»']],
    ['en: "lawmakers criticised the base agreement"',
      'date: 2031-09-12\n\nThe two ministers signed a base agreement in Osh on Friday.\n\nOpposition lawmakers criticised the base agreement.',
      ['2031-09-12 past agreement «The two»']],
    // Negative: a criticism of someone else beside a ratification keeps the ratification.
    ['ru: «раскритиковали правительство, а затем ратифицировали соглашение» keeps the ratification',
      'date: 2031-09-12\n\nСтороны подписали соглашение о базе.\n\nДепутаты раскритиковали правительство, а затем ратифицировали соглашение о базе.',
      ['2031-09-12 past agreement «Стороны подписали»', '2031-09-12 past agreement «а затем»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
