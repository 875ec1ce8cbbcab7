import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// Who else took part in the talks, or who else signed, is told of the talks or the signing just told (guest-list.ts).
// Every text is invented.
describe('the guests of talks or the signatories of a document already told', () => {
  it.each([
    ['ru: «В переговорах … принял участие министр» after the talks',
      'date: 2031-04-02\n\nСегодня в Оше президенты Киргизии и России провели переговоры. В переговорах с киргизской стороны также принял участие министр финансов Иван Орлов.',
      ['2031-04-02 past meeting «Сегодня в»']],
    ['ru: «Подписи под соглашением также поставили …» after the signing',
      'date: 2031-04-02\n\nСегодня в Минске президент Киргизии подписал соглашение о присоединении к союзу. Подписи под соглашением также поставили главы Армении и Белоруссии.',
      ['2031-04-02 past agreement «Сегодня в»']],
    ['en: "Also present at the talks was …" after the talks',
      'date: 2031-04-02\n\nThe Kyrgyz and Russian presidents held talks in Osh on Wednesday. Also present at the talks was the Kyrgyz finance minister.',
      ['2031-04-02 past meeting «The Kyrgyz»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it.each([
    // The occasion named after the verb is an event of its own.
    ['ru: «В тот день президенты приняли участие в открытии …»',
      'date: 2031-04-02\n\nСегодня в Оше президенты Киргизии и России провели переговоры. В тот же день президенты приняли участие в открытии нового моста через реку.',
      2],
    // A gathering's guest list may be the only words that tell the gathering.
    ['ru: «В заседании Межправсовета приняли участие премьеры …»',
      'date: 2031-04-02\n\nВчера в Минске премьеры Киргизии и России провели встречу. В заседании Межправсовета приняли участие премьеры пяти стран.',
      2],
  ])('%s: kept', (_name, text, n) => {
    expect(run(text)).toHaveLength(n);
  });
});
