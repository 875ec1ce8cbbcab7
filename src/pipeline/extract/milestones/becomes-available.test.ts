import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A service or app that will become available is launched.
describe('a service that will become available', () => {
  it.each([
    ['en: its payment service would become available', 'date: 2030-06-20\n\nThe bank announced its payment service would become available to local cardholders in 2031.', ['2031 planned other «The bank»']],
    ['ru: сервис станет доступен', 'date: 2030-06-20\n\nБанк сообщил, что его платежный сервис станет доступен держателям карт в 2031 году.', ['2031 planned other «Банк сообщил,»']],
    ['ru: приложение станет доступно', 'date: 2030-06-20\n\nПриложение станет доступно пользователям в марте 2031 года.', ['2031-03 planned other «Приложение станет»']],
    // Not a launch: data that will become available, a service that is available.
    ['en: data will become available', 'date: 2030-06-20\n\nData on the harvest will become available in March.', []],
    ['en: the service is available', 'date: 2030-06-20\n\nThe service is available in Osh.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
