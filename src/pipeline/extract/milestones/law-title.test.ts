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
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
