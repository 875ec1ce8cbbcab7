import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A lead that tells its day but no event of the lexicon ("Putin yesterday turned the pact into an
// alliance") still sets the day of the reporter's narrative after it.
describe('the day of a lead without an event dates the narrative after it', () => {
  it.each([
    ['en: "yesterday" in a lead without an event; the summit and the meeting told after it',
      'date: 2005-04-13\n\nThe Kremlin yesterday turned a loose trade pact into a customs bloc.\n\nAt a summit in Moscow, the leaders of five states agreed to create a customs union.\n\nThe Kyrgyz president held a separate meeting with the Russian president on the sidelines.',
      ['2005-04-12 past summit «At a»', '2005-04-12 past meeting «The Kyrgyz»']],
    ['ru: «вчера» in a lead without an event; the talks and the signing told after it',
      'date: 2005-04-13\n\nКиргизия вчера попросила Россию об отсрочке долга.\n\nПремьер-министр провел двухчасовые переговоры с российским коллегой.\n\nСтороны подписали протокол о поставках топлива.',
      ['2005-04-12 past meeting «Премьер-министр провел»', '2005-04-12 past agreement «Стороны подписали»']],
    ['en: "last night" in the lead',
      'date: 2005-04-13\n\nMoscow scored a victory last night when the Kyrgyz leader said he would close the depot.\n\nHe made the announcement at the Kremlin after talks with the Russian president.',
      ['2005-04-12 past meeting «He made»']],
    ['en: a weekday in the lead ("on Tuesday") counts as well',
      'date: 2005-04-13\n\nThe two defence ministers ended their quarrel over the air base on Tuesday.\n\nThe ministers signed a protocol on fuel supplies.',
      ['2005-04-12 past agreement «The ministers»']],
    // Negative cases: a day a week or more back, a day in a quote, a later clause of the same sentence.
    ['en: a day more than a week before the article date sets no occasion',
      'date: 2005-04-23\n\nThe pact was turned into a customs bloc on April 12.\n\nThe ministers signed a protocol on fuel supplies.',
      ['2005-04-23 past agreement «The ministers»']],
    ['en: a day told inside a quote sets no occasion',
      'date: 2005-04-13\n\n"We were in Moscow yesterday and the weather was fine for all of us there," an aide said.\n\nThe ministers signed a protocol on fuel supplies.',
      ['2005-04-13 past agreement «The ministers»']],
    ['en: the other clause of the lead sentence keeps its own dating',
      'date: 2005-04-13\n\nThe minister, who arrived in Osh on Monday evening, was received by the president.',
      ['2005-04-11 past visit «who arrived»', '2005-04-13 past meeting «was received»']],
    ['ru: an event with a recent day of its own sets the occasion as before',
      'date: 2005-04-13\n\nВчера министр провел переговоры в Бишкеке.\n\nСтороны подписали протокол о поставках топлива.',
      ['2005-04-12 past meeting «Вчера министр»', '2005-04-12 past agreement «Стороны подписали»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

// An event recalled with a date of its own before the article's month or week does not set the
// occasion: the next event told with a recent day does, and the narrative after it takes that day.
describe('a recalled first event leaves the occasion open', () => {
  it.each([
    ['ru: «Ровно год назад, 12 апреля 2004 года, … подписали», then «Вчера … переговоры»',
      'date: 2005-04-13\n\nРовно год назад, 12 апреля 2004 года, стороны подписали договор о дружбе. Вчера премьер-министр провел в Москве переговоры с российским коллегой. Делегацию принял президент.',
      ['2004-04-12 past agreement «Ровно год»', '2005-04-12 past meeting «Вчера премьер-министр»', '2005-04-12 past meeting «Делегацию принял»']],
    ['en: "sworn in on March 1, visited …", then "On Monday he held talks"',
      'date: 2005-04-13\n\nThe president, sworn in on March 1, visited Moscow for the first time as president. On Monday he held talks in the Kremlin with the Russian prime minister. The delegation was received by the Russian president.',
      ['2005-03-01 past visit «The president,»', '2005-04-11 past meeting «On Monday»', '2005-04-11 past meeting «The delegation»']],
    // Negative: an event of the article's own month still sets the occasion (without a day), as before.
    ['ru: «В этом месяце …» sets the occasion; the narrative keeps the article date',
      'date: 2005-04-13\n\nВ этом месяце премьер-министр побывал в Оше. Вчера премьер-министр провел в Москве переговоры с российским коллегой. Делегацию принял президент.',
      ['2005-04 past visit «В этом»', '2005-04-12 past meeting «Вчера премьер-министр»', '2005-04-13 past meeting «Делегацию принял»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
