import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a trip planned without a date right after a dated plan goes to it', () => {
  it.each([
    ['ru: «Дни Москвы пройдут в сентябре. Губернатор пообещала приехать лично»',
      'date: 2008-06-10\n\nПремьер встретился с губернатором в понедельник. Дни Москвы в Бишкеке пройдут в сентябре. Губернатор пообещала приехать лично.',
      ['2008-06-09 past meeting «Премьер встретился»', '2008-09 planned other «Дни Москвы»', '2008-09 planned visit «Губернатор пообещала»']],
    ['en: "… will be held in September. The governor promised to come in person"',
      'date: 2008-06-10\n\nThe premier met the governor on Monday. Days of Moscow will be held in Bishkek in September. The governor promised to come in person.',
      ['2008-06-09 past meeting «The premier»', '2008-09 planned other «Days of»', '2008-09 planned visit «The governor»']],
    ['en: a trip with a destination of its own does not go to the plan before',
      'date: 2008-06-10\n\nThe premier met the governor on Monday. His inauguration is scheduled for December 1. He has said that he will make his first foreign trip to Moscow.',
      ['2008-06-09 past meeting «The premier»', '2008-12-01 planned other «His inauguration»', 'null planned visit «He has»']],
    ['en: an invitation to visit after a dated plan keeps its dates open',
      'date: 2008-06-10\n\nThe premier met the governor on Monday. A trade mission will travel to Kazan in September. The governor said he had invited the premier to visit the region, and the premier had accepted.',
      ['2008-06-09 past meeting «The premier»', '2008-09 planned visit «A trade»', 'null planned visit «The governor»']],
    ['ru: «пригласил посетить» after a dated plan keeps its dates open',
      'date: 2008-06-10\n\nПремьер встретился с губернатором в понедельник. Торговая миссия отправится в Казань в сентябре. Губернатор пригласил премьера посетить республику, приглашение принято.',
      ['2008-06-09 past meeting «Премьер встретился»', '2008-09 planned visit «Торговая миссия»', 'null planned visit «Губернатор пригласил»']],
    ['ru: «приедет» is a plan, not a visit of the article\'s day',
      'date: 2008-06-10\n\nГубернатор приедет в Бишкек.',
      ['null planned visit «Губернатор приедет»']],
    ['ru: a trip planned after a past event keeps no date',
      'date: 2008-06-10\n\nПремьер встретился с губернатором в понедельник. Губернатор обещала посетить Бишкек.',
      ['2008-06-09 past meeting «Премьер встретился»', 'null planned visit «Губернатор обещала»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
