import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «В будущем году исполнится 40 лет с момента установления отношений (20 марта 1992 года)»: the founding day told
// in the clause itself, after the count, gives the anniversary its day in the year the relative words name.
describe('the founding day told after the count in the clause dates the anniversary', () => {
  it.each([
    ['ru: «в будущем году исполнится … (день года)»',
      'date: 2031-04-10\n\nВ будущем году исполнится 40 лет с момента установления дипломатических отношений России и Киргизии (20 марта 1992 года).',
      ['2032-03-20 planned anniversary «В будущем»', '1992-03-20 past anniversary «В будущем»']],
    ['en: "next year marks N years of … (day)"',
      'date: 2031-04-10\n\nNext year marks 40 years of diplomatic relations between Russia and Kyrgyzstan (March 20, 1992).',
      ['2032-03-20 planned anniversary «Next year»', '1992-03-20 past anniversary «Next year»']],
    // Negative: without the founding day the anniversary keeps its year.
    ['ru: no founding day told',
      'date: 2031-04-10\n\nВ следующем году исполнится 40 лет со дня установления дипломатических отношений между Россией и Киргизией.',
      ['2032 planned anniversary «В следующем»', '1992 past anniversary «В следующем»']],
    // Negative: a day of another year than the count gives is another event's, not the founding.
    ['ru: a day that is not N years back',
      'date: 2031-04-10\n\nВ следующем году исполнится 40 лет со дня установления дипломатических отношений между Россией и Киргизией, сообщили 2 апреля 2031 года в МИД.',
      ['2032 planned anniversary «В следующем»', '1992 past anniversary «В следующем»']],
  ])('%s', (_name, text, want) => {
    expect(run(text).slice(0, 2)).toEqual(want);
  });
});

// «• В следующем году … между двумя странами»: an item of a page's bulleted list that names the two countries as such
// names the sides, and is no other story of a digest.
describe('a list item naming the two countries is of the sides', () => {
  it.each([
    ['ru: «обеих стран» in a bullet',
      'date: 2031-04-10\n\nИтоги визита\n\nПрезиденты провели переговоры в Оше.\n\nГлавное:\n• Стороны подписали совместное заявление.\n• Премьеры обсудили тарифы.\n• В будущем году исполнится 40 лет с момента установления дипломатических отношений обеих стран.',
      '2032 planned anniversary «• В»'],
    ['en: "the two countries" in a bullet',
      'date: 2031-04-10\n\nThe visit in brief\n\nThe presidents held talks in Osh.\n\nKey points:\n• The sides signed a joint statement.\n• The premiers discussed tariffs.\n• Next year marks 40 years of diplomatic relations between the two countries.',
      '2032 planned anniversary «• Next»'],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toContain(want);
  });

  it.each([
    // Negative: a digest's item about third countries tells nothing of the two sides.
    ['ru: an item about two other countries',
      'date: 2031-04-10\n\nГлавное за день\n\n• Президенты России и Киргизии провели переговоры в Оше.\n• В Астане открылся форум.\n• Франция и Бельгия отметили 40 лет со дня установления отношений между Парижем и Брюсселем.',
      'anniversary'],
  ])('%s', (_name, text, absent) => {
    expect(run(text).join('\n')).not.toContain(absent);
  });
});

// "The alliance, which came into being on March 15, 2029": a body that came into being on a date was founded then (dated only).
describe('a body that came into being', () => {
  it.each([
    ['en: "which came into being on <date>"',
      'date: 2031-08-12\n\nKyrgyz President Temir Osmonov met Russian President Oleg Sidorov in Moscow on Wednesday.\n\nThe alliance, which came into being on March 15, 2029, now counts seven members.',
      ['2031-08-06 past meeting «Kyrgyz President»', '2029-03-15 past other «The alliance,»']],
    // Negative: with no date of its own it is background.
    ['en: "which came into being" undated',
      'date: 2031-08-12\n\nKyrgyz President Temir Osmonov met Russian President Oleg Sidorov in Moscow on Wednesday.\n\nThe union, which came into being long ago, now has five members.',
      ['2031-08-06 past meeting «Kyrgyz President»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
