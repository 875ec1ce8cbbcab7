/**
 * A dated statement by a third country's official named by nationality adjective and office («казахстанский министр
 * транспорта», "the Kazakh Transport Minister") is no Kyrgyz–Russian milestone; the same words from either side's
 * official stay. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

const TALKS_EN = 'Kyrgyz President Kanat Bekov met Russian President Ivan Petrov in Sochi on March 3.';
const TALKS_RU = 'Президент Киргизии Канат Беков встретился с президентом России Иваном Петровым в Сочи 3 марта.';

describe('a statement of a third country\'s official named by adjective and office', () => {
  it.each([
    ['en: Kazakh Transport Minister', `date: 2031-03-20\n\n${TALKS_EN} The Kazakh Transport Minister Yerlan Sadykov said on March 16 that the border queues had grown shorter.`, 1],
    ['en: Tajik Energy and Water Minister', `date: 2031-03-20\n\n${TALKS_EN} Tajik Energy and Water Minister Farrukh Nazarov said on March 16 that the border queues had grown shorter.`, 1],
    ['en: Mongolia\'s Road Minister', `date: 2031-03-20\n\n${TALKS_EN} Mongolia's Road Minister Marat Erdene said on March 16 that the border queues had grown shorter.`, 1],
    ['ru: казахстанский министр транспорта', `date: 2031-03-20\n\n${TALKS_RU} Казахстанский министр транспорта Ерлан Садыков 16 марта заявил, что очереди на границе сократились.`, 1],
    ['ru: афганский министр торговли', `date: 2031-03-20\n\n${TALKS_RU} Афганский министр торговли Нурлан Рахими 16 марта заявил, что очереди на границе сократились.`, 1],
    ['ru: the office alone, no name', `date: 2031-03-20\n\n${TALKS_RU} Казахстанский министр транспорта 16 марта заявил, что очереди на границе сократились.`, 1],
    ['en: the office alone, no name', `date: 2031-03-20\n\n${TALKS_EN} The Kazakh Transport Minister said on March 16 that the border queues had grown shorter.`, 1],
    // Negative: the Kyrgyz side's minister, named the same way, makes a statement of this relationship.
    ['en: Kyrgyz Transport Minister stays', `date: 2031-03-20\n\n${TALKS_EN} Kyrgyz Transport Minister Bakyt Osmonov said on March 16 that the border queues had grown shorter.`, 2],
    ['ru: киргизский министр транспорта stays', `date: 2031-03-20\n\n${TALKS_RU} Киргизский министр транспорта Бакыт Осмонов 16 марта заявил, что очереди на границе сократились.`, 2],
  ])('%s', (_name, text, count) => {
    expect(run(text)).toHaveLength(count);
  });
});
