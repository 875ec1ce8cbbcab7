import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('who signed a document for a side names the signing just told', () => {
  it.each([
    ['ru: «Со стороны Киргизии соглашение подписал министр …»',
      'date: 2031-07-11\n\nКомпания и правительство Киргизии подписали во вторник соглашение о создании сборочного производства. Со стороны Киргизии соглашение подписал министр экономики Данияр Амангельдиев.',
      ['2031-07-08 past agreement «Компания и»']],
    ['ru: «Соглашение с российской стороны подписал …»',
      'date: 2031-07-11\n\nКомпания и правительство Киргизии подписали во вторник соглашение о создании сборочного производства. Соглашение с российской стороны подписал вице-премьер Денис Мантуров.',
      ['2031-07-08 past agreement «Компания и»']],
    ['ru: «От имени правительства меморандум подписал …»',
      'date: 2031-07-11\n\nВо вторник стороны подписали меморандум о поставках зерна. От имени правительства меморандум подписал министр сельского хозяйства.',
      ['2031-07-08 past agreement «Во вторник»']],
    ['en: "On the Kyrgyz side, the agreement was signed by …"',
      'date: 2031-07-11\n\nThe company and the Kyrgyz government signed an agreement on an assembly plant on Tuesday. On the Kyrgyz side, the agreement was signed by Economy Minister Daniyar Amangeldiev.',
      ['2031-07-08 past agreement «The company»']],
    // Negative: another document signed for a side, named by its subject, is a signing of its own.
    ['ru: «Со стороны Киргизии министр подписал также меморандум о …» is another document',
      'date: 2031-07-11\n\nКомпания и правительство Киргизии подписали во вторник соглашение о создании сборочного производства. Со стороны Киргизии министр подписал также меморандум о поставках зерна.',
      ['2031-07-08 past agreement «Компания и»', '2031-07-08 past agreement «Со стороны»']],
    ['ru: a signing for a side with no document told before is one',
      'date: 2031-07-11\n\nВо вторник со стороны Киргизии соглашение подписал министр экономики.',
      ['2031-07-08 past agreement «Во вторник»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
