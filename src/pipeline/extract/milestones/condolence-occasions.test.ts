/**
 * Distance diplomacy: a telegram or a greeting and the occasion it answers. A disaster told by its verb and a day of
 * mourning declared are events of their own day; a second message of the same day («В тот же день …») is another message,
 * not the first told again. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { condolenceOccasion } from './condolence-occasion';
import { milestoneLines as run } from './test-kit';

describe('the occasions a condolence answers, and a further message of the same day', () => {
  it.each([
    ['ru: a blast told by its verb, of the day before the article',
      'date: 2031-11-04\n\nПрезидент Киргизии Иван Петров направил телеграмму соболезнования президенту России. Как сообщалось, взрыв прогремел на автовокзале Омска в понедельник.',
      ['2031-11-04 past other «Президент Киргизии»', '2031-11-03 past other «Как сообщалось,»']],
    ['ru: a day of mourning declared',
      'date: 2031-11-04\n\nПрезидент Киргизии Иван Петров направил телеграмму соболезнования президенту России. В России 5 ноября объявлено днем общенационального траура.',
      ['2031-11-04 past other «Президент Киргизии»', '2031-11-05 planned other «В России»']],
    ['ru: «В тот же день» another message of the day',
      'date: 2031-12-31\n\nПрезидент Киргизии Иван Петров направил телеграмму соболезнования российскому лидеру в связи с пожаром в Омске.\n\nВ тот же день Петров направил коллеге новогоднее поздравление.',
      ['2031-12-31 past other «Президент Киргизии»', '2031-12-31 past other «В тот»']],
    // Negative: without «в тот же день» the same message told again is one event.
    ['ru: the message told again',
      'date: 2031-12-31\n\nПрезидент Киргизии Иван Петров направил телеграмму соболезнования российскому лидеру в связи с пожаром в Омске.\n\nКроме того, Петров направил коллеге телеграмму.',
      ['2031-12-31 past other «Президент Киргизии»']],
    ['ru: other leaders listed beside the sides’ messages',
      'date: 2031-12-31\n\nПрезидент Киргизии Иван Петров направил президенту России новогоднее поздравление. Поздравления также направили президент Казахстана и президент Узбекистана.',
      ['2031-12-31 past other «Президент Киргизии»']],
    ['ru: the disaster named as the occasion of condolences in a headline is not told there',
      'date: 2031-11-01\n\nМинистр выразил коллеге соболезнования в связи с терактом в Омске\n\nМинистр иностранных дел Киргизии в субботу провел телефонный разговор с российским коллегой.',
      ['2031-11-01 past meeting «Министр иностранных»']],
    ['ru: what was discussed in a call already told is that call',
      'date: 2031-10-07\n\nПрезидент Киргизии сегодня по телефону поздравил президента России с 60-летием. В ходе разговора стороны обменялись мнениями о ходе выполнения договоренностей.',
      ['2031-10-07 past anniversary «Президент Киргизии»']],
    // Negative: talks held in person are no call; what was discussed there is told as before.
    ['ru: «в ходе беседы» after talks in person',
      'date: 2031-10-07\n\nПрезидент Киргизии сегодня поздравил президента России с 60-летием. В ходе беседы стороны обменялись мнениями о ходе выполнения договоренностей.',
      ['2031-10-07 past anniversary «Президент Киргизии»', '2031-10-07 past meeting «В ходе»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('condolenceOccasion: a disaster named as what condolences answer', () => {
  it.each([
    ['ru', 'Министр выразил коллеге соболезнования в связи с ', true],
    ['ru', 'Президент направил телеграмму соболезнования в связи с многочисленными ', true],
    ['ru', 'Официальный представитель ранее сообщила, что соболезнования в связи с ', true],
    ['en', 'The president expressed his condolences over the ', true],
    // Negative: «в связи с» without condolences, and condolences told apart from the disaster's word.
    ['ru', 'Рейсы отменены в связи с ', false],
    ['ru', 'Президент выразил соболезнования. Вечером произошел ', false],
    ['en', 'Flights were cancelled over the ', false],
  ] as const)('%s «%s»', (lang, before, want) => {
    expect(condolenceOccasion(before, lang)).toBe(want);
  });
});
