import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a treaty named in the name of its states is the alliance, no document', () => {
  it.each([
    ['ru: «стран Договора о коллективной безопасности»',
      'date: 2031-10-23\n\nПрезиденты открыли авиабазу. База станет авиационным компонентом Коллективных сил стран Договора о коллективной безопасности.',
      ['2031-10-23 past other «Президенты открыли»']],
    ['ru: «государств-участников Договора о коллективной безопасности»',
      'date: 2031-10-23\n\nПрезиденты открыли авиабазу. Учения пройдут с участием государств-участников Договора о коллективной безопасности.',
      ['2031-10-23 past other «Президенты открыли»']],
    ['ru: «союзников по Договору о коллективной безопасности»',
      'date: 2031-10-23\n\nПрезиденты открыли авиабазу. Министр заявил, что страна рассчитывает на поддержку союзников по Договору о коллективной безопасности.',
      ['2031-10-23 past other «Президенты открыли»']],
    ['en: "the states of the Collective Security Treaty"',
      'date: 2031-10-23\n\nThe presidents opened the air base. The base will serve the rapid reaction force of the states of the Collective Security Treaty.',
      ['2031-10-23 past other «The presidents»']],
    // Negative: the treaty itself signed is a document.
    ['ru: the treaty signed is still a document',
      'date: 2031-10-23\n\nВ 1992 году страны подписали Договор о коллективной безопасности.',
      ['1992 past agreement «В 1992»']],
    ['en: the treaty signed is still a document',
      'date: 2031-10-23\n\nIn 1992 the countries signed the Collective Security Treaty.',
      ['1992 past agreement «In 1992»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
