import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('an idiom of signing tells no signing', () => {
  it.each([
    ['en: "did not sign away our independence" in a quote',
      'date: 2004-03-11\n\nThe two presidents met in Moscow on Wednesday. "Last year we did not sign away our independence," the president said.',
      ['2004-03-10 past meeting «The two»']],
    ['en: "signed up for a market"',
      'date: 2004-03-11\n\nThe two presidents met in Moscow on Wednesday. "We signed up for a market of 100 million people," the minister said.',
      ['2004-03-10 past meeting «The two»']],
    ['en: "pressured to sign up" (to enlist) at the end of a clause',
      'date: 2004-03-11\n\nThe two presidents met in Moscow on Wednesday. Migrant workers faced a new fear: being pressured to sign up.',
      ['2004-03-10 past meeting «The two»']],
    ['en: "signing up volunteers"',
      'date: 2004-03-11\n\nThe two presidents met in Moscow on Wednesday. Recruiters were signing up volunteers in the markets.',
      ['2004-03-10 past meeting «The two»']],
    ['ru: «готов подписаться под каждым словом», «подписался под»',
      'date: 2004-03-11\n\nВ среду министры встретились в Москве. Посол заявил, что готов подписаться под каждым словом коллеги. Министр подписался под этими словами.',
      ['2004-03-10 past meeting «В среду»']],
    ['en: the noun "sign of" (a token of something)',
      'date: 2004-03-11\n\nThe two presidents met in Moscow on Wednesday. So far there is little sign of a new loan, and the talks showed signs of strain.',
      ['2004-03-10 past meeting «The two»']],
    ['en: "a sign that" (a token that)',
      'date: 2004-03-11\n\nThe two presidents met in Moscow on Wednesday. Observers saw the visit as a sign that the chill was over.',
      ['2004-03-10 past meeting «The two»']],
    ['en: "sign that agreement" (the verb before a determiner) is still a signing',
      'date: 2004-03-11\n\nThe two presidents met in Moscow on Wednesday. They will sign that agreement in May.',
      ['2004-03-10 past meeting «The two»', '2004-05 planned agreement «They will»']],
    ['en: "signed up to the customs union" (joined a bloc by signing) is an accession signed',
      'date: 2004-03-11\n\nThe two presidents met in Moscow on Wednesday. On Thursday the republic signed up to the customs union of the three states.',
      ['2004-03-10 past meeting «The two»', '2004-03-11 past agreement «On Thursday»']],
    ['en: "signed up for the new treaty"',
      'date: 2004-03-11\n\nThe two presidents met in Moscow on Wednesday. On Thursday both sides signed up for the new treaty.',
      ['2004-03-10 past meeting «The two»', '2004-03-11 past agreement «On Thursday»']],
    ['en: a signing told plainly is still one',
      'date: 2004-03-11\n\nThe two presidents met in Moscow on Wednesday. They signed a treaty of alliance on Thursday.',
      ['2004-03-10 past meeting «The two»', '2004-03-11 past agreement «They signed»']],
    ['ru: «подписали договор» is still a signing',
      'date: 2004-03-11\n\nВ среду министры встретились в Москве. В четверг они подписали договор о союзничестве.',
      ['2004-03-10 past meeting «В среду»', '2004-03-11 past agreement «В четверг»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('ru: a signing still to come told with the perfective future («подпишет», «подпишут»)', () => {
  it.each([
    ['ru: «подпишет его на следующей неделе»',
      'date: 2016-01-20\n\nПарламент одобрил закон. Президент подпишет его на следующей неделе.',
      // The law passed by parliament is an event of its own (trigger 'legislation').
      ['2016-01-20 past other «Парламент одобрил»', '2016-01 planned agreement «Президент подпишет»']],
    ['ru: «подпишут» with a month',
      'date: 2016-01-20\n\nМинистры подпишут соглашение о пенсиях в марте.',
      ['2016-03 planned agreement «Министры подпишут»']],
    ['ru: «подпишемся под» is no signing',
      'date: 2016-01-20\n\nМы подпишемся под каждым словом коллеги в марте.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
