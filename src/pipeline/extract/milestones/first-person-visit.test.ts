import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «мы посетим …»: a visit told in the first person plural of the future is a planned visit, dated by its own words.
describe('a visit told in the first person plural', () => {
  it.each([
    ['ru: «Сегодня вечером мы посетим …» is the article day, planned', 'date: 2030-06-20\n\nСегодня вечером мы с коллегой посетим новый технопарк в Оше.', ['2030-06-20 planned visit «Сегодня вечером»']],
    ['ru: «завтра мы посетим …»', 'date: 2030-06-20\n\nЗавтра мы посетим Каракол вместе с губернатором.', ['2030-06-21 planned visit «Завтра мы»']],
    ['ru: «мы посетили …» stays a past visit', 'date: 2030-06-20\n\nВчера мы посетили Каракол вместе с губернатором.', ['2030-06-19 past visit «Вчера мы»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
