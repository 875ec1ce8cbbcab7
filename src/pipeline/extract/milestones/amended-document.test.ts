import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a protocol amending a dated document names two signings: the protocol’s and the amended document’s', () => {
  it.each([
    ['en: a list of documents signed, one a protocol amending "the Agreement … of June 3, 2015"',
      'date: 2031-04-11\n\nThe following documents were signed after the talks:\n1. Joint declaration of the two presidents.\n2. Protocol amending the Agreement on customs cooperation of June 3, 2015.\n3. Memorandum on tourism.',
      ['2031-04-11 past agreement «Joint declaration»', '2031-04-11 past agreement «Protocol amending»', '2015-06-03 past agreement «Agreement on»', '2031-04-11 past agreement «Memorandum on»']],
    ['en: "signed a protocol on amendments to the Agreement … of …" is signed on the narrative’s day',
      'date: 2031-04-11\n\nThe ministers signed a protocol on amendments to the Agreement on customs cooperation of June 3, 2015.',
      ['2031-04-11 past agreement «The ministers»', '2015-06-03 past agreement «Agreement on»']],
    ['ru: «Протокол о внесении изменений в Соглашение … от …» подписан в день рассказа',
      'date: 2031-04-11\n\nМинистры подписали Протокол о внесении изменений в Соглашение о таможенном сотрудничестве от 3 июня 2015 года.',
      ['2031-04-11 past agreement «Министры подписали»', '2015-06-03 past agreement «Соглашение о»']],
    // Negative: a dated document with no protocol amending it is told once, as before.
    ['en: the agreement of a date with no protocol amending it stays one milestone',
      'date: 2031-04-11\n\nThe ministers recalled the Agreement on customs cooperation of June 3, 2015.',
      ['2015-06-03 past agreement «The ministers»']],
    ['ru: «подписали Соглашение … от …» without amendment stays one milestone',
      'date: 2031-04-11\n\nМинистры подписали Соглашение о таможенном сотрудничестве от 3 июня 2031 года.',
      ['2031-04-11 past agreement «Министры подписали»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('an act on a document named by its year ("amending the 2015 agreement") names that document’s signing too', () => {
  it.each([
    ['en: "signed a protocol amending the 2015 customs agreement"',
      'date: 2031-04-11\n\nThe ministers signed a protocol amending the 2015 customs agreement.',
      ['2031-04-11 past agreement «The ministers»', '2015 past agreement «the 2015»']],
    ['en: "signed a decree terminating the 2009 agreements"',
      'date: 2031-04-11\n\nThe president signed a decree terminating the 2009 agreements on the dam.',
      ['2031-04-11 past agreement «The president»', '2009 past agreement «the 2009»']],
    // Negative: a year before another noun, or a signing of that year told already.
    ['en: "amending the 2015 budget" names no document',
      'date: 2031-04-11\n\nThe ministers signed a protocol amending the 2015 budget.',
      ['2031-04-11 past agreement «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
