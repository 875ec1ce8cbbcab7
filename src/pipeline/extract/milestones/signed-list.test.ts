import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// A list of signed documents in running text: a line ending in a colon tells the signing, and each
// item after it, opened by a dash or ending with a semicolon, names one document signed that day.
// The items are no headlines, so one does not take the place of the one before it.
describe('the items of a list of signed documents', () => {
  it.each([
    ['ru: dash items, the first a declaration named without a verb',
      'date: 2031-04-10\n\nВизит президента\n\nСегодня в Оше президенты провели переговоры.\n\nПо итогам встречи подписаны:\n– Декларация о союзничестве двух стран;\n– Соглашение о строительстве моста через реку;\n– Меморандум о сотрудничестве в туризме.\n\nЗатем лидеры осмотрели город.',
      ['2031-04-10 past meeting «Сегодня в»', '2031-04-10 past agreement «Декларация о»', '2031-04-10 past agreement «Соглашение о»', '2031-04-10 past agreement «Меморандум о»']],
    ['en: dash items after "were signed:"',
      'date: 2031-04-10\n\nThe visit\n\nToday the two presidents held talks in Osh.\n\nThe following documents were signed:\n- Declaration on the alliance of the two countries;\n- Agreement on building a bridge;\n- Memorandum on tourism.\n\nThe leaders then toured the city.',
      ['2031-04-10 past meeting «Today the»', '2031-04-10 past agreement «Declaration on»', '2031-04-10 past agreement «Agreement on»', '2031-04-10 past agreement «Memorandum on»']],
    ['ru: numbered items, the number split off as a sentence of its own',
      'date: 2031-04-10\n\nВизит президента\n\nСегодня в Оше президенты провели переговоры.\n\nПо итогам встречи подписаны следующие документы:\n1. Декларация о союзничестве двух стран;\n2. Меморандум о сотрудничестве в туризме.\n\nЗатем президенты осмотрели город.',
      ['2031-04-10 past meeting «Сегодня в»', '2031-04-10 past agreement «Декларация о»', '2031-04-10 past agreement «Меморандум о»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it.each([
    // A numbered item naming a declaration with no signing told before it is only referred to.
    ['ru', 'date: 2031-04-10\n\nВизит президента\n\nСегодня в Оше президенты провели переговоры.\n\nТемы беседы:\n1. Декларация о союзничестве и её исполнение;\n2. Вопросы образования.',
      ['2031-04-10 past meeting «Сегодня в»']],
    // A dash item naming a declaration with no signing told just before is only referred to.
    ['ru', 'date: 2031-04-10\n\nВизит президента\n\nСегодня в Оше президенты провели переговоры.\n\nТемы беседы:\n– Декларация о союзничестве и её исполнение;\n– вопросы образования.',
      ['2031-04-10 past meeting «Сегодня в»']],
  ])('%s: a dash item without a signing before it tells nothing', (_lang, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
