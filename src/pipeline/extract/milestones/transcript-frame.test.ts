import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// The frame of a transcript or interview: the chair's label opening a turn of minutes and the editor's lead-in
// («публикуем часть беседы», 'below are excerpts from the hearing') tell no event; the events are in the turns.
describe('the frame of a transcript', () => {
  it.each([
    ['ru: the chair\'s label «Председательствующий:» is no chairmanship', 'date: 2031-04-09\n\nПредседательствующий: Переходим ко второму вопросу повестки.', []],
    ['ru: a chairmanship told stays', 'date: 2031-04-09\n\nВ 2032 году председательство в Содружестве перейдёт к Кыргызстану.', ['2032 planned other «В 2032»']],
    ['ru: the outlet quoting the minutes', 'date: 2031-04-09\n\nНиже наш портал приводит выдержки из стенограммы слушаний о тарифах.', []],
    ['ru: «Публикуем часть беседы …»', 'date: 2031-04-09\n\nПубликуем вторую часть беседы с министром, посвящённую торговле.', []],
    ['ru: a protocol signed stays', 'date: 2031-04-09\n\nВчера министры подписали протокол о взаимодействии по энергетике.', ['2031-04-08 past agreement «Вчера министры»']],
    ['en: "Below are excerpts from the hearing"', 'date: 2031-04-09\n\nBelow are excerpts from the committee hearing of Tuesday.', []],
    ['en: "publishes a transcript of the conversation"', 'date: 2031-04-09\n\nThe agency publishes a transcript of the conversation with the envoy.', []],
    ['ru: the interview itself named by the interviewer', 'date: 2031-04-09\n\n— Гульнара Маратовна, в начале беседы вы назвали урожай скромным. Почему?', []],
    ['ru: a conversation with a counterpart stays', 'date: 2031-04-09\n\nВо вторник министр провёл беседу с послом России.', ['2031-04-08 past meeting «Во вторник»']],
    ['en: the interview itself named by the interviewer', 'date: 2031-04-09\n\nQ: Earlier in this interview you called the year difficult. What next?', []],
    ['en: a meeting told stays', 'date: 2031-04-09\n\nThe two ministers met in Osh on Tuesday.', ['2031-04-08 past meeting «The two»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
