import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A planned signing told again without a day — a page's next answer naming the documents of a package planned for a
// day, or the joint statement of a trip planned for a day — is of that day.
describe('an undated planned signing takes the day of the signing or the one trip planned before it', () => {
  it.each([
    ['ru: a package planned for Thursday, its documents named in the next answer',
      'date: 2031-04-07\n\nЧто нужно знать о визите\n\nЧто в программе?\nВ четверг пройдут переговоры президентов, затем — подписание пакета документов.\n\nКакие документы подпишут?\nГотовится около восьми документов, в том числе соглашение о туризме.',
      ['2031-04-10 planned meeting «В четверг»', '2031-04-10 planned agreement «затем —»', '2031-04-10 planned agreement «Готовится около»']],
    ['ru: the one trip planned for a day, a statement to be signed',
      'date: 2031-04-07\n\nИнтервью\n\nВ четверг президент Киргизии прилетит в Москву.\n\n— Что подпишут?\n\n— Планируется подписание совместного заявления.',
      ['2031-04-10 planned visit «В четверг»', '2031-04-10 planned agreement «Планируется подписание»']],
    // Negative: a signing with a time of its own ("soon") keeps no day; nor one told before the trip.
    ['en: a signing planned "soon" after a trip planned for a day',
      'date: 2031-04-07\n\nThe Kyrgyz president will fly to Moscow on Thursday.\n\nThe sides plan to sign a treaty on tourism soon.',
      ['2031-04-10 planned visit «The Kyrgyz»', 'null planned agreement «The sides»']],
    ['ru: a signing told before the trip is not dated by it',
      'date: 2031-04-07\n\nЭксперты ждут новостей.\n\nПланируется подписание совместного заявления.\n\nВ четверг президент Киргизии прилетит в Москву.',
      ['null planned agreement «Планируется подписание»', '2031-04-10 planned visit «В четверг»']],
  ])('%s', (_name, text, want) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
  });
});
