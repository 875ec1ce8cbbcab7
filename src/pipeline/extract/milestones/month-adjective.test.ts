import { describe, expect, it } from 'vitest';
import { milestoneLines as run } from './test-kit';

describe('a gathering named by a month adjective («сентябрьский саммит») is dated to that month', () => {
  it.each([
    ['ru: «в кулуарах сентябрьского саммита» in a November article',
      'date: 2004-11-20\n\nВ кулуарах сентябрьского саммита СНГ в Астане дипломаты обсудили транзит.',
      ['2004-09 past summit «В кулуарах»']],
    ['ru: a speaker naming the visit already told by its month retells it',
      'date: 2019-06-20\n\nВ конце марта республика принимала с государственным визитом президента России. «После мартовского визита регионам дан четкий сигнал: нужно работать», – сказал Дастан Жумабеков.',
      ['2019-03 past visit «В конце»']],
    ['ru: a speaker naming a visit of another month tells a new one',
      'date: 2019-06-20\n\nВ конце марта республика принимала с государственным визитом президента России. «После майского визита премьера регионам дан четкий сигнал: нужно работать», – сказал Дастан Жумабеков.',
      ['2019-03 past visit «В конце»', '2019-05 past visit ««После майского»']],
  ])('%s', (_name, text, want) => {
    expect(run(text)).toEqual(want);
  });
});
