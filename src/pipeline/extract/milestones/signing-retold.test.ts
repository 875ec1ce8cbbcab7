import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// A planned signing told again without a day — a page's next answer naming the documents of a package planned for a
// day, or the protocol of a trip planned for a day — is of that day.
describe('an undated planned signing takes the day of the signing or the one trip planned before it', () => {
  it.each([
    ['ru: a package planned for Thursday, its documents named in the next answer',
      'date: 2031-04-07\n\nВизит премьера: вопросы и ответы\n\nКаков план визита?\nВ четверг пройдут переговоры премьеров, затем — подписание соглашений.\n\nКакие соглашения готовят?\nК подписанию готовятся шесть соглашений, среди них соглашение о туризме.',
      ['2031-04-10 planned meeting «В четверг»', '2031-04-10 planned agreement «затем —»', '2031-04-10 planned agreement «К подписанию»']],
    ['ru: the one trip planned for a day, a protocol to be signed',
      'date: 2031-04-07\n\nИнтервью\n\nВ четверг премьер России прибудет в Ош.\n\n— Какие документы ждут подписи?\n\n— Стороны намерены подписать протокол о консультациях.',
      ['2031-04-10 planned visit «В четверг»', '2031-04-10 planned agreement «Стороны намерены»']],
    // Negative: a signing with a time of its own ("soon") keeps no day; nor one told before the trip.
    ['en: a signing planned "soon" after a trip planned for a day',
      'date: 2031-04-07\n\nThe Russian premier will arrive in Osh on Thursday.\n\nThe sides plan to sign a treaty on tourism soon.',
      ['2031-04-10 planned visit «The Russian»', 'null planned agreement «The sides»']],
    ['ru: a signing told before the trip is not dated by it',
      'date: 2031-04-07\n\nЭксперты ждут новостей.\n\nСтороны намерены подписать протокол о консультациях.\n\nВ четверг премьер России прибудет в Ош.',
      ['null planned agreement «Стороны намерены»', '2031-04-10 planned visit «В четверг»']],
  ])('%s', (_name, text, want) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
  });
});
