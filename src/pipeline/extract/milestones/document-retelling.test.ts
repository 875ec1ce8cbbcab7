import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a signed document judged or quoted again is no second signing', () => {
  it.each([
    ['ru: «Это первый большой договор …» after the signing',
      'date: 2004-03-11\n\nВчера в Москве президенты подписали договор о союзничестве. Это первый большой договор России с соседней республикой за десять лет.',
      ['2004-03-10 past agreement «Вчера в»']],
    ['ru: «Документ, как подчеркнул президент, «…»»',
      'date: 2004-03-11\n\nВчера в Москве президенты подписали декларацию о партнерстве. Документ, как подчеркнул президент, «подводит итог многолетней работе».',
      ['2004-03-10 past agreement «Вчера в»']],
    ['en: "The treaty, he said, …" and "It is the first such treaty …"',
      'date: 2004-03-11\n\nThe two presidents signed a treaty of alliance in Moscow on Wednesday. The treaty, the president said, "sums up years of work". It is the first such treaty Moscow has signed with a neighbour in a decade.',
      ['2004-03-10 past agreement «The two»']],
    ['en: "It was the first time … signed" still tells a signing',
      'date: 2004-03-11\n\nThe two presidents signed a treaty of alliance in Moscow on Wednesday. It was the first time the defence ministers signed a memorandum on training.',
      ['2004-03-10 past agreement «The two»', '2004-03-10 past agreement «It was»']],
    ['en: "The memorandum did not come out of nowhere" after a signing of another day',
      'date: 2004-03-12\n\nThe ministers met in Moscow on Friday. They signed a memorandum on energy on Wednesday. The memorandum did not come out of nowhere.',
      ['2004-03-12 past meeting «The ministers»', '2004-03-10 past agreement «They signed»']],
    ['ru: «Меморандум не появился на пустом месте» after a signing of another day',
      'date: 2004-03-12\n\nВ пятницу министры встретились в Москве. В среду они подписали меморандум об энергетике. Меморандум не появился на пустом месте.',
      ['2004-03-12 past meeting «В пятницу»', '2004-03-10 past agreement «В среду»']],
    ['ru: «назвал меморандум «…»» and «подписание меморандума стало …» judge the signing',
      'date: 2004-03-11\n\nВчера в Москве президенты подписали меморандум о союзничестве. Премьер назвал меморандум «основой для новых проектов». Для обеих столиц подписание меморандума стало сигналом рынкам.',
      ['2004-03-10 past agreement «Вчера в»']],
    ['en: "called the treaty …" and "the signing of the treaty was …" judge the signing',
      'date: 2004-03-11\n\nThe two presidents signed a treaty of alliance in Moscow on Wednesday. The premier called the treaty "a basis for new projects". For both capitals the signing of the treaty was a signal to markets.',
      ['2004-03-10 past agreement «The two»']],
    ['ru: another document signed is its own event',
      'date: 2004-03-11\n\nВчера в Москве президенты подписали договор о союзничестве. Министры также подписали соглашение о торговле.',
      ['2004-03-10 past agreement «Вчера в»', '2004-03-10 past agreement «Министры также»']],
    ['ru: a document named before any signing is no retelling',
      'date: 2004-03-11\n\nВ среду министры обсудили торговлю. Соглашение о торговле будет подписано в мае.',
      ['2004-03-10 past meeting «В среду»', '2004-05 planned agreement «Соглашение о»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('the trip a document told again was signed on is an event of its own', () => {
  it.each([
    ['en: "The agreement, signed during the premier\'s working visit to Moscow, …"',
      'date: 2011-06-22\n\nThe premier and his counterpart signed a fuel agreement yesterday. The agreement, signed during the premier\'s working visit to Moscow, covers a million tonnes a year.',
      ['2011-06-21 past agreement «The premier»', '2011-06-21 past visit «The agreement,»']],
    ['ru: «Соглашение, подписанное в ходе рабочего визита премьера в Москву, …»',
      'date: 2011-06-22\n\nВчера премьер и его коллега подписали соглашение о поставках топлива. Соглашение, подписанное в ходе рабочего визита премьера в Москву, предусматривает беспошлинные поставки.',
      ['2011-06-21 past agreement «Вчера премьер»', '2011-06-21 past visit «Соглашение, подписанное»']],
    ['en: a visit already told that day is not told again',
      'date: 2011-06-22\n\nThe premier arrived in Moscow on a working visit yesterday. He and his counterpart signed a fuel agreement yesterday. The agreement, signed during the premier\'s working visit to Moscow, covers a million tonnes a year.',
      ['2011-06-21 past visit «The premier»', '2011-06-21 past agreement «He and»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
