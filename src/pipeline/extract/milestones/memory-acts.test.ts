/**
 * Acts of remembrance told beside a jubilee's ceremonies: a commemorative coin or stamp issued (undated unless the
 * clause dates it), the Immortal Regiment and marches with a day of their own, soldiers' remains reburied, medals
 * handed to veterans, a film's premiere with its month; a comparison with last year that tells no event; a message
 * told as sent in the passive; a parade crew; a government recognised. Every text is invented.
 */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('commemorative coins and stamps', () => {
  it.each([
    ['ru: a coin put out for a jubilee keeps no date of the day before it',
      'date: 2031-05-10\n\nВ четверг в Оше открылась выставка фронтовых писем. К дате монетный двор также выпустил памятную золотую монету.',
      ['2031-05-08 past other «В четверг»', 'null past other «К дате»']],
    ['ru: a stamp series issued',
      'date: 2031-05-10\n\nПочта Кыргызстана выпустила серию почтовых марок о героях войны.',
      ['null past other «Почта Кыргызстана»']],
    ['ru: a coin issued on a told day keeps that day',
      'date: 2031-05-10\n\nМонетный двор 6 мая выпустил серебряную памятную монету с изображением старой крепости.',
      ['2031-05-06 past other «Монетный двор»']],
    ['en: a commemorative coin issued',
      'date: 2031-05-10\n\nThe central bank has issued a commemorative silver coin for the jubilee.',
      ['null past other «The central»']],
    ['en: a stamp honouring a hero, issued in a month',
      'date: 2031-05-10\n\nIn April the post office issued a stamp honouring a pilot of the war.',
      ['2031-04 past other «In April»']],
    // Negative: a coin or stamp named with no issue, dedication or jubilee adjective.
    ['ru: coins as money are no issue',
      'date: 2031-05-10\n\nМонеты и марки продавались на рынке за бесценок.',
      []],
    ['en: stamps in a passport are no issue',
      'date: 2031-05-10\n\nBorder guards checked the stamps in their passports.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('marches of remembrance', () => {
  it.each([
    ['ru: «Бессмертный полк» on a told day',
      'date: 2031-05-10\n\nВ пятницу «Бессмертный полк» собрал в Кара-Балте несколько сотен школьников.',
      ['2031-05-09 past anniversary «В пятницу»']],
    ['ru: «Бессмертный полк» held online in a month',
      'date: 2031-06-02\n\nВ мае жители Таласа провели «Бессмертный полк» в соцсетях, выкладывая фото дедов.',
      ['2031-05 past anniversary «В мае»']],
    ['en: marchers with a day of their own',
      'date: 2031-05-12\n\nOn May 9, thousands of residents marched through the centre of Naryn with portraits of veterans.',
      ['2031-05-09 past anniversary «On May»']],
    ['en: the Immortal Regiment named',
      'date: 2031-05-12\n\nOn Saturday the Immortal Regiment drew some 4,000 people in Tokmok.',
      ['2031-05-10 past anniversary «On Saturday»']],
    // Negative: a march told by its verb alone, with no date of its own, is not asked about.
    ['en: an undated march is not asked about',
      'date: 2031-05-12\n\nStudents often marched through the campus.',
      []],
    // Negative: a comparison with last year's march tells no event.
    ['ru: «Для сравнения, в прошлом году …» tells no event',
      'date: 2031-05-12\n\nДля сравнения, в прошлом году колонна на набережной насчитывала пятьсот участников.',
      []],
    ['en: "By comparison, last year …" tells no event',
      'date: 2031-05-12\n\nBy comparison, last year the march through the city drew 900 people.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('reburials, medals and premieres', () => {
  it.each([
    ['ru: remains reburied on a told day',
      'date: 2031-09-04\n\nВо вторник у мемориала под Ржевом перезахоронили останки шести бойцов.',
      ['2031-09-02 past other «Во вторник»']],
    ['en: remains reburied with honours on a day',
      'date: 2031-09-04\n\nOn Tuesday the remains of five soldiers were reburied at a memorial near Tver.',
      ['2031-09-02 past other «On Tuesday»']],
    ['ru: medals handed to veterans the day before',
      'date: 2031-05-07\n\nНакануне юбилейные медали были вручены ветеранам в Нарыне.',
      ['2031-05-06 past other «Накануне юбилейные»']],
    ['en: medals handed over at an embassy on a day',
      'date: 2031-05-07\n\nOn Wednesday anniversary medals were handed over to veterans at the embassy.',
      ['2031-05-07 past other «On Wednesday»']],
    // Negative: awards handed in person are one moment of a ceremony, not asked about.
    ['ru: «посол вручил награды» is not asked about',
      'date: 2031-05-07\n\nВ среду посол вручил отраслевые награды группе учителей.',
      []],
    ['en: "the minister presented medals" is not asked about',
      'date: 2031-05-07\n\nOn Wednesday the minister presented medals to three teachers.',
      []],
    ['en: a film premiered in a month',
      'date: 2031-05-07\n\nThe war drama premiered in Osh in March 2030.',
      ['2030-03 past other «The war»']],
    // Negative: a premiere with no date of its own is not asked about.
    ['en: an undated premiere is not asked about',
      'date: 2031-05-07\n\nThe drama, which premiered to mixed reviews, is still showing.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a message told as sent, in the passive', () => {
  it.each([
    ['ru: «Аналогичное послание направлено …»',
      'date: 2031-03-20\n\nАналогичное послание направлено мэром Чолпон-Аты в город-побратим.',
      ['2031-03-20 past other «Аналогичное послание»']],
    ['en: "A similar message was sent …"',
      'date: 2031-03-20\n\nA similar message was sent by the mayor of Cholpon-Ata to the twin town.',
      ['2031-03-20 past other «A similar»']],
    // Negative: a message named without being sent is not asked about here.
    ['ru: «послание» only named',
      'date: 2031-03-20\n\nВ послании говорится о дружбе народов.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a parade crew and a government recognised', () => {
  it.each([
    ['ru: servicemen «в составе иностранных расчётов» on the parade\'s day',
      'date: 2031-05-09\n\nСегодня 25 курсантов из Таджикистана прошли маршем в составе иностранных расчётов.',
      ['2031-05-09 past anniversary «Сегодня 25»']],
    ['en: soldiers who marched among the foreign contingents',
      'date: 2031-05-09\n\nOn Friday 25 Tajik cadets marched among the foreign contingents past the stands.',
      ['2031-05-09 past anniversary «On Friday»']],
    // Negative: settlements of payments are never «в составе».
    ['ru: «расчёты в национальных валютах» are no crew',
      'date: 2031-05-09\n\nДоля расчётов в национальных валютах выросла до 90%.',
      []],
    ['ru: a government recognised in a month',
      'date: 2031-05-09\n\nВ апреле Минск среди первых признал новое правительство республики.',
      ['2031-04 past other «В апреле»']],
    ['en: independence recognised in a year',
      'date: 2031-05-09\n\nMoscow recognised the independence of the republic in 2030.',
      ['2030 past other «Moscow recognised»']],
    // Negative: an undated «признал» is most often an admission.
    ['ru: an undated admission is not asked about',
      'date: 2031-05-09\n\nМинистр признал, что правительство не успевает с реформой.',
      []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a day an occasion is held on by custom is no date of an event', () => {
  it.each([
    ['ru: «который традиционно проходит 5 июня» dates nothing',
      'date: 2031-08-12\n\nФестиваль ремёсел, который традиционно проходит 5 июня, в 2031 году отложили из-за ремонта площади.',
      ['2031 ongoing other «Фестиваль ремёсел,»']],
    ['en: "which is usually held on June 5" dates nothing',
      'date: 2031-08-12\n\nThe crafts festival, which is usually held on June 5, was postponed this year over repairs to the square.',
      ['2031 past other «The crafts»']],
    // Negative: a day told of the occasion itself keeps it.
    ['ru: «фестиваль прошёл 5 июня» keeps its day',
      'date: 2031-08-12\n\nФестиваль прошёл 5 июня в Караколе.',
      ['2031-06-05 past other «Фестиваль прошёл»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
