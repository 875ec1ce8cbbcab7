/** «Символично, что … первый визит», "It is symbolic that … first trip": a judgement of a trip already told (`characterisation` markers). Every text is invented. */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a first trip judged as symbolic retells the trip told before', () => {
  it.each([
    ['en: "It is symbolic that your first foreign trip … is to Russia"',
      'date: 2031-09-12\n\nThe two presidents met in Moscow on Monday. This is his first trip abroad as head of state.\n\nIt is symbolic that your first foreign trip as President is to Russia.',
      ['2031-09-08 past meeting «The two»', '2031-09-08 past visit «This is»']],
    ['ru: «Символично, что свой первый зарубежный визит …»',
      'date: 2031-09-12\n\nПрезидент встретился с российским коллегой в Москве в понедельник. Это его первый зарубежный визит.\n\nСимволично, что свой первый зарубежный визит вы совершаете в Россию.',
      ['2031-09-08 past meeting «Президент встретился»', '2031-09-08 past visit «Это его»']],
    // Negatives: a new dated trip after «Символично, что» without a rank stays; the judgement with nothing told before stays.
    ['ru: «Символично, что в октябре министр посетит …» is a trip of its own',
      'date: 2031-09-12\n\nПрезидент встретился с российским коллегой в Москве в понедельник.\n\nСимволично, что в октябре министр обороны посетит авиабазу Кант.',
      ['2031-09-08 past meeting «Президент встретился»', '2031-10 planned visit «Символично, что»']],
    ['en: nothing told before: the trip stays',
      'date: 2031-09-12\n\nIt is symbolic that the president will pay his first foreign visit to Russia in October.',
      ['2031-10 planned visit «It is»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
