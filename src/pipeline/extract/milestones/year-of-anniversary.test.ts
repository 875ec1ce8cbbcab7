import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// "came in a year marking the 30th anniversary of the bloc", «в год 30-летия Содружества»: an anniversary told by its
// year is dated by the year, not by the day of the occasion the narrative tells.
describe('an anniversary told as the year it marks', () => {
  it.each([
    ['en: "came in a year marking the 40th anniversary"',
      'date: 2031-12-29\n\nThe presidents met in Osh on December 28.\n\nThe meeting came in a year marking the 40th anniversary of the bloc.',
      '2031 past anniversary'],
    ['ru: «прошла в год 40-летия Содружества»',
      'date: 2031-12-29\n\nПрезиденты встретились в Оше 28 декабря.\n\nВстреча прошла в год 40-летия Содружества.',
      '2031 past anniversary'],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toContain(`${want} «${text.split('\n\n')[2]!.split(' ').slice(0, 2).join(' ')}»`);
  });

  it.each([
    ['en: an anniversary marked on the day told keeps the day',
      'date: 2031-12-29\n\nThe presidents on December 28 marked the 40th anniversary of the bloc in Osh.',
      '2031-12-28 past anniversary'],
    ['ru: «отметили 40-летие» on the day told keeps the day',
      'date: 2031-12-29\n\nПрезиденты 28 декабря отметили в Оше 40-летие Содружества.',
      '2031-12-28 past anniversary'],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text).some((l) => l.startsWith(want))).toBe(true);
  });
});

// "the 40th anniversary of relations, which will be celebrated in May 2032": a relative clause of marking right after the
// anniversary tells its month (the anniversary's year written); the founding it implies keeps that month.
describe('an anniversary dated by a relative clause of marking it', () => {
  it.each([
    ['en: ", which will be celebrated in May 2032"',
      'date: 2031-12-10\n\nThe ministers discussed preparations for the 40th anniversary of diplomatic relations, which will be celebrated in May 2032.',
      ['2032-05 planned anniversary «The ministers»', '1992-05 past anniversary «The ministers»']],
    ['ru: «, которое будет отмечаться в мае 2032 года»',
      'date: 2031-12-10\n\nМинистры обсудили подготовку к 40-летию установления дипломатических отношений, которое будет отмечаться в мае 2032 года.',
      ['2032-05 planned anniversary «Министры обсудили»', '1992-05 past anniversary «Министры обсудили»']],
    ['negative: a relative clause of another verb leaves the year',
      'date: 2031-12-10\n\nThe ministers discussed preparations for the 40th anniversary of diplomatic relations, which were discussed in May 2032 talks.',
      ['2032 planned anniversary «The ministers»', '1992 past anniversary «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
