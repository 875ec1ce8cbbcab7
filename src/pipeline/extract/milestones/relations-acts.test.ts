/**
 * Acts around the relations told as background or as reactions (every sentence invented):
 * - the status of the Russian (official, state) language: a law on it adopted or signed, the status obtained;
 * - a decision, decree or law welcomed by the other side (a statement of its own day);
 * - an issue raised with the other side (not one "also raised", a topic of talks already told);
 * - a dinner given in a guest's honour;
 * - a greeting or message read out at a ceremony;
 * - a national currency introduced (the passive «введена»); an amendment approved object-first; a law adopted by
 *   parliament as a participle; "the premiers", "the presidents" as the two parties of talks.
 */
import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

const on = (date: string, text: string) => milestoneLines(`date: ${date}\n\n${text}`);

describe('the status of the official language', () => {
  it.each([
    ['ru: «принят закон о государственном языке»', 'Вчера в Оше принят закон о государственном языке.', ['2011-03-09 past other «Вчера в»']],
    ['ru: «был принят закон «Об официальном языке»» in a recalled month', 'Министр напомнил, что в мае прошлого года был принят закон «Об официальном языке».', ['2010-05 past other «Министр напомнил,»']],
    ['ru: «язык получил статус официального»', 'В понедельник казахский язык получил статус официального.', ['2011-03-07 past other «В понедельник»']],
    // "last week" from Thursday 10 March 2011 ran from 28 February to 4 March: only its year is told.
    ['en: "the law on the official language was adopted"', 'The law on the official language was adopted by parliament last week.', ['2011 past other «The law»']],
    // A domestic law signed as the day's news whose content clause tells the language's status: that step.
    ['ru: «в понедельник подписал закон о поправке …, согласно которому … язык получил статус официального»',
      'Президент в понедельник подписал закон о внесении поправки в статью 7 Конституции, согласно которому узбекский язык получил в республике статус официального.',
      ['2011-03-07 past other «Президент в»']],
    ['en: "signed on Monday a law amending …, which gives Russian the status of an official language"',
      'The president on Monday signed a law amending Article 7 of the constitution, which gives Russian the status of an official language.',
      ['2011-03-07 past other «The president»']],
    ['ru: a law of another content signed as the day\'s news stays none',
      'Президент в понедельник подписал закон о внесении поправки в статью 7 Конституции, согласно которому срок полномочий парламента увеличен.',
      []],
    // Negative: the law named with no act of adopting it; a status described, not obtained.
    ['ru: the law only named', 'Министр заверил, что закон о государственном языке не будет применяться во вред никому.', []],
    ['ru: «придан статус» as what someone was pleased with', 'Министр выразил удовлетворение тем, что русскому языку придан статус официального.', []],
  ] as const)('%s', (_name, text, want) => {
    expect(on('2011-03-10', text)).toEqual(want);
  });
});

describe('a decision welcomed', () => {
  it.each([
    ['ru: «решение … приветствовал МИД»', 'Вчера решение Астаны приветствовал МИД Беларуси.', ['2011-03-09 past statement «Вчера решение»']],
    ['ru: «приветствовал указ»', 'Министр иностранных дел приветствовал указ президента о мигрантах.', ['2011-03-10 past statement «Министр иностранных»']],
    ['en: "welcomed the decision on <day>"', 'The minister welcomed the decision on Tuesday, calling it a good step.', ['2011-03-08 past statement «The minister»']],
    // Negative: guests welcomed.
    ['ru: «приветствовал гостей»', 'Министр приветствовал гостей.', []],
  ] as const)('%s', (_name, text, want) => {
    expect(on('2011-03-10', text)).toEqual(want);
  });
});

describe('an issue raised', () => {
  it.each([
    ['ru: «неоднократно поднимал вопрос о»', 'Министр неоднократно поднимал вопрос о статусе учителей.', ['2011-03-10 past statement «Министр неоднократно»']],
    ['en: "raised the issue of … with"', 'He raised the issue of migrant quotas with the ambassador.', ['2011-03-10 past meeting «He raised»']],
    // Negative: "also raised", a topic of talks told before.
    ['ru: «также поднял вопрос»', 'Министр также поднял вопрос о долге.', []],
    ['en: "also raised the issue"', 'He also raised the issue of migrant quotas.', []],
  ] as const)('%s', (_name, text, want) => {
    expect(on('2011-03-10', text)).toEqual(want);
  });
});

describe('a dinner in a guest\'s honour, a greeting read out', () => {
  it.each([
    ['ru: «в честь гостя дан официальный ужин»', 'Вечером в честь гостя дан официальный ужин.', ['2011-03-10 past other «Вечером в»']],
    ['ru: the guest and the place between «в честь» and the dinner', 'Вечером в честь почётного гостя в Доме правительства был дан торжественный ужин.', ['2011-03-10 past other «Вечером в»']],
    ['en: "hosted a dinner in honour of"', 'The president hosted a dinner in honour of the visiting premier.', ['2011-03-10 past visit «The president»']],
    ['ru: «зачитали приветствие президента»', 'На церемонии зачитали приветствие президента.', ['2011-03-10 past other «На церемонии»']],
    ['en: "read out a message"', 'He read out a message from the president.', ['2011-03-10 past other «He read»']],
    // Negative: a dinner with no honour, a list read out.
    ['ru: «ужин прошел»', 'Ужин прошел в теплой обстановке.', []],
    ['ru: «зачитал список»', 'Он зачитал список победителей.', []],
  ] as const)('%s', (_name, text, want) => {
    expect(on('2011-03-10', text)).toEqual(want);
  });
});

describe('a currency introduced, a law or amendment passed, the two premiers', () => {
  it.each([
    ['ru: «введена национальная валюта»', 'С 1 марта введена национальная валюта — тенге.', ['2011-03-01 past other «С 1»']],
    ['ru: «поправку … одобрил Жогорку Кенеш»', 'Соответствующую поправку вчера одобрил Жогорку Кенеш.', ['2011-03-09 past other «Соответствующую поправку»']],
    ['en: "the amendment, adopted by parliament on <day>"', 'The amendment, adopted by parliament on Monday, extends the term.', ['2011-03-07 past other «The amendment,»']],
    ['en: "the premiers also discussed"', 'The premiers also discussed trade.', ['2011-03-10 past meeting «The premiers»']],
    // A figure told in a relative clause after the topic ("trade, which fell … last year") leaves the talks; a document
    // signed in its own stretch («договор, подписанный в 2009 году») is what was discussed.
    ['en: "the premiers also discussed trade, which fell by 30% last year"', 'The premiers also discussed trade, which fell by nearly 30% last year to $180 million.', ['2011-03-10 past meeting «The premiers»']],
    ['ru: «премьеры также обсудили торговлю, которая в прошлом году сократилась на 30%»', 'Премьеры также обсудили торговлю, которая в прошлом году сократилась на 30%.', ['2011-03-10 past meeting «Премьеры также»']],
    ['en: ", where they discussed trade, which hit a record in January-September" retells the meeting told',
      'The premiers met in Moscow in February, where they discussed trade, which hit a record $2 billion in January-September 2010.',
      ['2011-02 past meeting «The premiers»']],
    ['en: "the premiers discussed the treaty, signed in 2009"', 'The premiers discussed the treaty, signed in 2009.', ['2009 past agreement «The premiers»']],
    // Negative: other things introduced; "the sides" with no named parties.
    ['ru: «введены новые правила»', 'Введены новые правила.', []],
    ['en: "the sides also discussed"', 'The sides also discussed trade.', []],
  ] as const)('%s', (_name, text, want) => {
    expect(on('2011-03-10', text)).toEqual(want);
  });
});
