import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// The two sides' payment, visa or information systems connected to each other: a step of cooperation.
describe('payment, visa or information systems linked', () => {
  it.each([
    ['en: will connect fast payment systems by a year', 'date: 2030-06-20\n\nThe two central banks will connect their fast payment systems by the end of 2031, the ministry said.', ['2031 planned other «The two»']],
    ['en: agreed to link e-visa systems, with a purpose', 'date: 2030-06-20\n\nThe sides also agreed to link their e-visa systems so that foreigners could apply through a single portal.', ['2030-06-20 past other «The sides»']],
    ['ru: подключат системы быстрых платежей', 'date: 2030-06-20\n\nЦентробанки двух стран подключат свои системы быстрых платежей в 2031 году.', ['2031 planned other «Центробанки двух»']],
    ['ru: соединили платежные системы', 'date: 2030-06-20\n\nЦентробанки двух стран соединили платежные системы.', ['2030-06-20 past other «Центробанки двух»']],
    // Not a link: a system only named; a hedge on the event itself still holds.
    ['en: a payment system used', 'date: 2030-06-20\n\nThe bank said its payment system is used by millions.', []],
    ['en: could link', 'date: 2030-06-20\n\nThe banks could link their payment systems.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
