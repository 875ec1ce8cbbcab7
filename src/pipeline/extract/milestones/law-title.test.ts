import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a law title quoted alone is no second event; one naming a signing dates that signing', () => {
  it.each([
    ['ru: the title after «подписал закон» adds nothing',
      'date: 2019-07-12\n\nПрезидент подписал закон «О ратификации Протокола о туристических обменах с Республикой Таджикистан».',
      ['2019-07-12 past agreement «Президент подписал»']],
    ['en: the title after "adopted the draft law" adds nothing',
      'date: 2019-07-12\n\nOn Thursday, deputies adopted the draft law "On Ratifying the Protocol on Tourist Exchanges with Georgia".',
      ['2019-07-11 past other «On Thursday,»']],
    ['ru: a title naming the signing of the document ratified dates that signing',
      'date: 2018-10-12\n\nДепутаты одобрили договор о туристическом фонде\n\nСегодня, 12 октября 2018 года, на очередном заседании депутаты одобрили сразу в трёх чтениях проект закона «О ратификации Протокола о туристическом фонде двух стран, подписанного 14 мая 2018 года в городе Оше».',
      ['2018-10-12 past meeting «Сегодня, 12»', '2018-05-14 past agreement ««О ратификации»']],
    ['ru: a reference note telling what the law ratifies: the signing it names is the event',
      'date: 2022-05-20\n\nПрезидент подписал закон о ратификации протокола о туристических обменах.\n\nФедеральным законом ратифицируется Протокол о туристических обменах, подписанный Россией и Арменией 9 сентября 2021 года в Ереване.',
      ['2022-05-20 past agreement «Президент подписал»', '2021-09-09 past agreement «Федеральным законом»']],
    ['en: "The Federal Law ratifies the Protocol …, signed … on <day>" is that signing',
      'date: 2022-05-20\n\nThe President signed a law on ratifying a protocol on tourist exchanges.\n\nThe Federal Law ratifies the Russian-Armenian Protocol on Tourist Exchanges, signed in Yerevan on September 9, 2021.',
      ['2022-05-20 past agreement «The President»', '2021-09-09 past agreement «The Federal»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
