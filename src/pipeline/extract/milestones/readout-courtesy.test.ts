import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A readout's courtesies told after its talks: thanks for what was given or decided, congratulations said at the meeting, the
// deals of others named as the talks' topic. None is an event of its own unless it tells a date of its own. Every text is invented.
describe('thanks for what was given or decided, with no date of its own', () => {
  it.each([
    ['ru: thanks for a debt written off',
      'date: 2033-06-08\n\nВчера премьеры провели переговоры в Оше. Премьер поблагодарил соседей за списание части долга на 70 млн долларов.',
      ['2033-06-07 past meeting «Вчера премьеры»']],
    ['en: gratitude for a grant allocated for an accession',
      'date: 2033-06-08\n\nThe ministers held talks in Osh on June 7. The minister expressed gratitude to his hosts for the grant of $40 million allocated for the accession of the republic to the bloc.',
      ['2033-06-07 past meeting «The ministers»']],
    ['ru: thanks for a decision to extend the stay of students',
      'date: 2033-06-08\n\nВчера министры провели переговоры в Оше. Министр выразил благодарность коллеге за решение продлить студентам срок пребывания.',
      ['2033-06-07 past meeting «Вчера министры»']],
    ['ru: a year in a clause of possession after the aid thanked for is not its date',
      'date: 2033-06-08\n\nВчера премьеры провели переговоры в Оше. Премьер выразил признательность за предоставленную безвозмездную помощь в 15 млн долларов на ремонт дорог, протяженность которых за прошлый год выросла.',
      ['2033-06-07 past meeting «Вчера премьеры»']],
    // Negative: the aid thanked for is dated by its own clause.
    ['en: thanks for aid provided last year keep it',
      'date: 2033-06-08\n\nThe ministers held talks in Osh on June 7. The minister thanked his hosts for the medicines sent to the republic last year.',
      ['2033-06-07 past meeting «The ministers»', '2032 past other «The minister»']],
    // Negative: a new subject's own verb after the thanks is another act.
    ['ru: «…, а стороны договорились о …» after the thanks',
      'date: 2033-06-08\n\nВчера премьеры провели переговоры в Оше. Премьер поблагодарил гостя за инвестиции, а министры договорились о прокладке новой дороги.',
      ['2033-06-07 past meeting «Вчера премьеры»', '2033-06-07 past agreement «Премьер поблагодарил»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('congratulations said at the meeting of the day', () => {
  it.each([
    ['ru: congratulated the guests on holding the session already told',
      'date: 2033-06-08\n\nВчера в Оше прошло заседание межправкомиссии. Затем президент принял сопредседателя комиссии Ивана Петрова. Президент поздравил гостей с удачным проведением заседания межправкомиссии.',
      ['2033-06-07 past igc_session «Вчера в»']],
    ['ru: the bare verb after a reception of the day',
      'date: 2033-06-08\n\nВчера президент принял верительные грамоты у новых послов. Президент поздравил дипломатов с началом работы.',
      ['2033-06-07 past meeting «Вчера президент»']],
    ['en: the bare verb after talks of the day',
      'date: 2033-06-08\n\nThe presidents held talks in Osh on Tuesday. The guest congratulated his host on his re-election.',
      ['2033-06-07 past meeting «The presidents»']],
    // Negative: on the sidelines of a trip, the congratulation tells a meeting of its own.
    ['en: on the sidelines of a trip',
      'date: 2033-06-08\n\nThe president arrived in Osh on a working visit on Tuesday. On the sidelines, the president congratulated his host on his re-election.',
      ['2033-06-07 past visit «The president»', '2033-06-07 past other «On the»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('the talks of the day told again, with the makers of earlier deals named', () => {
  // Past the lead sentences (a headline and a posting line before), where the people named are not yet known ones.
  it.each([
    ['en: "the accords reached by the presidents"',
      'date: 2013-06-08\n\nZhantoro Satybaldiev meets Dmitry Medvedev in Minsk\n\nPosted: 8 June 2013, 11:05\n\nOn Friday, Kyrgyz premier Zhantoro Satybaldiev met his Russian counterpart Dmitry Medvedev in Minsk.\n\nThe sides discussed progress on the accords reached by President Almazbek Atambayev and Russian leader Vladimir Putin, and transport links.',
      ['2013-06-07 past meeting «On Friday,»']],
    ['ru: «договорённостей, достигнутых на высшем уровне X и Y»',
      'date: 2013-06-08\n\nЖанторо Сатыбалдиев встретился с Дмитрием Медведевым в Минске\n\n8 июня 2013, 11:05\n\nВ пятницу киргизский премьер Жанторо Сатыбалдиев встретился в Минске с российским коллегой Дмитрием Медведевым.\n\nСтороны обсудили выполнение договоренностей, достигнутых на высшем уровне Алмазбеком Атамбаевым и Владимиром Путиным, и транспортные связи.',
      ['2013-06-07 past meeting «В пятницу»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a readout\'s dating words', () => {
  it.each([
    ['en: an invitation "at a convenient time" takes no day of a plan told before',
      'date: 2033-06-08\n\nThe ministers held talks in Osh on June 7. The minister said the president would join the festivities for the 90th anniversary in Moscow on June 22. He invited his counterpart to pay a visit at any convenient time.',
      ['2033-06-07 past meeting «The ministers»', '2033-06-22 planned anniversary «The minister»', 'null planned visit «He invited»']],
    ['en: "on previously issued credits" names the credits, not a signing recalled',
      'date: 2033-06-08\n\nToday the presidents held talks in Osh.\n\nThe sides signed a protocol on restructuring arrears on previously issued credits.',
      ['2033-06-08 past meeting «Today the»', '2033-06-08 past agreement «The sides»']],
    ['en: "Under the last agreement, X will …" is the content of a document signed',
      'date: 2033-06-08\n\nThe presidents held talks in Osh on June 7 and signed two agreements. Under the last agreement, the neighbour will grant a $30 million loan.',
      ['2033-06-07 past meeting «The presidents»', '2033-06-07 past agreement «signed two»', '2033-06-07 past other «Under the»']],
    ['ru: «побеседовал с послом» after a reception',
      'date: 2033-06-08\n\nВчера президент принял верительные грамоты у новых послов. Отдельно президент побеседовал с Послом соседней страны Иваном Сидоровым.',
      ['2033-06-07 past meeting «Вчера президент»', '2033-06-07 past meeting «Отдельно президент»']],
    ['ru: an accession fronted as the time of a forecast is no event',
      'date: 2033-06-08\n\nГлава ведомства выступил в парламенте. Помимо этого, с присоединением к союзу фермерам станет проще продавать молоко.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
