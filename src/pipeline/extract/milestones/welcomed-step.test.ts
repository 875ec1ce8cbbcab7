import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';
import { welcomedStep } from './welcomed-step';

describe('welcomedStep: an event word right after a verb of welcoming', () => {
  it.each([
    ['ru', 'Премьер приветствовал ратификацию', true],
    ['ru', 'Министр одобрил подписание', true],
    ['en', 'The minister welcomed the ratification', true],
    ['en', 'The premier hailed ratification', true],
    ['ru', 'Премьер сообщил о ратификации', false],
    ['ru', 'Вместе с ним депутаты одобрили соглашение', false],
    ['ru', 'Парламент одобрил соглашение', false],
    ['en', 'The minister announced the ratification', false],
  ] as const)('%s: «%s» → %s', (lang, text, want) => {
    expect(welcomedStep(text, text.lastIndexOf(' ') + 1, lang)).toBe(want);
  });
});

describe('a step welcomed in the article is dated by its month, not its day', () => {
  it.each([
    ['en: "welcomed the ratification of the agreement"',
      'date: 2013-05-22\n\nKyrgyz Prime Minister Ivan Petrov welcomed the ratification of the agreement on the Kant air base.',
      ['2013-05 past agreement «Kyrgyz Prime»']],
    ['ru: «приветствовал ратификацию соглашения»',
      'date: 2013-05-22\n\nПремьер-министр Киргизии Иван Петров приветствовал ратификацию соглашения об авиабазе Кант.',
      ['2013-05 past agreement «Премьер-министр Киргизии»']],
    ['en: a ratification told as done keeps the article day',
      'date: 2013-05-22\n\nThe Kyrgyz parliament ratified the agreement on the Kant air base today.',
      ['2013-05-22 past agreement «The Kyrgyz»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
