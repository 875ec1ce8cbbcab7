import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';
import { isControlMenu } from './page';

// A table of the documents signed: a line ending in a colon tells the signing, a heading row may follow
// («Документ | Подписанты»), and each numbered row names one document signed that day. The rows are no
// headlines and no menu of page controls, though their cells are short and split by bars.
describe('the numbered rows of a table of signed documents', () => {
  it.each([
    ['ru: a heading row, then rows numbered before a bar',
      'date: 2031-04-10\n\nВизит премьера\n\nСегодня в Оше премьеры провели переговоры.\n\nВ ходе визита подписаны документы:\n\nДокумент | Подписанты\n1 | Соглашение о туризме | Министр КР | Министр РФ\n2 | Меморандум о мосте | Министр КР | Министр РФ\n3 | Протокол о консультациях | Посол КР | Посол РФ\n\nЗатем премьеры осмотрели город.',
      ['2031-04-10 past meeting «Сегодня в»', '2031-04-10 past agreement «1 |»', '2031-04-10 past agreement «2 |»', '2031-04-10 past agreement «3 |»']],
    ['en: rows numbered before a bar, no heading row',
      'date: 2031-04-10\n\nThe visit\n\nToday the two premiers held talks in Osh.\n\nThe following documents were signed:\n1 | Protocol on consultations | Ambassadors\n2 | Memorandum on tourism | Ministers\n\nThe premiers then toured the city.',
      ['2031-04-10 past meeting «Today the»', '2031-04-10 past agreement «1 |»', '2031-04-10 past agreement «2 |»']],
    ['ru: items numbered with a bracket',
      'date: 2031-04-10\n\nВизит премьера\n\nСегодня в Оше премьеры провели переговоры.\n\nПодписаны документы:\n1) Протокол о консультациях;\n2) Меморандум о туризме.\n\nЗатем премьеры осмотрели город.',
      ['2031-04-10 past meeting «Сегодня в»', '2031-04-10 past agreement «1) Протокол»', '2031-04-10 past agreement «2) Меморандум»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it.each([
    // A numbered table of places and counts names no document: its rows tell nothing.
    ['ru: a table of schools by town',
      'date: 2031-04-10\n\nВизит премьера\n\nСегодня в Оше премьеры провели переговоры.\n\nШколы по городам:\n\nГород | Школы\n1 | Ош | 4 школы\n2 | Талас | 2 школы',
      ['2031-04-10 past meeting «Сегодня в»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});

describe('a numbered table row is no menu of page controls', () => {
  it.each([
    ['2 | Меморандум о мосте | Министр КР', false],
    ['12 | Protocol on consultations | Ambassadors', false],
    ['Версия для печати | Обсудить в форуме', true],
    ['Share | Print | Comment', true],
  ] as const)('%s', (line, want) => {
    expect(isControlMenu(line)).toBe(want);
  });
});
