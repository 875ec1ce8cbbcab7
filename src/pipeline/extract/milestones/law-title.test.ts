import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a law title quoted alone is no second event; one naming a signing dates that signing', () => {
  it.each([
    ['ru: the title after «подписал закон» adds nothing',
      'date: 2019-07-12\n\nПрезидент подписал Федеральный закон «О ратификации Соглашения между Российской Федерацией и Республикой Таджикистан о сотрудничестве в сфере туризма».',
      ['2019-07-12 past agreement «Президент подписал»']],
    ['en: the title after "adopted the draft law" adds nothing',
      'date: 2019-07-12\n\nOn Thursday, deputies adopted the draft law "On ratification of the Agreement between Armenia and Georgia on cooperation in tourism".',
      ['2019-07-11 past other «On Thursday,»']],
    ['ru: a title naming the signing of the document ratified dates that signing',
      'date: 2018-10-12\n\nПарламент ратифицировал Соглашение о Фонде поддержки туризма\n\nСегодня, 12 октября 2018 года, на заседании парламента под председательством спикера Ивана Петрова депутаты в трёх чтениях приняли законопроект «О ратификации Соглашения между Правительством Кыргызской Республики и Правительством Российской Федерации о Фонде поддержки туризма, подписанного 14 мая 2018 года в городе Оше».',
      ['2018-10-12 past meeting «Сегодня, 12»', '2018-05-14 past agreement ««О ратификации»']],
    ['ru: a reference note telling what the law ratifies: the signing it names is the event',
      'date: 2022-05-20\n\nПрезидент подписал Федеральный закон о ратификации соглашения о туризме.\n\nФедеральным законом ратифицируется Соглашение между Российской Федерацией и Республикой Армения о туризме, подписанное в г. Ереване 9 сентября 2021 года.',
      ['2022-05-20 past agreement «Президент подписал»', '2021-09-09 past agreement «Федеральным законом»']],
    ['en: "The Federal Law ratifies the Agreement …, signed … on <day>" is that signing',
      'date: 2022-05-20\n\nThe President signed the Federal Law on ratifying an agreement on tourism.\n\nThe Federal Law ratifies the Agreement between Russia and Armenia on Tourism, signed in Yerevan on September 9, 2021, during the visit of the Prime Minister of Armenia.',
      ['2022-05-20 past agreement «The President»', '2021-09-09 past agreement «The Federal»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
