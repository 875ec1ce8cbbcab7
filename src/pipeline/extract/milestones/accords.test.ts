import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';
import { closesSentence, opensWithAccord } from './accords';

describe('an agreement told only as reached is a milestone of its own', () => {
  it.each([
    ['ru: «договорились о» + what was agreed, after the talks',
      'date: 2019-05-15\n\nВ среду министры провели переговоры в Оше. Стороны договорились о снижении тарифов на перевозку зерна.',
      ['2019-05-15 past meeting «В среду»', '2019-05-15 past agreement «Стороны договорились»']],
    ['ru: «договорились» + an infinitive of creating or merging',
      'date: 2019-05-15\n\nВ среду министры провели переговоры в Оше. Главы ведомств договорились объединить два учебных центра в один.',
      ['2019-05-15 past meeting «В среду»', '2019-05-15 past agreement «Главы ведомств»']],
    ['ru: a road map agreed to be prepared is a plan without a date',
      'date: 2019-05-15\n\nВ среду губернатор принял делегацию из Нарына. Стороны договорились подготовить «дорожную карту» сотрудничества.',
      ['2019-05-15 past meeting «В среду»', 'null planned other «Стороны договорились»']],
    ['en: "agreed to set up" after the talks',
      'date: 2019-05-15\n\nThe ministers held talks in Osh on Wednesday. The two sides agreed to set up a joint council on water.',
      ['2019-05-15 past meeting «The ministers»', '2019-05-15 past agreement «The two»']],
    // A step agreed told by its verb, its day between 'agreed' and 'to': opening, leasing, switching, raising, restructuring.
    ['en: "agreed on Saturday to switch" dates the accord by its own day',
      'date: 2019-05-18\n\nThe two veterinary services agreed on Saturday to switch to electronic certificates for dairy products.',
      ['2019-05-18 past agreement «The two»']],
    ['en: "agreed to lease" after the talks',
      'date: 2019-05-15\n\nThe ministers held talks in Osh on Wednesday. The two leaders also agreed to lease additional land for the training airfield.',
      ['2019-05-15 past meeting «The ministers»', '2019-05-15 past agreement «The two»']],
    ['en: "agreed on 12 May to reschedule" a debt',
      'date: 2019-05-15\n\nOfficials of the two finance ministries agreed on 12 May to reschedule the state debt over ten years.',
      ['2019-05-12 past agreement «Officials of»']],
    ['ru: «договорились о встрече» is a plan of a meeting, no accord',
      'date: 2019-05-15\n\nВ среду министры провели переговоры в Оше. Министры договорились о встрече в июне.',
      ['2019-05-15 past meeting «В среду»', '2019-06 planned meeting «Министры договорились»']],
    ['ru: a standfirst without its stop tells no accord of its own',
      'date: 2019-05-15\n\nВ среду министры провели переговоры в Оше. Стороны договорились о снижении тарифов на перевозку зерна\n\nТекст статьи.',
      ['2019-05-15 past meeting «В среду»']],
    ['ru: an accord with no subject lists what the talks covered',
      'date: 2019-05-15\n\nВ среду министры провели переговоры в Оше. Договорились о снижении тарифов на перевозку зерна.',
      ['2019-05-15 past meeting «В среду»']],
    ['ru: an accord whose paragraph tells the document signed is that document',
      'date: 2019-05-15\n\nВ среду министры провели переговоры в Оше. Стороны договорились создать совместный совет по воде. Соответствующее соглашение министры подписали по итогам встречи.',
      ['2019-05-15 past meeting «В среду»', '2019-05-15 past agreement «Соответствующее соглашение»']],
    // An accord opened by an additive connective («Кроме того», "In addition") is one more agreement beside the document signed.
    ['ru: «Кроме того, … договорились о …» after a document signed is another agreement',
      'date: 2019-05-15\n\nВ среду министр сельского хозяйства провел переговоры в Таласе. Стороны подписали меморандум о ветеринарном контроле. Кроме того, агрохолдинг и районная администрация договорились о строительстве элеватора.',
      ['2019-05-15 past meeting «В среду»', '2019-05-15 past agreement «Стороны подписали»', '2019-05-15 past agreement «Кроме того,»']],
    ['en: "In addition, … agreed to build …" after a document signed is another agreement',
      'date: 2019-05-15\n\nThe farm minister held talks in Talas on Wednesday. The sides signed a memorandum on veterinary checks. In addition, a grain trader and the district council agreed to build a silo.',
      ['2019-05-15 past meeting «The farm»', '2019-05-15 past agreement «The sides»', '2019-05-15 past agreement «In addition,»']],
    ['en: funds agreed to be provided are an agreement reached',
      'date: 2019-05-15\n\nThe finance minister said on Monday that Moscow had agreed to provide $20 million in grants for hospitals.',
      ['2019-05-13 past agreement «The finance»']],
    // An accord with a time of its own beside a document handed over on another day is an earlier step of its own.
    ['ru: «Ранее, в марте, … договорились …» after documents handed over today',
      'date: 2019-05-15\n\nСегодня посол передал музею копии архивных документов. Ранее, в марте, министры двух стран договорились о поиске воинских захоронений.',
      ['2019-05-15 past agreement «Сегодня посол»', '2019-03 past agreement «Ранее, в»']],
    ['en: "In March, … agreed to set up …" after a treaty signed today',
      'date: 2019-05-15\n\nThe ministers signed a treaty on the border today. In March, the two governments agreed to set up a joint council on water.',
      ['2019-05-15 past agreement «The ministers»', '2019-03 past agreement «In March,»']],
    ['en: "agreed that X would supply" after the talks',
      'date: 2019-05-15\n\nThe ministers held talks in Osh on Wednesday. The sides agreed that Russia would deliver diesel to the southern regions during the winter.',
      ['2019-05-15 past meeting «The ministers»', '2019-05-15 past agreement «The sides»']],
    ['ru: «согласован индикативный баланс на 2020 год» is agreed that day, for that year',
      'date: 2019-05-15\n\nВ среду министры провели переговоры в Оше. По итогам встречи согласован индикативный баланс поставок зерна на 2020 год.',
      ['2019-05-15 past meeting «В среду»', '2019-05-15 past agreement «По итогам»']],
    // Negative: the pluperfect of reported speech tells what a speaker recalls, not an accord of the day.
    ['en: "said the sides had agreed that X would supply" is no accord',
      'date: 2019-05-15\n\nThe ministers held talks in Osh on Wednesday. The minister said the sides had agreed that Russia would deliver diesel to the southern regions.',
      ['2019-05-15 past meeting «The ministers»']],
    ['en: "said Russia had agreed to reschedule" reports an earlier accord, none of its own',
      'date: 2019-05-15\n\nThe ministers held talks in Osh on Wednesday. The premier said Russia had agreed to reschedule part of the debt.',
      ['2019-05-15 past meeting «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('closesSentence and opensWithAccord', () => {
  it.each([
    ['Стороны договорились о поставках.', true],
    ['Стороны договорились о поставках', false],
    ['Он сказал: «Мы договорились».', true],
  ])('closesSentence(%j) = %s', (text, want) => {
    expect(closesSentence(text)).toBe(want);
  });
  it.each([
    ['Договорились о поставках зерна.', true],
    ['Agreed to cut fees.', true],
    ['Стороны договорились о поставках зерна.', false],
  ])('opensWithAccord(%j) = %s', (text, want) => {
    expect(opensWithAccord(text)).toBe(want);
  });
});
