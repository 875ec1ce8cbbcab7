import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

/** Rules and decrees told in passing: an event only with a date of their own (lexicon 'rules'). */
describe('rules and decrees taking effect', () => {
  it.each([
    ['ru: rules «вступившие в силу» on a day',
      'date: 2011-06-10\n\nНовые правила въезда, вступившие в силу 1 марта, затронули тысячи студентов.',
      ['2011-03-01 past other «Новые правила»']],
    ['ru: a decree «указом от» a day',
      'date: 2011-06-10\n\nУказом губернатора от 2 апреля срок регистрации продлен до осени.',
      ['2011-04-02 past other «Указом губернатора»']],
    ['ru: stricter rules introduced last year',
      'date: 2011-06-10\n\nВ прошлом году город ужесточил правила торговли на рынках.',
      ['2010 past other «В прошлом»']],
    ['en: a decree "of" a day',
      'date: 2011-06-10\n\nThe governor\'s decree of March 3 extended visas for students until autumn.',
      ['2011-03-03 past other «The governor\'s»']],
    ['en: "issued a decree" last year',
      'date: 2011-06-10\n\nThe mayor issued a decree last year allowing night markets.',
      ['2010 past other «The mayor»']],
    ['en: tighter rules introduced last year',
      'date: 2011-06-10\n\nTraders complained about the tighter rules for street vendors introduced last year.',
      ['2010 past other «Traders complained»']],
    ['en: a ban that took effect on a day',
      'date: 2011-06-10\n\nThe ban on street vendors took effect on May 1.',
      ['2011-05-01 past other «The ban»']],
    // A duty that starts on a day is a rule taking effect then, told with no trigger word of its own.
    ['en: "Since March 1, … must …": a requirement in force from a day',
      'date: 2011-06-10\n\nSince March 1, street vendors in the capital must hold a health certificate.',
      ['2011-03-01 past other «Since March»']],
    ['en: "Since Monday, … have been required to …"',
      'date: 2011-06-10\n\nSince Monday, foreign nationals entering the city have been required to show a digital pass.',
      ['2011-06-06 past other «Since Monday,»']],
    ['en: "From September 1, … will have to …" is a plan of that day',
      'date: 2011-06-10\n\nFrom September 1, foreign students will have to pass a language test.',
      ['2011-09-01 planned other «From September»']],
    ['ru: «С 1 марта … обязаны …»',
      'date: 2011-06-10\n\nС 1 марта уличные торговцы в столице обязаны иметь медицинскую книжку.',
      ['2011-03-01 past other «С 1»']],
    // A permission from a day is a rule taking effect as a duty is; so is a system that starts working.
    ['ru: «С 1 апреля … могут …»: a permission from a day',
      'date: 2011-06-10\n\nС 1 апреля иностранные студенты, обучающиеся очно, могут работать без отдельного разрешения.',
      ['2011-04-01 past other «С 1»']],
    ['ru: «С 1 июля … обязана …» with a subject in the singular',
      'date: 2011-06-10\n\nС 1 июля каждая гостиница обязана сообщать о приезде иностранцев.',
      ['2011-07-01 planned other «С 1»']],
    ['ru: «С 3 марта … заработал …»: a register that starts working',
      'date: 2011-06-10\n\nС 3 марта в городе заработал электронный реестр уличных торговцев.',
      ['2011-03-03 past other «С 3»']],
    ['en: "From January 15, <year> … will be able to …": the year after the day, no comma before the subject',
      'date: 2011-06-10\n\nFrom January 15, 2012 an employer will be able to register foreign staff by post.',
      ['2012-01-15 planned other «From January»']],
    ['en: "From April 1, … can now …"',
      'date: 2011-06-10\n\nFrom April 1, foreign students enrolled full-time can now work without a separate permit.',
      ['2011-04-01 past other «From April»']],
    ['en: "Since March 3, … has been operating"',
      'date: 2011-06-10\n\nSince March 3, an electronic register of street vendors has been operating in the city.',
      ['2011-03-03 past other «Since March»']],
  ] as const)('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    ['ru: undated rules are no event', 'date: 2011-06-10\n\nНовые правила, вступившие в силу, затронули тысячи студентов.'],
    ['en: an undated decree is no event', 'date: 2011-06-10\n\nThe governor signed a decree allowing night markets.'],
    ['en: rules told without a date', 'date: 2011-06-10\n\nThe new rules for street vendors were introduced to cut queues.'],
    ['en: rules that took effect told as a cause are no event of their own',
      'date: 2011-06-10\n\nSales fell by a third last year as stricter rules on street vendors took effect.'],
    ['en: "From <a place>, … must …" names no day', 'date: 2011-06-10\n\nFrom Osh, the traders must drive six hours to reach the border.'],
    ['ru: «указал» is no decree', 'date: 2011-06-10\n\nМэр указал от имени горожан на проблемы 3 марта.'],
    ['ru: «может» without a day it starts from', 'date: 2011-06-10\n\nТеперь каждый студент может работать без отдельного разрешения.'],
    ['en: "can" after a place, not a day', 'date: 2011-06-10\n\nFrom Osh, traders can reach the border in six hours.'],
  ] as const)('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});
