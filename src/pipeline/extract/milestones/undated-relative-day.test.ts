import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// «Об этом сообщил X по итогам встречи с Y, состоявшейся вчера» on a page whose year is unknown: «вчера» cannot be
// resolved, yet it is the meeting's own day, so the clause tells the meeting, not only the speaker's occasion.
describe('a speaker\'s occasion with a relative day of its own on an undated page', () => {
  it.each([
    ['ru: «по итогам встречи …, состоявшейся вчера»',
      'Тарифы на уголь сохранятся – Орлов после встречи с Сидоровым\n14 марта, 09:10\n\nТарифы на уголь не изменятся. Об этом сообщил министр Иван Орлов по итогам встречи с главой компании «Уголь-Транс» Павлом Сидоровым, состоявшейся вчера в Казани.',
      ['null past meeting «Об этом»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });
});
