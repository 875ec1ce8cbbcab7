/**
 * Meetings a speaker tells in the first person inside direct speech (an interview's turns, a quote): «я обсуждал с
 * министром в марте», "I met his deputy in April" are the speaker's own talks, though the meeting words are otherwise
 * kept out of speech. Every text is invented.
 */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

const TURNS = 'date: 2027-05-14\n\nА. Петров: Добрый день, спасибо, что пришли.\nБ. Сидоров: Здравствуйте.\nА. Петров: ';

describe('a first-person meeting in direct speech', () => {
  it.each([
    ['ru: an interview turn, «я … обсуждал с министром» in a month',
      TURNS + 'Что с поставками?\nБ. Сидоров: Этот вопрос я подробно обсуждал с министром обороны в марте.',
      ['2027-03 past meeting «Б. Сидоров:»']],
    ['ru: «мы встречались с …» in a month',
      TURNS + 'А с соседями?\nБ. Сидоров: Мы встречались с министром иностранных дел России в апреле.',
      ['2027-04 past meeting «Б. Сидоров:»']],
    ['en: "I met …" in a quote with its month',
      'date: 2027-05-14\n\n"In April I met the deputy defence minister in Osh, and the schedule is now clear," the general told reporters.',
      ['2027-04 past meeting «"In April»']],
    // Negative: the noun «встрече» in speech names the day's meeting, as before.
    ['ru: «на встрече мы обсудили» in a turn tells no meeting of its own',
      TURNS + 'Что обсуждали?\nБ. Сидоров: На встрече мы обсудили весь круг вопросов.',
      []],
    // Negative: a third person's meeting in speech stays out, as before.
    ['ru: a third person who met someone, told in a turn',
      TURNS + 'А президент?\nБ. Сидоров: Президент встречался с послом в апреле.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('«обсуждал это с» a named counterpart', () => {
  it.each([
    ['ru: a word between the verb and the counterpart',
      'date: 2027-05-14\n\nВ марте министр обсуждал это с Петром Ивановым в Оше.',
      ['2027-03 past meeting «В марте»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
