import { describe, expect, it } from 'vitest';
import { toDoc } from '../../read';
import { extractArticle } from '../index';
import { isBilateral } from './describe';
import { milestoneLines as run } from './test-kit';

/** `date type bilateral «first two words»` of every milestone. */
function flagged(text: string): string[] {
  return extractArticle(toDoc('t.txt', text).doc).milestones.map((m) => `${m.date} ${m.type} ${m.bilateral} «${m.quote.text.split(' ').slice(0, 2).join(' ')}»`);
}

describe('a meeting on a summit\'s sidelines with a third country\'s leader as a party is not Kyrgyz–Russian', () => {
  it.each([
    ['ru: «президент Таджикистана провел встречу с …» on the sidelines', 'ru', 'На полях форума президент Таджикистана провел встречу с главой киргизского правительства.', false],
    ['ru: «встретился с премьер-министром Казахстана» on the sidelines', 'ru', 'На полях форума российский министр встретился с премьер-министром Казахстана.', false],
    ['en: "the Uzbek President … met …" on the sidelines', 'en', 'On the sidelines of the forum, the Uzbek President, Ivan Orlov, met the Kyrgyz premier.', false],
    ['en: "held talks with the Armenian Prime Minister" on the sidelines', 'en', 'On the sidelines of the forum the Russian premier held talks with the Armenian Prime Minister.', false],
    // Kept: the summit's host country named as a place, not as a party.
    ['ru: a third country as the place only', 'ru', 'На полях саммита в Казахстане президент России провел встречу с президентом Кыргызстана.', true],
    ['en: a Russian–Kyrgyz meeting on the sidelines', 'en', 'On the sidelines of the summit in Astana, the Russian president met his Kyrgyz counterpart.', true],
  ] as const)('%s', (_name, lang, text, want) => {
    expect(isBilateral('meeting', 'meeting', text, lang, null)).toBe(want);
  });
});

describe('«На полях саммита» goes on with the summit just told', () => {
  it.each([
    ['ru: a summit of Friday, then a sidelines meeting, the lead a visit of Thursday',
      'date: 2031-10-18\n\nВ четверг президент России прибыл в Бишкек с визитом.\n\nВ пятницу президент Таджикистана принял участие в саммите ОДКБ в Бишкеке. На полях саммита глава Таджикистана провел встречу с главой киргизского правительства.',
      ['2031-10-16 visit true «В четверг»', '2031-10-17 summit false «В пятницу»', '2031-10-17 meeting false «На полях»']],
  ])('%s', (_name, text, want) => {
    expect(flagged(text)).toEqual(want);
  });
  it('still dates nothing when no event was told before', () => {
    expect(run('date: 2031-10-18\n\nНа полях саммита министры обсудили поставки топлива.')).toEqual(['2031-10-18 past meeting «На полях»']);
  });
});
