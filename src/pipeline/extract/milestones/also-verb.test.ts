import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('"also <verb>" continues the earlier event told with the same verb', () => {
  it.each([
    ['en: "also ratified" after a signing of another year told in between',
      'date: 2015-04-09\n\nThe parliament today ratified the agreement on the joint airport. The agreement was signed in Osh on March 3, 2014. The deputies also ratified the agreement on customs posts.',
      ['2015-04-09 past agreement «The parliament»', '2014-03-03 past agreement «The agreement»', '2015-04-09 past agreement «The deputies»']],
    ['ru: «также ратифицировали» after a signing of another year told in between',
      'date: 2015-04-09\n\nСегодня парламент ратифицировал соглашение о совместном аэропорте. Соглашение было подписано в Оше 3 марта 2014 года. Депутаты также ратифицировали соглашение о таможенных постах.',
      ['2015-04-09 past agreement «Сегодня парламент»', '2014-03-03 past agreement «Соглашение было»', '2015-04-09 past agreement «Депутаты также»']],
    ['en: without a repeated verb the link still continues the latest event',
      'date: 2015-04-09\n\nThe parliament today ratified the agreement on the joint airport. The agreement was signed in Osh on March 3, 2014. The deputies also signed a memorandum on customs posts.',
      ['2015-04-09 past agreement «The parliament»', '2014-03-03 past agreement «The agreement»', '2014-03-03 past agreement «The deputies»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
