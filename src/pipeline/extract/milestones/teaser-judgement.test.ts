import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// A related article's headline in the future tense is kept as a plan ("X will visit Osh"); one whose
// future only judges an event («поездка станет серьёзным сигналом», 'the talks will be a milestone') tells none.
describe('a related headline that only judges an event', () => {
  const ru = (teaser: string) => `date: 2019-05-14\n\nМинистр иностранных дел Киргизии во вторник провел переговоры с российским коллегой в Москве.\n\nЧитайте также:\n${teaser}`;
  const en = (teaser: string) => `date: 2019-05-14\n\nThe Kyrgyz foreign minister held talks with his Russian counterpart in Moscow on Tuesday.\n\nRead also:\n${teaser}`;
  it.each([
    ['ru judged', ru('Политолог: поездка премьера в Ош станет серьёзным сигналом'), false],
    ['ru judged, adjective', ru('Посол: переговоры будут полезными для обеих стран'), false],
    ['en judged', en('Analyst: the visit will be an important step for both capitals'), false],
    ['ru a plan', ru('Премьер-министр посетит Казань в июне'), true],
    // A link telling a discussion of preparations, or a saying after its speaker's name, tells no plan of its own.
    ['ru preparations discussed', ru('Жапаров и Путин обсудили подготовку к саммиту ОДКБ'), false],
    ['ru preparations to be discussed stay a plan', ru('Лавров и Кулубаев обсудят в Москве подготовку к саммиту ОДКБ'), true],
    ['en preparations discussed', en('Ministers discuss preparations for presidential visit'), false],
    ['ru a saying after its speaker', ru('Атамбаев: Кыргызстан намерен вступить в Таможенный союз'), false],
    ['ru a place’s news after a colon stays a plan', ru('Кант: российская авиабаза отметит 10-летие'), true],
    ['en a plan', en('Prime minister will visit Kazan next month'), true],
  ])('%s', (_name, text, kept) => {
    const lines = milestoneLines(text);
    expect(lines.length > 1).toBe(kept);
  });
});

