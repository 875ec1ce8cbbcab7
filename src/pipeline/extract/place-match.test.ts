import { describe, expect, it } from 'vitest';
import { splitSentences } from '../read';
import type { ArticleDoc } from '../types';
import type { DateKnowledge } from './dates/context';
import { placeConstraints } from './dates/constraints';
import { placeIn } from './milestones/knowledge';

/** An invented knowledge base of dated place names. */
const kb: DateKnowledge = {
  outlets: [],
  facts: [],
  officials: [],
  places: [
    { name: 'Екатеринбург', aliases: [{ text: 'Свердловск', terms: [{ from: '1924', to: '1991-09-04' }] }] },
    { name: 'Семей', aliases: [{ text: 'Семей', terms: [{ from: '2007', to: null }] }] },
    { name: 'Астана', aliases: [{ text: 'Акмола', terms: [{ from: '1992-06-06', to: '1998-05-06' }] }, { text: 'Нур-Султан', terms: [{ from: '2019-03-23', to: '2022-09-17' }] }] },
    { name: 'Нижний Новгород', aliases: [{ text: 'Горький', terms: [{ from: '1932', to: '1990-10-22' }] }] },
  ],
};

function doc(text: string): ArticleDoc {
  return { id: 't', file: 't.txt', header: {}, text, sentences: splitSentences(text), language: 'ru' };
}

describe('placeConstraints: dated place names by their case forms', () => {
  it.each([
    ['a city in an oblique case', 'Делегация прибыла в Свердловск и провела день в Свердловске.', ['Свердловск']],
    ['a feminine city name in the prepositional', 'Переговоры прошли в Акмоле.', ['Акмола']],
    ['a hyphenated name', 'Саммит прошел в Нур-Султане.', ['Нур-Султан']],
    ['a region adjective is not the old city name', 'Губернатор Свердловской области прибыл в Бишкек.', []],
    ['a common word spelled like a place is not the place', 'Программа помогает детям из многодетных семей.', []],
    ['a capitalised place in a headline', 'СЕМЕЙ И БИШКЕК ПОДПИСАЛИ ДОГОВОР', ['Семей']],
    ['a capital inside a word does not start one', 'Мэрия пригласила гостей из ново-Свердловска и проСвердловска.', []],
    ['a word glued to digits is another word', 'Поезд 7Свердловск прибыл.', []],
    ['names in the order the text first writes them', 'После Горького делегация посетила Акмолу, затем снова Горький.', ['Горький', 'Акмола']],
  ])('%s', (_name, text, want) => {
    expect(placeConstraints(doc(text), kb).map((c) => c.evidence.match(/«(.+?)»/)![1])).toEqual(want);
  });
});

describe('placeIn: the place a clause names', () => {
  it.each([
    ['Встреча прошла в Свердловской области.', 'Свердловская область'],
    ['Встреча прошла в Омской области.', 'Омская область'],
    ['Завод построят в Красноярском крае.', 'Красноярский край'],
    ['Форум прошел в Самаре.', 'Самара'],
    ['Переговоры прошли в Казани.', 'Казань'],
    ['Переговоры прошли в Нижнем Новгороде.', 'Нижний Новгород'],
    ['Саммит прошел в Нур-Султане.', 'Нур-Султан'],
    ['Саммит прошел в Бишкеке.', 'Бишкек'],
  ])('%s → %s', (text, want) => expect(placeIn(text, 'ru')?.name).toBe(want));
});
