import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// An invitation to visit, given or confirmed («подтвердил приглашение … посетить Кыргызстан с
// официальным визитом», "I would like to invite you to pay an official visit") tells a visit still
// to come: planned, with no date of its own («в удобное для него время», "at a convenient time").
describe('an invitation to visit is a planned visit', () => {
  it.each([
    ['ru: «подтвердил приглашение … посетить … с официальным визитом»',
      'date: 2004-05-10\n\nПремьер-министр подтвердил приглашение министру посетить Бишкек с официальным визитом.',
      ['null planned visit «Премьер-министр подтвердил»']],
    ['ru: «передал приглашение … в удобное для него время»',
      'date: 2004-05-10\n\nПосол передал приглашение спикеру приехать в Ош в удобное для него время.',
      ['null planned visit «Посол передал»']],
    ['en: "would like to invite you to pay an official visit"',
      'date: 2004-05-10\n\nWe would like to invite you to pay an official visit to Osh at a time convenient for you.',
      ['null planned visit «We would»']],
    ['en: "invited the minister to pay a working visit"',
      'date: 2004-05-10\n\nThe premier invited the minister to pay a working visit to Bishkek.',
      ['null planned visit «The premier»']],
    ['ru: «хотел бы пригласить Вас посетить …» after talks of the day: a plan, not a visit that day',
      'date: 2004-05-10\n\nПрезиденты провели переговоры в Москве. Пользуясь случаем, хотел бы пригласить Вас посетить Киргизию с визитом.',
      ['2004-05-10 past meeting «Президенты провели»', 'null planned visit «Пользуясь случаем,»']],
    ['ru: «Приглашаю Вас посетить …» in the first person',
      'date: 2004-05-10\n\nМинистры встретились в Оше. Приглашаю Вас посетить Россию в удобное время.',
      ['2004-05-10 past meeting «Министры встретились»', 'null planned visit «Приглашаю Вас»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});

// The industrial fairs of the Russian regions are named without "fair" or «выставка» (Innoprom in Yekaterinburg,
// Technoprom in Novosibirsk): their names are exhibitions of the event lexicon.
describe('a regional industrial fair named alone is an exhibition', () => {
  it.each([
    ['en: invited to Technoprom in a month',
      'date: 2024-04-23\n\nA trade mission from Osh is invited to Technoprom in Novosibirsk in August.',
      ['2024-08 planned forum «A trade»']],
    ['ru: «на «Иннопроме» в июле»',
      'date: 2024-04-23\n\nДелегация из Оша представит свои товары на «Иннопроме» в июле.',
      ['2024-07 planned forum «Делегация из»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
