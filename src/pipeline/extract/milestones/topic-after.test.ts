import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// "where X will also be discussed": a passive verb of discussion after its subject makes X the topic of the gathering told before.
describe('a topic told before a passive verb of discussion', () => {
  it.each([
    ['en: where … will also be discussed', 'date: 2030-06-20\n\nThe prime minister will travel to Moscow next month for talks, where the accession roadmap to the customs union will also be discussed.', ['2030-07 planned visit «The prime»']],
    ['en: where … was considered', 'date: 2030-06-20\n\nThe ministers met in Osh on Monday, where a roadmap on energy was considered.', ['2030-06-17 past meeting «The ministers»']],
    ['ru: где … будет рассмотрена', 'date: 2030-06-20\n\nПремьер в следующем месяце посетит Москву для переговоров, где дорожная карта по вступлению в союз также будет рассмотрена.', ['2030-07 planned visit «Премьер в»']],
    // Still an event of its own: a document signed where the gathering takes place.
    ['en: where … will be signed stays', 'date: 2030-06-20\n\nThe prime minister will travel to Moscow next month for talks, where an agreement on labour migration will be signed.', ['2030-07 planned visit «The prime»', '2030-07 planned agreement «where an»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
