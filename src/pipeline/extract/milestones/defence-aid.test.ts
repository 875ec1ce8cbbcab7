/**
 * Events of defence cooperation told in their own words: exercises named by their alliance, their name or where a
 * unit served, and military-technical aid told by the equipment handed over and by its batches. Every text is
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('exercises told by their alliance, their name or a unit that served', () => {
  it.each([
    ['ru: exercises of the alliance planned for a month',
      'date: 2027-05-14\n\nВ сентябре на полигоне под Ошем пройдут учения сил быстрого реагирования ОДКБ.',
      ['2027-09 planned other «В сентябре»']],
    ['ru: exercises named in quotes without a year',
      'date: 2027-05-14\n\nВ июле в горах пройдут учения «Рубеж» с участием двух армий.',
      ['2027-07 planned other «В июле»']],
    ['ru: a unit served «на учениях» in a month',
      'date: 2027-05-14\n\nВ апреле наша рота отличилась на учениях в Таджикистане.',
      ['2027-04 past other «В апреле»']],
    ['ru: a bilateral command-staff exercise in the singular',
      'date: 2027-05-14\n\nВ июне штабы двух стран проведут двустороннее командно-штабное учение.',
      ['2027-06 planned other «В июне»']],
    ['en: alliance drills planned for a month',
      'date: 2027-05-14\n\nCSTO drills are planned for August in Osh region.',
      ['2027-08 planned other «CSTO drills»']],
    ['en: exercises named after the word, with a year',
      'date: 2027-05-14\n\nIn April the exercises Frontier-2027 were held near Osh.',
      ['2027-04 past other «In April»']],
    // Negative: a doctrine is no exercise.
    ['ru: «учение» as a doctrine is no exercise',
      'date: 2027-05-14\n\nФилософ рассказал студентам об учении древних мыслителей.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('military-technical aid told by the equipment and its batches', () => {
  it.each([
    ['ru: a ceremony handing over helicopters today',
      'date: 2027-05-14\n\nСегодня на аэродроме под Бишкеком прошла церемония передачи вертолётов, поставленных Россией.',
      ['2027-05-14 past other «Сегодня на»']],
    ['ru: vehicles and thermal imagers handed over in a month',
      'date: 2027-05-14\n\nВ марте российская сторона передала пограничникам автотехнику и тепловизоры.',
      ['2027-03 past other «В марте»']],
    ['ru: the first batch arrived in a month',
      'date: 2027-05-14\n\nПервая партия бронемашин поступила в армию в феврале.',
      ['2027-02 past other «Первая партия»']],
    ['ru: the next batch is awaited in a season («ждут осенью»)',
      'date: 2027-05-14\n\nСледующую партию техники здесь ждут осенью.',
      ['2027 planned other «Следующую партию»']],
    ['en: the next batch of vehicles due in a month',
      'date: 2027-05-14\n\nThe next batch of armoured vehicles is expected in July.',
      ['2027-07 planned other «The next»']],
    // Negative: a political party is no batch.
    ['ru: a new political party is no batch',
      'date: 2027-05-14\n\nВ марте в республике зарегистрирована новая партия.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a related link stamped after a bar', () => {
  it.each([
    ['en: the stamp after a bar is the link\'s publication, not its event\'s day',
      'date: 2027-05-14\n\nThe ministers met in Osh on Friday.\n\nRead more:\nKyrgyzstan cancels CSTO drills amid tensions | 10/05/2027',
      ['2027-05-14 past meeting «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
