import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a clause opening on the documents signed: what follows is their content', () => {
  it.each([
    ['en: "Under the agreements signed in Osh, X will …" was signed at the talks told before',
      'date: 2031-05-20\n\nThe two premiers held talks in Osh on May 19. Under the agreements signed in Osh, the neighbour will lend $50 million for roads.',
      ['2031-05-19 past meeting «The two»', '2031-05-19 past agreement «Under the»']],
    ['ru: «По подписанным в Оше соглашениям, сосед предоставит …»',
      'date: 2031-05-20\n\nВчера премьеры провели переговоры в Оше. По подписанным в Оше соглашениям, сосед предоставит кредит на строительство дорог.',
      ['2031-05-19 past meeting «Вчера премьеры»', '2031-05-19 past agreement «По подписанным»']],
    ['en: "Under the agreement, X will …" after the documents signed that day',
      'date: 2031-05-20\n\nThe two premiers held talks in Osh and signed four documents. Under the agreement, the neighbour will write off $35 million of debt.',
      ['2031-05-20 past meeting «The two»', '2031-05-20 past agreement «signed four»', '2031-05-20 past other «Under the»']],
    // Negative: an agreement still to be signed keeps its plan.
    ['en: "Under the agreement to be signed in June, X will …" is a plan',
      'date: 2031-05-20\n\nThe two premiers held talks in Osh on May 19. Under the agreement to be signed in June, the neighbour will lend $50 million for roads.',
      ['2031-05-19 past meeting «The two»', '2031-06 planned agreement «Under the»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
