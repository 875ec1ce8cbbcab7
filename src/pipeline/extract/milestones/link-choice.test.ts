import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('which event told before a linked clause it continues', () => {
  it.each([
    // A plan linked to a gathering of the article's own day is done at its end, on that day.
    ['ru: «По итогам заседания стороны подпишут» after a session held today',
      'date: 2023-04-12\n\nЗаседание межправительственной комиссии открылось сегодня в Бишкеке. По итогам заседания стороны подпишут протокол.',
      ['2023-04-12 past igc_session «Заседание межправительственной»', '2023-04-12 planned agreement «По итогам»']],
    // … but not to a gathering of an earlier day: the plan has no date of its own.
    ['ru: a plan after talks of an earlier day stays undated',
      'date: 2023-04-12\n\nВо вторник министры провели переговоры в Бишкеке. По итогам переговоров стороны подпишут протокол.',
      ['2023-04-11 past meeting «Во вторник»', 'null planned agreement «По итогам»']],
    // A clause told with a verb of a done event does not continue the plan told just before it.
    ['en: "also agreed" after "must still be ratified"',
      'date: 2023-04-12\n\nThe ministers signed a transit agreement in Osh. The deal must still be ratified by both parliaments. Moscow also agreed to write off part of the debt.',
      ['2023-04-12 past agreement «The ministers»', 'null planned agreement «The deal»', '2023-04-12 past other «Moscow also»']],
    // A verb of telling reports the plan: the clause still continues it.
    ['en: "said … would also raise" continues the plan',
      'date: 2023-04-12\n\nThe ministers signed a transit agreement in Osh. The premier is expected in Moscow in May. The minister said Bishkek would also raise the issue at a meeting of defence ministers.',
      ['2023-04-12 past agreement «The ministers»', '2023-05 planned visit «The premier»', '2023-05 planned meeting «The minister»']],
  ])('%s', (_name, text, want) => expect(run(text)).toEqual(want));
});
