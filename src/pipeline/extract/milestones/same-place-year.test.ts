import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('«Там же», "at the same site": the next step of the occasion just told, on its day', () => {
  it.each([
    ['ru: «Там же …» after a day told apart from the lead',
      'date: 2031-11-12\n\nМинистры Иван Петров и Олег Сидоров встретились в Бишкеке во вторник. Накануне, в понедельник, делегация возложила венки к мемориалу под Тверью. Там же были перезахоронены останки 20 солдат.',
      ['2031-11-11 past meeting «Министры Иван»', '2031-11-10 past other «в понедельник,»', '2031-11-10 past other «Там же»']],
    ['en: "At the same site, …" after a day told apart from the lead',
      'date: 2031-11-12\n\nMinisters Ivan Petrov and Oleg Sidorov met in Bishkek on Tuesday. The day before, on Monday, the delegation laid wreaths at the memorial near Tver. At the same site, the remains of 20 soldiers were reburied with honours.',
      ['2031-11-11 past meeting «Ministers Ivan»', '2031-11-10 past other «on Monday,»', '2031-11-10 past other «At the»']],
    // Negative: without the words of place the step is the lead's occasion, as before.
    ['ru: no «там же»: the lead\'s day',
      'date: 2031-11-12\n\nМинистры Иван Петров и Олег Сидоров встретились в Бишкеке во вторник. Накануне, в понедельник, делегация возложила венки к мемориалу под Тверью. Были перезахоронены останки 20 солдат.',
      ['2031-11-11 past meeting «Министры Иван»', '2031-11-10 past other «в понедельник,»', '2031-11-11 past other «Были перезахоронены»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('«в том же году», "in the same year": the year of the date told just before', () => {
  it.each([
    ['ru: «В том же году …» after a year told',
      'date: 2031-08-04\n\nВ 2021 году страны открыли консульство в Оше. В том же году был учрежден совместный совет геологов.',
      ['2021 past other «В 2021»', '2021 past other «В том»']],
    ['en: "in the same year" after a year counted back',
      'date: 2031-08-04\n\nTen years ago, then-minister Ivan Petrov wrote that the two geological services should work together. A joint council of geologists was founded in the same year.',
      ['2021 past other «A joint»']],
    ['en: "in the same year" after a month told keeps its year only',
      'date: 2031-08-04\n\nIn March 2024, the two countries opened a consulate in Osh. A joint council of geologists was founded in the same year.',
      ['2024-03 past other «In March»', '2024 past other «A joint»']],
    // Negative: with no year told before within reach, the words date nothing (a body set up counts only dated).
    ['en: "in the same year" with nothing told before it',
      'date: 2031-08-04\n\nA joint council of geologists was founded in the same year.',
      []],
    ['ru: «в том же году» with nothing told before it',
      'date: 2031-08-04\n\nВ том же году был учрежден совместный совет геологов.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
