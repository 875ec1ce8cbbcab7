import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

const RU = [
  'date: 2019-06-14', '', 'ОНЛАЙН | Саммит в Оше', '',
  '18:10', 'Саммит завершился подписанием декларации.', '',
  '12:30', 'Началось заседание в узком составе.', '',
  '13 июня, 21:15', 'Премьер России прилетел в Ош.',
].join('\n');
const EN = [
  'date: 2019-06-14', '', 'LIVE: Kyrgyz premier in Moscow', '',
  '14/06 17:40', 'The premiers sign a memorandum on migration.', '',
  '14/06 11:00', 'Talks in narrow format begin in the Kremlin.', '',
  '13/06 22:05', 'The Kyrgyz premier lands at Vnukovo airport.',
].join('\n');

describe('a live blog: each stamped entry is an occasion of its own, dated by its stamp', () => {
  it.each([
    ['ru: a session begun in an earlier entry is no retelling of the summit; «13 июня, 21:15» dates the arrival', RU,
      ['2019-06-14 past agreement «Саммит завершился»', '2019-06-14 past meeting «Началось заседание»', '2019-06-13 past visit «Премьер России»']],
    ['en: "Talks … begin" in its own entry; "13/06 22:05" dates the landing', EN,
      ['2019-06-14 past agreement «The premiers»', '2019-06-14 past meeting «Talks in»', '2019-06-13 past visit «The Kyrgyz»']],
    ['en: two time stamps are no live blog',
      'date: 2019-06-14\n\n13/06 22:05\nThe Kyrgyz premier lands at Vnukovo airport.\n\n14/06 11:00\nThe talks begin in the Kremlin.',
      ['2019-06-14 past visit «The Kyrgyz»']],
    ['ru: a bare time opening the entry\'s own line makes an entry too: the narrow talks are no retelling of the expanded ones',
      'date: 2031-09-14\n\nОНЛАЙН | Визит в Ош\n\n17:30 Переговоры в расширенном составе продолжаются.\n\n15:10 Начались переговоры в узком составе.\n\n10:00 Утром делегация посетила рынок.',
      ['2031-09-14 ongoing meeting «17:30 Переговоры»', '2031-09-14 past meeting «15:10 Начались»', '2031-09-14 past visit «10:00 Утром»']],
    ['en: "HH:MM — text" entries',
      'date: 2031-09-14\n\nLIVE: the visit to Osh\n\n17:30 — Talks in an expanded format continue.\n\n15:10 — One-on-one talks have started.\n\n10:00 — The delegation visited the market in the morning.',
      ['2031-09-14 past meeting «17:30 —»', '2031-09-14 past meeting «15:10 —»', '2031-09-14 past visit «10:00 —»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
