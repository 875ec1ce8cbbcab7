import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a numbered session of a body is a gathering of its own beside the talks of the day', () => {
  it.each([
    ['ru: the speakers\' talks, then «прошло второе заседание комиссии» they chaired',
      'date: 2030-04-15\n\nСпикер Иван Петров провёл переговоры с Олегом Сидоровым. Под председательством Ивана Петрова и Олега Сидорова прошло второе заседание межпарламентской комиссии.',
      ['2030-04-15 past meeting «Спикер Иван»', '2030-04-15 past meeting «Под председательством»']],
    ['en: talks, then "the first session of the commission" in Moscow',
      'date: 2030-04-15\n\nSpeaker Ivan Petrov held talks with Oleg Sidorov. The first session of the interparliamentary commission took place in Moscow.',
      ['2030-04-15 past meeting «Speaker Ivan»', '2030-04-15 past meeting «The first»']],
    // Negative cases.
    ['ru: a session without a number retells the talks',
      'date: 2030-04-15\n\nСпикер Иван Петров провёл переговоры с Олегом Сидоровым. Под председательством Ивана Петрова и Олега Сидорова прошло заседание.',
      ['2030-04-15 past meeting «Спикер Иван»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a gathering named as a topic but told as held at a time of its own is an event', () => {
  it.each([
    ['ru: «обсудили итоги заседания комиссии, прошедшего в декабре»',
      'date: 2030-03-18\n\nСтороны обсудили итоги заседания межпарламентской комиссии, прошедшего в декабре в Бишкеке.',
      ['2029-12 past meeting «Стороны обсудили»']],
    ['en: "discussed the results of the session held in December"',
      'date: 2030-03-18\n\nThe sides discussed the results of the commission session, held in December in Bishkek.',
      ['2029-12 past meeting «The sides»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it('ru: without a time of its own, the session keeps the day of the talks', () => {
    expect(run('date: 2030-03-18\n\nСтороны обсудили итоги заседания межпарламентской комиссии.')).toEqual(['2030-03-18 past meeting «Стороны обсудили»']);
  });
});

