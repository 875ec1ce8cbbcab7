import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('an event called off: the cancelling, on the day beside its verb', () => {
  it.each([
    ['en: "on Sunday abruptly cancelled the drills, which were due to … run through October 14"',
      'date: 2031-10-11\n\nThe ministry on Sunday abruptly cancelled the command-and-staff drills of the bloc, which were due to begin the next day near the lake and run through October 14.',
      ['2031-10-05 past other «The ministry»']],
    ['en: "called off … on Sunday" with the plan in an aside',
      'date: 2031-10-11\n\nThe ministry on Sunday called off the command-and-staff drills of the bloc, which were due to begin the next day and run through October 14.',
      ['2031-10-05 past other «The ministry»']],
    ['ru: «в воскресенье внезапно отменило тренировку, которая должна была … продлиться до 14 октября»',
      'date: 2031-10-11\n\nМинистерство в воскресенье внезапно отменило командно-штабную тренировку блока, которая должна была начаться на следующий день и продлиться до 14 октября.',
      ['2031-10-05 past other «Министерство в»']],
    // Negatives: a plan with no cancelling stays a plan; a day not beside the verb dates nothing cancelled.
    ['en: the same drills not cancelled stay planned',
      'date: 2031-10-11\n\nThe command-and-staff drills of the bloc are due to begin the next day near the lake and run through October 14.',
      ['2031-10-12 planned other «The command-and-staff»']],
    ['en: "cancelled" far from the day keeps the plan',
      'date: 2031-10-11\n\nAfter the ministry cancelled its leave, the command-and-staff drills of the bloc are due to run through October 14.',
      ['2031-10-14 planned other «After the»']],
    ['ru: the same drill not cancelled stays planned',
      'date: 2031-10-11\n\nКомандно-штабная тренировка блока должна начаться на следующий день и продлиться до 14 октября.',
      ['2031-10-12 planned other «Командно-штабная тренировка»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe("an interviewer's thanks for the conversation: no meeting", () => {
  it.each([
    ['ru: «Спасибо за беседу.»', 'date: 2031-03-04\n\nПрезидент провел переговоры с министром 3 марта.\n\nСпасибо за беседу.', ['2031-03-03 past meeting «Президент провел»']],
    ['en: "Thank you for the interview."', 'date: 2031-03-04\n\nThe president held talks with the minister on March 3.\n\nThank you for the interview.', ['2031-03-03 past meeting «The president»']],
    // Negative: a conversation held is still a meeting.
    ['ru: «провел беседу с министром»', 'date: 2031-03-04\n\nПрезидент 3 марта провел беседу с министром иностранных дел России.', ['2031-03-03 past meeting «Президент 3»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
