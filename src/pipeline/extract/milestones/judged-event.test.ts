import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a visit named only as the subject of a judgement', () => {
  it.each([
    ['en: "The visit underlined how much …"',
      'date: 2016-04-12\n\nThe Kyrgyz prime minister visited Moscow on Monday. The prime minister\'s visit underlined how much Bishkek still relies on Russian credit.',
      ['2016-04-11 past visit «The Kyrgyz»']],
    ['en: "The trip to Moscow showed …"',
      'date: 2016-04-12\n\nThe trip to Moscow showed how little has changed since the last round of talks.',
      []],
    ['en: "The trip was as much about … as about …"',
      'date: 2016-04-12\n\nThe premier\'s trip to Moscow was as much about his own future as about gas prices.',
      []],
    ['en: "The summit was mostly about …" after the summit is told',
      'date: 2016-04-12\n\nOn Monday the CSTO summit opened in Minsk. The summit was mostly about Afghanistan.',
      ['2016-04-11 past summit «On Monday»']],
    ['en: "The visit comes ahead of …" still tells the visit',
      'date: 2016-04-12\n\nThe visit comes ahead of the CSTO summit in Yerevan.',
      ['2016-04-12 past visit «The visit»']],
    ['ru: «Визит станет проверкой того, насколько …»',
      'date: 2016-04-12\n\nГосударственный визит станет проверкой того, насколько Москва готова инвестировать в республику.',
      []],
    ['ru: «эксперт отмечает, что визит важен прежде всего символически»',
      'date: 2016-04-12\n\nВ понедельник премьер-министр Киргизии посетил Москву. Эксперт отмечает, что визит важен для Бишкека прежде всего символически.',
      ['2016-04-11 past visit «В понедельник»']],
    ['ru: «Сам саммит прошел без сюрпризов» after the summit is told',
      'date: 2016-04-12\n\nВ понедельник в Минске прошел саммит ОДКБ. Сам саммит прошел без сюрпризов.',
      ['2016-04-11 past summit «В понедельник»']],
    ['ru: «Переговоры прошли в деловой и дружественной атмосфере» after the talks are told',
      'date: 2016-04-12\n\nВ понедельник премьеры провели переговоры в Москве. Переговоры прошли в деловой и дружественной атмосфере.',
      ['2016-04-11 past meeting «В понедельник»']],
    ['ru: «… прошли в атмосфере» alone on a transcript page tells no talks of their own',
      'date: 2016-04-12\n\nПереговоры прошли в деловой атмосфере. Подписан пакет документов.',
      ['2016-04-12 past agreement «Подписан пакет»']],
    ['ru: an informal chat «в неформальной обстановке» is still told',
      'date: 2016-04-12\n\nВ понедельник президенты пообщались в неформальной обстановке за ужином.',
      ['2016-04-11 past meeting «В понедельник»']],
    ['ru: «Экономическая часть переговоров выглядела скромнее»',
      'date: 2016-04-12\n\nВ понедельник премьеры провели переговоры в Москве. Экономическая часть переговоров выглядела скромнее.',
      ['2016-04-11 past meeting «В понедельник»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
