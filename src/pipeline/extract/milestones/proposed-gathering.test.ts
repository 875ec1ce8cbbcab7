import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A proposal to hold a gathering tells a plan, not a gathering held; a link told after it («По итогам переговоров»,
// 'Following the talks') then continues the talks held before, not the plan.
describe('a gathering proposed: a plan', () => {
  it.each([
    ['en: "proposed to hold the next session"',
      'date: 2031-05-10\n\nThe Kyrgyz premier met the Russian premier in Moscow on Tuesday.\n\nThe Russian premier proposed to hold the next sitting of the intergovernmental commission in Osh later this year.\n\nFollowing the talks, the parties signed a memorandum on fisheries.',
      ['2031-05-06 past meeting «The Kyrgyz»', '2031 planned igc_session «The Russian»', '2031-05-06 past agreement «Following the»']],
    ['en: "suggested holding" after "and"',
      'date: 2031-05-10\n\nThe Russian premier praised the fund, and suggested holding the next meeting of the intergovernmental commission in Osh in the autumn.',
      ['2031 planned igc_session «The Russian»']],
    ['ru: «предложил провести следующее заседание»',
      'date: 2031-05-10\n\nПремьер Киргизии во вторник встретился в Москве с премьером России.\n\nПремьер России предложил провести следующее заседание межправительственной комиссии в Оше во втором полугодии.\n\nПо итогам переговоров стороны подписали меморандум о сотрудничестве в области рыболовства.',
      ['2031-05-06 past meeting «Премьер Киргизии»', '2031 planned igc_session «Премьер России»', '2031-05-06 past agreement «По итогам»']],
    ['ru: «предлагаем провести» in the first person (a speaker\'s own proposal)',
      'date: 2031-05-10\n\nПремьер России во вторник встретился в Москве с премьером Киргизии.\n\n«Следующую сессию межправительственной комиссии предлагаем провести осенью в Оше», — сказал он.',
      ['2031-05-06 past meeting «Премьер России»', '2031 planned igc_session ««Следующую сессию»']],
    ['ru: «Предлагаю поручить … подготовить очередное заседание»',
      'date: 2031-05-10\n\nПредлагаю поручить сопредседателям комиссии подготовить очередное заседание во втором полугодии.',
      ['2031 planned meeting «Предлагаю поручить»']],
    // Negatives: a proposal that is no gathering leaves the gathering told past.
    ['en: a tariff proposed at a session held',
      'date: 2031-05-10\n\nThe intergovernmental commission met in Osh on Tuesday, where the Russian side proposed a lower tariff.',
      ['2031-05-06 past igc_session «The intergovernmental»']],
    ['ru: «предложил снизить пошлины» at a session held',
      'date: 2031-05-10\n\nВо вторник в Оше состоялось заседание межправительственной комиссии, на котором российская сторона предложила снизить пошлины.',
      ['2031-05-06 past igc_session «Во вторник»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
