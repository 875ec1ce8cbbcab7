import { describe, expect, it } from 'vitest';
import { figureLines } from './test-run';

describe('a level pointing back at an aim, with a deadline, sets the aim for that deadline', () => {
  it.each([
    ['ru: «выйти на этот уровень к 2029 году» after an aim without a date', '2026-03-10',
      'Лидеры двух стран поставили задачу довести товарооборот до 6 млрд долларов. Министр заявил, что стороны рассчитывают выйти на этот уровень к 2029 году.',
      ['trade_turnover 6000000000 null target', 'trade_turnover 6000000000 2029 target']],
    ['ru: «достичь этой отметки» one sentence further on', '2026-03-10',
      'Стороны намерены довести товарооборот до 6 млрд долларов. Заседание комиссии пройдет осенью. Достичь этой отметки планируется к 2030 году.',
      ['trade_turnover 6000000000 null target', 'trade_turnover 6000000000 2030 target']],
    ['en: "reach that level by 2029"', '2026-03-10',
      'The two presidents set a goal of raising trade to $6 billion. The minister said Bishkek hoped to reach that level by 2029.',
      ['trade_turnover 6000000000 null target', 'trade_turnover 6000000000 2029 target']],
    ['negative: a level pointing back with no deadline', '2026-03-10',
      'Стороны намерены довести товарооборот до 6 млрд долларов. Эксперты сомневаются, что этот уровень достижим.',
      ['trade_turnover 6000000000 null target']],
    ['negative: an actual turnover told after the aim is the level pointed at', '2026-03-10',
      'Стороны намерены довести товарооборот до 6 млрд долларов. В 2025 году товарооборот составил 4 млрд долларов. Этот уровень планируется сохранить к 2027 году.',
      ['trade_turnover 6000000000 null target', 'trade_turnover 4000000000 2025 actual']],
    ['negative: the aim told too far back', '2026-03-10',
      'Стороны намерены довести товарооборот до 6 млрд долларов. Заседание комиссии пройдет осенью. Делегацию возглавит министр. Выйти на этот уровень планируется к 2030 году.',
      ['trade_turnover 6000000000 null target']],
  ])('%s', (_name, date, text, want) => {
    expect(figureLines(text, date)).toEqual(want);
  });
});
