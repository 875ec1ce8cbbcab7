import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "under an agreement signed … in June": the document's signing, told in a participle phrase without a comma, is an
// event of its own day, as «, подписанным … в июне» is; the plan it hangs on keeps its own date.
describe('a document noun followed straight by "signed by/in/on …"', () => {
  it.each([
    ['en: "will begin training this autumn under an agreement signed by the two ministries in Moscow in June"',
      'date: 2031-08-17\n\nSome 60 officers will begin training at the academies this autumn under an agreement signed by the two defence ministries in Moscow in June.',
      ['2031 planned agreement «Some 60»', '2031-06 past agreement «signed by»']],
    ['ru: «… в соответствии с соглашением, подписанным … в июне» (the comma-led phrase, for comparison)',
      'date: 2031-08-17\n\nОколо 60 офицеров начнут обучение в академиях этой осенью в соответствии с соглашением, подписанным министерствами обороны в Москве в июне.',
      ['2031 planned agreement «Около 60»', '2031-06 past agreement «подписанным министерствами»']],
    // Negatives: one event only when the clause holds no other event word; "signed" of no document is no phrase.
    ['en: "study under an agreement signed in June" is one signing',
      'date: 2031-08-17\n\nThe officers study in Russia under an agreement signed in June.',
      ['2031-06 past agreement «The officers»']],
    ['en: "the ministers signed in June" is the signing itself',
      'date: 2031-08-17\n\nThe ministers signed in June a protocol on training officers.',
      ['2031-06 past agreement «The ministers»']],
    ['en: "agreements signed during the state visit in March" stays with its trip (no phrase of its own)',
      'date: 2031-06-14\n\nThe two leaders on Thursday reviewed the implementation of agreements signed during the state visit to Bishkek in March.',
      ['2031-03 past agreement «The two»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// «Договор, подписанный в декабре прошлого года, вступил в силу», "The treaty, signed last December, entered into force":
// a later step of the document (its ratification, its entry into force) told after the stretch of its signing leaves the
// stretch's date the document's own.
describe('a document\'s signing told in a stretch before a later step of it', () => {
  it.each([
    ['en: "The treaty, signed in Moscow last December, entered into force" is last December\'s',
      'date: 2031-08-12\n\nThe transit treaty, signed in Moscow last December, entered into force after Kazakhstan completed its ratification.',
      ['2030-12 past agreement «The transit»']],
    ['ru: «Договор, подписанный в Москве в декабре прошлого года, вступил в силу» too',
      'date: 2031-08-12\n\nДоговор о транзите, подписанный в Москве в декабре прошлого года, вступил в силу после ратификации Казахстаном.',
      ['2030-12 past agreement «Договор о»']],
    // Negatives: a step still to come is no date of the signing; a signing told outside the stretch is the clause's own (the
    // older one an event apart); a step's own day stays.
    ['ru: «Договор, подписанный в декабре прошлого года, ещё предстоит ратифицировать» stays a plan',
      'date: 2031-08-12\n\nДоговор о транзите, подписанный в Москве в декабре прошлого года, парламенту ещё предстоит ратифицировать.',
      ['null planned agreement «Договор о»']],
    ['en: "signed the protocol to the treaty, signed in 2012" stays the day\'s signing',
      'date: 2031-08-12\n\nThe ministers on Monday signed a protocol to the transit treaty, signed in 2012.',
      ['2031-08-11 past agreement «The ministers»', '2012 past agreement «signed in»']],
    ['ru: «…, вступил в силу в понедельник»: with a day of its own the step and the signing are told apart',
      'date: 2031-08-12\n\nДоговор о транзите, подписанный в Москве в декабре прошлого года, вступил в силу в понедельник.',
      ['2031-08-12 past agreement «Договор о»', '2030-12 past agreement «подписанный в»', '2031-08-11 past agreement «вступил в»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// «Переговоры … продлились вместо запланированного часа более двух часов», "the talks lasted longer than planned": a plan named
// only in a comparison leaves the event past.
describe('a plan named in a comparison', () => {
  it.each([
    ['ru: «продлились вместо запланированного часа более двух часов» is past',
      'date: 2031-07-28\n\nПереговоры мэров в узком составе продлились вместо запланированного часа более двух часов.',
      ['2031-07-28 past meeting «Переговоры мэров»']],
    ['ru: «запланированы на осень» stays a plan',
      'date: 2031-07-28\n\nПереговоры мэров в узком составе запланированы на осень.',
      ['2031 planned meeting «Переговоры мэров»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
