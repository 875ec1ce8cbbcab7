import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';
import raw from '../../knowledge/event-phrasing.json';
import { rx } from '../regex';
import { cueRegex } from './cues';
import { tellsGatheringDetail } from './gathering-detail';

describe('a gathering told again only by its guests, opener, chair, venue or a speaker after it', () => {
  it.each([
    ['en: "The forum was attended by …"',
      'date: 2012-05-18\n\nA Russian-Kyrgyz business forum opened in Osh on Thursday. The forum, held in the city theatre, was attended by two ministers and some 200 company heads.',
      ['2012-05-17 past other «A Russian-Kyrgyz»']],
    ['en: "X and Y also attended the summit."',
      'date: 2012-05-18\n\nThe two presidents met in Minsk on Thursday. The leaders of Armenia and Tajikistan also attended the Minsk summit.',
      ['2012-05-17 past meeting «The two»']],
    ['en: "X told reporters after the meeting."',
      'date: 2012-05-18\n\nThe foreign ministers met in Moscow on Thursday. "We see no obstacles to the new treaty," the Kyrgyz minister told reporters after the meeting.',
      ['2012-05-17 past meeting «The foreign»']],
    ['en: a speaker after talks with a counterpart still tells the talks',
      'date: 2012-05-18\n\nThe Kyrgyz minister told reporters after talks with Sergei Lavrov.',
      ['2012-05-18 past meeting «The Kyrgyz»']],
    ['ru: «В работе форума приняли участие …»',
      'date: 2012-05-18\n\nВ четверг в Оше открылся российско-киргизский деловой форум. В работе форума приняли участие более 200 предпринимателей.',
      ['2012-05-17 past other «В четверг»']],
    ['ru: «В открытии приняли участие …» after the festival told',
      'date: 2012-05-18\n\nВ четверг в Оше завершился трёхдневный фестиваль кино. В открытии приняли участие министр культуры и мэр города.',
      ['2012-05-17 past other «В четверг»']],
    ['en: "The opening was attended by …" after the festival told',
      'date: 2012-05-18\n\nA three-day film festival ended in Osh on Thursday. The opening was attended by the culture minister and the mayor.',
      ['2012-05-17 past other «A three-day»']],
    ['ru: «Форум открыл премьер-министр …»',
      'date: 2012-05-18\n\nВ четверг в Оше открылся российско-киргизский деловой форум. Форум открыл премьер-министр республики.',
      ['2012-05-17 past other «В четверг»']],
    ['ru: «Торжественное собрание прошло в театре …»',
      'date: 2012-05-18\n\nВ четверг университет отметил 20-летие со дня основания. Торжественное собрание прошло в городском драматическом театре.',
      ['2012-05-17 past anniversary «В четверг»']],
    ['ru: «сказал X журналистам после встречи»',
      'date: 2012-05-18\n\nВ четверг министры встретились в Москве. «Препятствий для договора нет», — сказал министр журналистам после встречи.',
      ['2012-05-17 past meeting «В четверг»']],
    ['ru: «Главной темой форума стала …»',
      'date: 2012-05-18\n\nВ четверг в Оше открылся российско-киргизский деловой форум. Главной темой форума стала кооперация в легкой промышленности.',
      ['2012-05-17 past other «В четверг»']],
    ['ru: «В переговорах в расширенном составе участвовал …» after the signing told',
      'date: 2012-05-18\n\nВ четверг президенты подписали в Москве договор о сотрудничестве. В переговорах в расширенном составе участвовал и министр иностранных дел.',
      ['2012-05-17 past agreement «В четверг»']],
    ['ru: «В переговорах участвовали …» with no format named still tells the talks',
      'date: 2012-05-18\n\nВ четверг президенты подписали в Москве договор о сотрудничестве. В переговорах участвовали министры иностранных дел.',
      ['2012-05-17 past agreement «В четверг»', '2012-05-17 past meeting «В переговорах»']],
    ['en: "The main topic of the talks was …"',
      'date: 2012-05-18\n\nThe foreign ministers met in Moscow on Thursday. The main topic of the talks was labour migration.',
      ['2012-05-17 past meeting «The foreign»']],
    ['ru: the first report of a gathering is kept',
      'date: 2012-05-18\n\nФорум открыл премьер-министр республики.',
      ['2012-05-18 past forum «Форум открыл»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('the first-person words of a message or a speech already told', () => {
  it.each([
    ['ru: «Сердечно поздравляю Вас с 25-летием …» after the telegram is told',
      'date: 2017-05-12\n\nВчера президент направил коллеге поздравительную телеграмму. «Сердечно поздравляю Вас с 25-летием подписания Договора о дружбе», — говорится в послании.',
      ['2017-05-11 past other «Вчера президент»']],
    ['ru: «С глубокой скорбью воспринял известие о трагедии …» after the telegram of condolence is told',
      'date: 2031-11-04\n\nВчера президент направил коллеге телеграмму соболезнования. «С глубокой скорбью воспринял известие о трагедии в Омске, унесшей жизни людей», - говорится в телеграмме.',
      ['2031-11-03 past other «Вчера президент»']],
    ['ru: «Хочу поблагодарить Вас за то, что Вы приехали на празднование …» after the talks',
      'date: 2017-05-12\n\nВчера президенты провели переговоры в Кремле. Хочу поблагодарить Вас за то, что Вы приехали на празднование 70-летия Победы.',
      ['2017-05-11 past meeting «Вчера президенты»']],
    ['en: a thanks for what someone did still tells it',
      'date: 2017-05-12\n\nThe ministers met in Osh on Thursday. Allow me to thank the governor, who sent rescue teams to Osh on Friday.',
      ['2017-05-11 past meeting «The ministers»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('tellsGatheringDetail: the phrasings\' cue scan changes no answer', () => {
  it.each([
    ['en', 'The summit was attended by the leaders of five states'],
    ['en', 'The forum was opened by Prime Minister Mishustin'],
    ['en', 'The ministers signed a treaty on the border'],
    ['en', 'Japarov told reporters after the meeting that trade had grown'],
    ['ru', 'Форум открыл премьер-министр'],
    ['ru', 'Саммит прошел в Бишкеке'],
    ['ru', 'Стороны подписали договор о границе'],
    ['ru', 'В работе совещания приняли участие министры'],
  ] as const)('%s: «%s»', (lang, text) => {
    const each = raw.gatheringDetail[lang].some((p) => rx(p, 'iu').test(text));
    expect(tellsGatheringDetail(text, lang)).toBe(each);
  });

  it('has cue literals for every phrasing (else the scan would let every clause through)', () => {
    for (const lang of ['ru', 'en'] as const) expect(cueRegex(raw.gatheringDetail[lang], 'iu')).not.toBeNull();
  });
});

describe('a gathering told again by the day it lasts until is that gathering', () => {
  it.each([
    ['ru: «Ярмарка продлится до 12 октября» after the fair told',
      'date: 2014-10-04\n\nВ пятницу в Казани открылась ремесленная ярмарка, в которой участвуют 25 мастеров из Оша. Ярмарка продлится до 12 октября.',
      ['2014-10-03 past other «В пятницу»']],
    ['en: "The exhibition will run until October 12" after the exhibition told',
      'date: 2014-10-04\n\nA Kyrgyz crafts exhibition opened in Kazan on Friday with 25 artisans taking part. The exhibition will run until October 12.',
      ['2014-10-03 past other «A Kyrgyz»']],
    // Negative: with no gathering of the kind told before, the end tells the gathering.
    ['ru: «Выставка продлится до 12 октября» with no exhibition told before',
      'date: 2014-10-04\n\nМинистр провел переговоры с мэром Казани в пятницу. Ремесленная выставка продлится до 12 октября.',
      ['2014-10-03 past meeting «Министр провел»', '2014-10-12 planned forum «Ремесленная выставка»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
