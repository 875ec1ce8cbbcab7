import { describe, expect, it } from 'vitest';
import { headlineSpans } from './index';

describe('headlineSpans', () => {
  it.each([
    ['a headline before a dateline lead', 'Лавров и Казакбаев обсудили транзит\n\nБИШКЕК, 3 мар — Sputnik. Министры встретились.', ['Лавров и Казакбаев обсудили транзит']],
    ['outlet line and headline', 'Sputnik Кыргызстан\n\nПОЛИТИКА\n\nСтороны подписали меморандум\n\nБИШКЕК, 3 мар — Sputnik. Текст.', ['Sputnik Кыргызстан', 'ПОЛИТИКА', 'Стороны подписали меморандум']],
    ['a lead first: no headline', 'MOSCOW, May 24. /TASS/. The leaders met.\nSecond line without stop', []],
    ['a document’s preamble running over lines ends the headline block', 'Совместное заявление\n\nКыргызская Республика и Российская Федерация,\n\nруководствуясь Договором от 10 июня 1992 года,\n\nзаявляют о следующем:', ['Совместное заявление']],
    // A bulletin item's headline run in before its first sentence, in capitals.
    ['a run-in headline in capitals before the first sentence', 'RFE/RL NEWSLINE Vol. 2, No. 10\n\nKYRGYZ, RUSSIAN MINISTERS SIGN TREATY. The two ministers signed a treaty in Moscow on 12 May.', ['RFE/RL NEWSLINE Vol. 2, No. 10', 'KYRGYZ, RUSSIAN MINISTERS SIGN TREATY.']],
    ['ru: a run-in headline in capitals', 'СТОРОНЫ ПОДПИСАЛИ ДОГОВОР. Министры подписали договор в Москве.', ['СТОРОНЫ ПОДПИСАЛИ ДОГОВОР.']],
    ['a dateline in capitals with a lower-case lead is no run-in headline', 'BISHKEK, MAY 12. the ministers met.', []],
    ['two capitalised words are an acronym lead, no headline', 'CSTO EXERCISES. The drills began.', []],
    // A standfirst ended by a full stop, with the author's byline under it, is still the headline block.
    ['en: a standfirst over a byline', 'Ministers in Osh: Words Over Money\n\nThe forum in the southern capital was warm in tone but thin in deals.\n\nBy Anna Writer\nMay 14, 2031\n\nThe ministers met in Osh last Friday.', ['Ministers in Osh: Words Over Money', 'The forum in the southern capital was warm in tone but thin in deals.', 'By Anna Writer', 'May 14, 2031']],
    ['ru: a standfirst over the author\'s line', 'Министры в Оше\n\nФорум прошёл тепло, но без крупных сделок.\n\nАвтор: Анна Петрова\n\nМинистры встретились в Оше в прошлую пятницу.', ['Министры в Оше', 'Форум прошёл тепло, но без крупных сделок.', 'Автор: Анна Петрова']],
    // Negatives: a lead sentence followed by the body is the lead; so is an official site's lead over the page's date.
    ['en: a dateline lead over a byline is no standfirst', 'Ministers meet in Osh\n\nOSH, May 14 (Agency) — The ministers met in Osh today.\n\nBy Anna Writer\n\nThey signed a plan.', ['Ministers meet in Osh']],
    ['en: a lead over the page\'s date line is no standfirst', 'Phone call with the Kyrgyz president\n\nThe Russian president had a telephone conversation with his Kyrgyz counterpart.\n\nMay 14, 2031\n\nThe president congratulated him.', ['Phone call with the Kyrgyz president']],
    ['en: a lead over more body is no standfirst', 'Ministers in Osh\n\nThe ministers met in Osh last Friday.\n\nThey signed a plan.', ['Ministers in Osh']],
    ['a long first line is a paragraph, not a headline', `${'Очень длинная строка без точки '.repeat(8)}\nДалее.`, []],
  ])('%s', (_name, text, want) => {
    expect(headlineSpans(text).map((s) => text.slice(s.start, s.end).trim())).toEqual(want);
  });
});
