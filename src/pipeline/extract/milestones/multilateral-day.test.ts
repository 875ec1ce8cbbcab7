import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A day of a summit or a council told with its side events: dates told in a participle, a rule taking effect, a plan of
// the next year, courtesy to a guest, short talks on the sidelines (knowledge/event-lexicon.json, date-lexicon.json).
// Every text is invented.
describe('dating the steps told around a summit', () => {
  it.each([
    ['ru: «открытого в мае 2001 года» dates the opening, not the visit it hangs on',
      'date: 2031-05-20\n\nВчера, 19 мая, президенты Киргизии и России провели переговоры в Оше.\n\nРоссийский президент прибыл в Киргизию с государственным визитом, во время которого лидеры двух стран побывали на празднике в честь 30-летия госпиталя, открытого в мае 2001 года.',
      ['2031-05-19 past meeting «Вчера, 19»', '2031-05-19 past anniversary «Российский президент»', '2001-05 past other «открытого в»']],
    ['ru: «подписавшая … в октябре» is past beside a future main verb',
      'date: 2031-12-20\n\nУзбекистан, подписавший соглашение о вступлении в октябре, войдет в состав союза 1 февраля 2032 года.',
      ['2031-10 past other «Узбекистан, подписавший»', '2032-02-01 planned other «войдет в»']],
    ['ru: «вступает в силу с 1 марта» told in December is of the next year',
      'date: 2031-12-20\n\nСоглашение Киргизии и России о труде мигрантов вступает в силу с 1 марта.',
      ['2032-03-01 planned agreement «Соглашение Киргизии»']],
    ['ru: «на торжествах 9 мая я буду в Москве» told in December is of the next year',
      'date: 2031-12-20\n\nПрезидент Киргизии пообещал российскому коллеге: «На торжествах 9 мая я буду в Москве».',
      ['2032-05-09 planned anniversary «Президент Киргизии»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('talks on the day of a summit', () => {
  it.each([
    ['ru: «переговорный процесс» is no talks: the meeting told after it stays',
      'date: 2031-03-14\n\nПрезидент Киргизии сегодня в Минске подписал протокол о торговле услугами. Переговорный процесс, как он отметил, длился почти два года.\n\nНа полях заседания президенты Киргизии и России провели короткую встречу.',
      ['2031-03-14 past agreement «Президент Киргизии»', '2031-03-14 past meeting «На полях»']],
    ['ru: «коротко побеседовали на полях»',
      'date: 2031-03-14\n\nПрезиденты Киргизии и России коротко побеседовали на полях саммита в Ереване.',
      ['2031-03-14 past meeting «Президенты Киргизии»']],
    ['en: "spoke briefly on the sidelines"',
      'date: 2031-03-14\n\nOn the sidelines of a forum in Yerevan on Friday, the Kyrgyz and Russian presidents spoke briefly.',
      ['2031-03-14 past meeting «On the»']],
    ['ru: «присоединились к неформальному ужину»',
      'date: 2031-03-14\n\nВечером президенты Киргизии и России присоединились к неформальному ужину в резиденции.',
      ['2031-03-14 past meeting «Вечером президенты»']],
    ['en: "on the eve of a summit" parts the talks from the summit of the next day',
      'date: 2031-03-14\n\nOn Friday in Moscow the Kyrgyz president met his Russian counterpart for talks, on the eve of a summit in Minsk.',
      ['2031-03-14 past meeting «On Friday»', '2031-03-15 planned summit «on the»']],
    ['ru: thanks for taking part in the council just told is no event',
      'date: 2031-03-14\n\nСегодня на полях заседания совета в Бишкеке президент Киргизии встретился с президентом России. Хозяин встречи поблагодарил гостя за участие в заседании совета.',
      ['2031-03-14 past meeting «Сегодня на»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('the session a document is signed at, first loans, a chairmanship and a term', () => {
  it.each([
    ['ru: «подписан на заседании Высшего … совета» hosts the signing',
      'date: 2031-03-14\n\nСоглашение о торговле услугами подписано на заседании Высшего Евразийского экономического совета в Сочи.',
      ['2031-03-14 past other «на заседании»', '2031-03-14 past agreement «Соглашение о»']],
    ['ru: «фонд начнет выдавать кредиты в начале 2032 года»',
      'date: 2031-03-14\n\nПо словам министра, Киргизско-российский фонд начнет выдавать кредиты в начале 2032 года.',
      ['2032 planned other «По словам»']],
    ['en: "will issue its first loans"',
      'date: 2031-03-14\n\nThe Russian-Kyrgyz fund will issue its first loans in 2032, the minister said.',
      ['2032 planned other «The Russian-Kyrgyz»']],
    ['ru: «будет работать до подписания нового соглашения» names no signing',
      'date: 2031-03-14\n\nВчера президенты Киргизии и России провели переговоры. Российский госпиталь в Оше, открытый в 2004 году, будет работать до подписания нового соглашения.',
      ['2031-03-13 past meeting «Вчера президенты»', '2004 past other «Российский госпиталь»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });

  it('ru: a chairmanship thanked for right after «за» is no event; one named further on stays', () => {
    expect(run('date: 2031-03-14\n\nПрезидент России встретился с президентом Киргизии в Бишкеке. Он поблагодарил коллегу за председательство в союзе.')).toEqual(['2031-03-14 past meeting «Президент России»']);
    expect(run('date: 2031-03-14\n\nВ 2032 году Киргизия будет председательствовать в союзе.')).toEqual(['2032 planned other «В 2032»']);
  });
});

describe('the day of a parade after the guest\'s arrival', () => {
  it.each([
    ['en: "After the parade, …" keeps the parade\'s day, not the arrival told before',
      'date: 2031-05-09\n\nThe Kyrgyz president watched the parade in Moscow today. He arrived in Moscow on Thursday evening. After the parade, the Russian president gave a working lunch for the guests, where the Kyrgyz and Russian presidents chatted privately in the margins.',
      ['2031-05-09 past anniversary «The Kyrgyz»', '2031-05-08 past visit «He arrived»', '2031-05-09 past meeting «After the»', '2031-05-09 past meeting «where the»']],
    ['ru: «приняли участие в неформальном ужине»',
      'date: 2031-05-09\n\nВечером 8 мая президенты Киргизии и России приняли участие в неформальном ужине в загородной резиденции.',
      ['2031-05-08 past meeting «Вечером 8»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

