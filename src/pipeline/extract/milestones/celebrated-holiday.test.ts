import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

// «Диаспора отметила Нооруз», 'the community celebrated Nooruz': a community's celebration of the spring new year is a cultural
// event; the holiday named without a verb of celebrating is not.
describe('a community celebrating the spring new year', () => {
  it.each([
    ['ru: «отметила Нооруз»', 'date: 2034-03-22\n\nКиргизская община Тюмени в субботу отметила Нооруз в городском саду.', ['2034-03-18 past other «Киргизская община»']],
    ['en: "celebrated Nooruz"', 'date: 2034-03-22\n\nThe Kyrgyz community of Tyumen celebrated Nooruz in the city garden on Saturday.', ['2034-03-18 past other «The Kyrgyz»']],
    // Negative: the holiday named without a verb of celebrating tells no event.
    ['ru: the holiday described', 'date: 2034-03-22\n\nНооруз в Киргизии — государственный праздник, выходной день.', []],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
