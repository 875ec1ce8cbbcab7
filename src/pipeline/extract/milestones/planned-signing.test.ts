import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// A signing announced without a day after the day's planned talks, and an arrival that goes with a trip already
// told (planned-signing.ts, accompanying.ts). Every text is invented.
describe('a signing planned right after a dated plan of talks takes its day', () => {
  it.each([
    ['en', 'date: 2030-05-10\n\nTalks between the two presidents will take place on May 12 in Osh. A package of documents is expected to be signed.',
      ['2030-05-12 planned meeting «Talks between»', '2030-05-12 planned agreement «A package»']],
    ['ru', 'date: 2030-05-10\n\nПереговоры президентов пройдут 12 мая в Оше. Ожидается подписание пакета документов.',
      ['2030-05-12 planned meeting «Переговоры президентов»', '2030-05-12 planned agreement «Ожидается подписание»']],
  ])('%s', (_lang, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});

describe('an arrival together with those whose trip is told is part of that trip', () => {
  it.each([
    ['ru', 'date: 2030-05-10\n\nСегодня президенты посетили авиабазу в Канте. Вместе с ними на базу прибыл министр обороны Иван Петров.',
      ['2030-05-10 past visit «Сегодня президенты»']],
    ['en', 'date: 2030-05-10\n\nToday the presidents visited the air base in Kant. Together with them, Defence Minister Ivan Petrov arrived at the base.',
      ['2030-05-10 past visit «Today the»']],
  ])('%s', (_lang, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
