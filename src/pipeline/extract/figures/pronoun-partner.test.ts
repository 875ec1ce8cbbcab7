import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import type { FigureDraft } from '../../types';
import { articleDate } from './test-run';
import { extractFigures } from '../figures';

/** `metric value period kind` — one line per figure, in text order. */
function run(text: string, date: string | null): string[] {
  const { doc } = toDoc('t.txt', text);
  return extractFigures(doc, articleDate(date)).map((f: FigureDraft) => [f.metric, f.value, f.period ?? 'null', f.kind].join(' '));
}

/** A pronoun after «с» / "with" is the partner named last before the trade word. */
describe('a pronoun partner', () => {
  it.each([
    ['«… — Казахстан: товарооборот с ним …» is a third country’s', '2018-05-01', 'Губернатор края обсудил с послом Киргизии поставки зерна. Крупнейший торговый партнёр края — Казахстан: товарооборот с ним превышает 2 млрд долларов в год.', ['third_country_trade_turnover 2000000000 annual actual']],
    ['en: "… is China; trade with it …"', '2018-05-01', 'The largest partner of the region is China; trade with it reached $900 million last year.', ['third_country_trade_turnover 900000000 2017 actual']],
    ['«Россия … товарооборот с ней …» stays the pair’s own', '2018-05-01', 'Главный партнёр Киргизии — Россия: товарооборот с ней в прошлом году составил 2 млрд долларов.', ['trade_turnover 2000000000 2017 actual']],
  ])('%s', (_name, date, text, want) => {
    expect(run(text, date)).toEqual(want);
  });
});
