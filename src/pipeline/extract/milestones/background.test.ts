import { describe, expect, it } from 'vitest';
import type { Language } from '../../../schema/dataset';
import { toDoc } from '../../read';
import { extractArticle } from '../index';
import raw from '../../knowledge/event-lexicon.json';
import { backgroundStretches } from './background';
import { lexiconOf } from './language';

/** The text of each background stretch of `text`. */
function stretches(text: string, lang: Language): string[] {
  return backgroundStretches(text, 0, lexiconOf(lang)).map((s) => text.slice(s.start, s.end));
}

/** `date type «first two words»` of every milestone the whole pass list finds. */
function run(text: string): string[] {
  return extractArticle(toDoc('t.txt', text).doc).milestones.map((m) => `${m.date} ${m.type} «${m.quote.text.split(' ').slice(0, 2).join(' ')}»`);
}

describe('backgroundStretches', () => {
  it('has openers, since-words and occurrence verbs in both languages in the lexicon', () => {
    const b = raw.backgroundClauses;
    for (const list of [b.ru, b.en, b.since.ru, b.since.en, b.occurrence.ru, b.occurrence.en]) expect(list.length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'The plant, which was built in 1998, makes buses.', ['which was built in 1998']],
    ['en', 'They discussed the pact, signed in Minsk in 2011, and gas.', ['signed in Minsk in 2011']],
    ['en', 'Trade has grown since the border reopened in May.', ['since the border reopened in May.']],
    ['ru', 'Завод, который построен в 1985 году, выпускает автобусы.', ['который построен в 1985 году']],
    ['ru', 'Стороны обсудили договор, подписанный в Минске в 2011 году.', ['подписанный в Минске в 2011 году.']],
    ['ru', 'Министр встретился с вице-премьером, находящимся в Бишкеке для участия в заседании совета.', ['находящимся в Бишкеке для участия в заседании совета.']],
    ['en', 'Ministers signed the deal and met the press.', []],
    // Right after a relative clause closes, the verb is the main predicate, not a participle.
    ['en', 'The envoy, who arrived on Monday, discussed on Friday the plan.', ['who arrived on Monday']],
    ['en', 'The envoy discussed the pact, signed in Minsk, signed in haste.', ['signed in Minsk', 'signed in haste.']],
    ['en', 'Convinced of the need, they signed it.', []],
    ['ru', 'Министры, как и ожидалось, подписали протокол.', []],
  ] as const)('%s: «%s»', (lang, text, want) => {
    expect(stretches(text, lang)).toEqual(want);
  });
});

describe('a sentence’s event takes the date of its own clause', () => {
  it.each([
    ['a relative clause with its own event is background; the next event continues the lead',
      'date: 2022-05-20\n\nThe premier visited the Osh plant on Thursday.\nThe plant, which opened in 1999, is the largest in the south.\nThe two delegations later signed a memorandum.',
      ['2022-05-19 visit «The premier»', '1999 other «The plant,»', '2022-05-19 agreement «The two»']],
    ['a participle phrase with its own event does not date the main one',
      'date: 2022-05-20\n\nThe summit, hosted by Uzbekistan, marked the tenth year of the trade pact, signed in Minsk in 2011.',
      // The pact's signing, dated in its own phrase, is an event of its own (clauses.ts, cutStretch).
      ['2022-05-20 summit «The summit,»', '2011 agreement «signed in»']],
    ['a relative clause without an event dates its antecedent',
      'date: 2022-05-20\n\nДелегация прибыла в Ош для участия в заседании рабочей группы, которое пройдет завтра.',
      ['2022-05-21 meeting «Делегация прибыла»']],
    ['ru: «, подписанного в … году» stays with its own signing',
      'date: 2022-05-20\n\nВ Оше министры обсудили выполнение договора, подписанного в 2011 году.',
      ['2011 agreement «В Оше»']],
    ['ru: a plan approved for a document «, подписанного в … году» is an event of its own beside that signing',
      'date: 2022-05-20\n\nВчера стороны утвердили план мероприятий по выполнению соглашения о сотрудничестве, подписанного в Оше в 2018 году.',
      ['2022-05-19 other «Вчера стороны»', '2018 agreement «подписанного в»']],
    ['ru: a road map signed for a document «, заключённого в … году»: two signings, the map\'s and the document\'s',
      'date: 2022-05-20\n\nВчера министры подписали дорожную карту по выполнению соглашения о партнёрстве, заключённого в 2016 году.',
      ['2022-05-19 agreement «Вчера министры»', '2016 agreement «заключённого в»']],
    ['ru: «заключённые» with no year is no signing',
      'date: 2022-05-20\n\nВчера министры обсудили условия содержания заключённых в колониях.',
      ['2022-05-19 meeting «Вчера министры»']],
    ['a piece cut off at a date that does not date the event tells nothing new',
      'date: 2022-05-20\n\nВ 2012 году стороны подписали соглашение о поставках, которое продлевали в 2017 году.',
      ['2012 agreement «В 2012»']],
    ['a participle about a person does not date the event',
      'date: 2022-05-20\n\nВчера в Оше побывал министр транспорта, назначенный на этот пост в начале марта.',
      ['2022-05-19 visit «Вчера в»']],
    ['en: a participle right after the event word dates it',
      'date: 2022-05-20\n\nThe ministers attended the forum, held in Osh on May 12.',
      ['2022-05-12 forum «The ministers»']],
    // A gathering that ended on a day told in its relative clause dates the talks on its sidelines.
    ['ru: «на полях форума, который вчера завершился»',
      'date: 2022-05-20\n\nМинистры провели переговоры на полях форума, который вчера завершился в Оше.',
      ['2022-05-19 meeting «Министры провели»']],
    ['en: "on the sidelines of the forum, which ended in … yesterday"',
      'date: 2022-05-20\n\nThe ministers held talks on the sidelines of the forum, which ended in Osh yesterday.',
      ['2022-05-19 meeting «The ministers»']],
    // A participle of expectation after the event word tells when it is to happen, beside another trigger.
    ['en: ", expected in … in June" dates the session beside another gathering',
      'date: 2022-05-20\n\nBeyond the forum, the two governments are preparing the intergovernmental commission\'s next session, expected in Osh in June.',
      ['2022-06 igc_session «Beyond the»']],
    ['ru: «визита …, который ожидается в июне» dates the planned visit',
      'date: 2022-05-20\n\nМинистры обсудят поставки зерна в ходе визита в Ош премьер-министра России, который ожидается в июне.',
      ['2022-06 visit «Министры обсудят»']],
    ['en: "since" with a year still dates an event told from then',
      'date: 2022-05-20\n\nThe base has hosted Russian jets since 2003.',
      ['2003 other «The base»']],
    // A date right after the year of a "since" phrase is the event's own: "for the first time since 2010 later this year".
    // A host's reception in a participle phrase, beside a dated plan the host tells, is the meeting of the article's day.
    ['ru: «Премьер, принявший министра, сообщил, что … посетит … 3 июня»',
      'date: 2022-05-20\n\nПремьер-министр Киргизии, принявший Сергея Лаврова, сообщил, что президент посетит Москву 3 июня.',
      ['2022-05-20 meeting «принявший Сергея»', '2022-06-03 visit «сообщил, что»']],
    ['en: "The premier, who received X, said … will visit … on June 3"',
      'date: 2022-05-20\n\nThe Kyrgyz premier, who received Russian Foreign Minister Sergei Lavrov, said the president would visit Moscow on June 3.',
      ['2022-05-20 meeting «who received»', '2022-06-03 visit «said the»']],
    ['en: "the first time since 2010 later this year" is this year',
      'date: 2022-05-20\n\nThe foreign minister is expected to visit Osh for the first time since 2010 later this year.',
      ['2022 visit «The foreign»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a document whose name lists its subjects takes the date of its signing participle', () => {
  it.each([
    ['ru: «Договора о дружбе, торговле и помощи, подписанного …»',
      'date: 2005-03-17\n\nВ четверг министры подписали протокол о торговле. Новый протокол дополняет Договор о дружбе, торговле и взаимной помощи, подписанный 12 мая 1995 года.',
      ['2005-03-17 agreement «В четверг»', '1995-05-12 agreement «Новый протокол»']],
    ['en: "the Treaty of Friendship, Trade and Assistance, signed on …"',
      'date: 2005-03-17\n\nThe ministers signed a trade protocol on Thursday. The new protocol builds on the Treaty of Friendship, Trade and Assistance, signed on May 12, 1995.',
      ['2005-03-17 agreement «The ministers»', '1995-05-12 agreement «The new»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// A rule told as enshrined in a document («правило закреплено соглашением») names the document as its standing basis,
// recalled: no step of the article's day.
describe('a document named as the basis of a rule', () => {
  it.each([
    ['ru: «закреплено межправительственным соглашением» is undated', 'date: 2031-04-10\n\nЭто правило закреплено межправительственным соглашением о поездках граждан.', ['null agreement «Это правило»']],
    ['ru: a signing with its own day stays dated', 'date: 2031-04-10\n\nЭто правило закреплено в соглашении, которое министры подписали 3 апреля.', ['2031-04-03 agreement «Это правило»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
