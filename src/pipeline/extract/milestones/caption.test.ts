import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a photo caption line describes a picture, not an event', () => {
  it.each([
    ['en: "Photograph:" after the signing ceremony',
      'date: 2009-02-04\n\nThe presidents signed a treaty on the air base in Moscow on Tuesday.\n\nPhotograph: the two presidents after the signing ceremony in the Kremlin (Reuters)',
      ['2009-02-03 past agreement «The presidents»']],
    ['en: "Photo by" a photographer',
      'date: 2009-02-04\n\nThe premiers met in Osh on Tuesday.\n\nPhoto by John Smith. The premiers meet in Osh.',
      ['2009-02-03 past meeting «The premiers»']],
    ['ru: «Фото: …» с подписанием',
      'date: 2009-02-04\n\nВо вторник в Москве министры подписали соглашение о миграции.\n\nФото: министры подписали соглашение',
      ['2009-02-03 past agreement «Во вторник»']],
    ['ru: «Фото Ивана ПЕТРОВА: …»',
      'date: 2009-02-04\n\nВо вторник премьеры встретились в Оше.\n\nФото Ивана ПЕТРОВА: премьеры встретились в Оше',
      ['2009-02-03 past meeting «Во вторник»']],
    ['en: "[Photo: …]" in brackets',
      'date: 2009-02-04\n\nThe premiers met in Osh on Tuesday.\n\n[Photo: the premiers shake hands before talks in Osh. Photo: AP]',
      ['2009-02-03 past meeting «The premiers»']],
    ['ru: «(Фото: …)» in brackets',
      'date: 2009-02-04\n\nВо вторник премьеры встретились в Оше.\n\n(Фото: премьеры перед переговорами в Оше)',
      ['2009-02-03 past meeting «Во вторник»']],
    ['en: a sentence that starts with "Photographs" of an exhibition is no caption',
      'date: 2009-02-04\n\nPhotographs of the two presidents were shown as the ministers signed a memorandum in Osh on Tuesday.',
      ['2009-02-03 past agreement «Photographs of»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a related link is not dated by its publication stamp, and one of a past event of no date of its own is dropped', () => {
  it.each([
    ['en: "(Aug 16, 2007)" at the end of the link',
      'date: 2009-02-04\n\nThe premiers met in Osh on Tuesday.\n\nRelated stories:\n> Russia and Kyrgyzstan sign debt deal (Jan 16, 2009)',
      ['2009-02-03 past meeting «The premiers»']],
    ['ru: «(16.01.2009)» at the end of the link',
      'date: 2009-02-04\n\nВо вторник премьеры встретились в Оше.\n\nЧитайте также:\nРоссия и Киргизия подписали соглашение о долге (16.01.2009)',
      ['2009-02-03 past meeting «Во вторник»']],
    ['ru: a stamp after a dash',
      'date: 2009-02-04\n\nВо вторник премьеры встретились в Оше.\n\nЧитайте также: В Бишкеке открылся центр российской культуры - 15.01.2009',
      ['2009-02-03 past meeting «Во вторник»']],
    ['en: a date inside the headline is its own',
      'date: 2009-02-04\n\nThe premiers met in Osh on Tuesday.\n\nSee also\nTelephone conversation with the President of Kyrgyzstan, January 16, 2009',
      ['2009-02-03 past meeting «The premiers»', '2009-01-16 past meeting «Telephone conversation»']],
    ['en: "Related news:" opens the links too',
      'date: 2009-02-04\n\nThe premiers met in Osh on Tuesday.\n\nRelated news:\nNeighbours extend sugar export ban (Jan 16, 2009)',
      ['2009-02-03 past meeting «The premiers»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
