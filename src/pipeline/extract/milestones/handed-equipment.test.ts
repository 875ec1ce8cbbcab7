import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// Town transport and medical machines handed over to the other side are aid, like the buses and equipment of the same trigger.
describe('transport and ventilators handed over', () => {
  it.each([
    ['ru: trolleybuses handed to a city', 'date: 2035-07-01\n\nВ прошлом году Казань передала Ошу 15 троллейбусов.', ['2034 past other «В прошлом»']],
    ['ru: ventilators handed to colleagues', 'date: 2035-07-01\n\nОсенью 2034 года томские медики передали коллегам из Нарына партию аппаратов ИВЛ.', ['2034 past other «Осенью 2034»']],
    // Negative: a machine named without a handover tells no event.
    ['ru: ventilators only described', 'date: 2035-07-01\n\nВ больнице Нарына работают 12 аппаратов ИВЛ.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
