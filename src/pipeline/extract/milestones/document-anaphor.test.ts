import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a document of the day pointed back at by a bare noun is no second event', () => {
  it.each([
    ['ru: a vote count on the law adopted that day',
      'date: 2011-03-18\n\nВ четверг парламент одобрил соглашение о таможенном союзе. За документ проголосовали 95 депутатов, против — трое.',
      ['2011-03-17 past agreement «В четверг»']],
    ['ru: the tally of the ratification vote told that day',
      'date: 2011-03-18\n\nВчера парламент ратифицировал соглашение о таможенном сотрудничестве с Россией. За ратификацию проголосовали 97 депутатов, против — двое. Поддержали ратификацию фракции «Ата-Мекен» и «Ар-Намыс».',
      ['2011-03-17 past agreement «Вчера парламент»']],
    ['en: "312 deputies voted in favour" of the ratification told that day',
      'date: 2011-03-18\n\nThe parliament ratified the customs agreement with Russia on Thursday. In all, 97 deputies voted in favour of ratification.',
      ['2011-03-17 past agreement «The parliament»']],
    ['ru: «в итоге документ набрал нужное число голосов»',
      'date: 2011-03-18\n\nВчера парламент принял соглашение о торговле. Часть депутатов возражала, однако в итоге документ набрал нужное число голосов.',
      ['2011-03-17 past agreement «Вчера парламент»']],
    ['en: the signing told again with the document\'s noun',
      'date: 2011-03-18\n\nThe former minister signed a memorandum of understanding at the embassy in Moscow on Thursday. He signed the document in the presence of two deputies.',
      ['2011-03-17 past agreement «The former»']],
    ['en: an official defending the agreement of the day',
      'date: 2011-03-18\n\nThe parliament ratified the agreement with Russia on Thursday. The deputy premier defended the agreement, saying the plant needed Russian orders.',
      ['2011-03-17 past agreement «The parliament»']],
    ['ru: a law named by its title signed, then the bare «документ» waiting for it',
      'date: 2011-03-18\n\nВчера президент подписал закон «О телевидении и радиовещании». Парламент принял его в январе, после чего документ долго ждал подписи.',
      ['2011-03-17 past other «Вчера президент»']],
    ['en: an official defending, weeks later, the agreement signed before',
      'date: 2011-04-20\n\nThe ministers signed a trade agreement in Moscow on March 3. Critics say the price was too low. The deputy premier defended the agreement, saying the plant needed Russian orders.',
      ['2011-03-03 past agreement «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    ['ru: the document ratified later is a step of its own',
      'date: 2011-03-18\n\nВчера министры подписали соглашение о торговле. Парламент ратифицирует документ в мае.',
      ['2011-03-17 past agreement «Вчера министры»', '2011-05 planned agreement «Парламент ратифицирует»']],
    ['ru: a vote with no step told before is the ratification itself',
      'date: 2011-03-18\n\nВ четверг за ратификацию соглашения с Россией проголосовали 97 депутатов.',
      ['2011-03-17 past agreement «В четверг»']],
    ['ru: a document named by its subject is another document',
      'date: 2011-03-18\n\nВчера министры подписали соглашение о торговле. Также был подписан документ о сотрудничестве в образовании.',
      ['2011-03-17 past agreement «Вчера министры»', '2011-03-17 past agreement «Также был»']],
    ['ru: «Два документа касаются …» counts more documents of the visit',
      'date: 2011-03-18\n\nВчера министры подписали соглашение о торговле. Два документа касаются строительства электростанций.',
      ['2011-03-17 past agreement «Вчера министры»', '2011-03-17 past agreement «Два документа»']],
    ['en: the signing told with a time of its own, in an article without a year',
      'Moscow, April 5 – The parliament on Friday ratified an agreement writing off the debt. The agreement was signed in Bishkek last September during the president\'s visit.',
      ['null past agreement «Moscow, April»', 'null past agreement «The agreement»']],
    ['en: "Along with the treaty, … signed" adds other documents',
      'date: 1996-09-20\n\nThe two presidents signed a treaty on friendship on Thursday. Along with the treaty, the ministers signed an agreement on customs matters.',
      ['1996-09-19 past agreement «The two»', '1996-09-19 past agreement «Along with»']],
    ['ru: «Наряду с документом подписаны …» adds other documents',
      'date: 1996-09-20\n\nВчера президенты подписали договор о дружбе. Наряду с этим документом министры подписали соглашение о таможенном сотрудничестве.',
      ['1996-09-19 past agreement «Вчера президенты»', '1996-09-19 past agreement «Наряду с»']],
    ['en: "the agreement on …" names another document',
      'date: 2011-03-18\n\nThe ministers signed a trade memorandum on Thursday. They also signed the agreement on labour migration.',
      ['2011-03-17 past agreement «The ministers»', '2011-03-17 past agreement «They also»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
