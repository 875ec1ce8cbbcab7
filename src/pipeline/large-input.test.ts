/**
 * Large inputs: a 20 MB article is read (cut, with a warning) and a folder of 5,000 small articles
 * is bundled whole. Timing is the benchmark's job; these only check that nothing is lost.
 */
import { describe, expect, it } from 'vitest';
import { Dataset } from '../schema/dataset';
import { bundle, MAX_CHARS } from './bundle';

const enc = new TextEncoder();

describe('large inputs', () => {
  it('reads a 20 MB article, cut to the limit with a warning', () => {
    const para = 'Стороны обсудили развитие торгово-экономического сотрудничества и гуманитарных связей между странами.\n';
    const big = `date: 2020-01-15\n\nБИШКЕК, 15 января – Агентство. ${para.repeat(Math.ceil(20e6 / enc.encode(para).length))}`;
    const bytes = enc.encode(big);
    expect(bytes.length).toBeGreaterThan(20e6);
    const { dataset, texts } = bundle([{ file: 'huge.txt', bytes }, { file: 'small.txt', bytes: enc.encode('date: 2021-02-02\n\nКороткая заметка о встрече.') }]);
    expect(dataset.articles.map((a) => a.file)).toEqual(['huge.txt', 'small.txt']);
    expect(texts[0]!.text.length).toBeLessThanOrEqual(MAX_CHARS);
    expect(dataset.problems).toEqual([expect.objectContaining({ file: 'huge.txt', severity: 'warning', message: expect.stringMatching(/only the first/) })]);
  }, 120_000);

  it('bundles a folder of 5,000 articles without losing one', () => {
    const files = Array.from({ length: 5000 }, (_, i) => {
      const y = 1992 + (i % 34);
      const d = String((i % 28) + 1).padStart(2, '0');
      return { file: `a${String(i).padStart(4, '0')}.txt`, bytes: enc.encode(`date: ${y}-03-${d}\n\nЗаметка номер ${i}: стороны провели встречу в Бишкеке.`) };
    });
    const seen: number[] = [];
    const { dataset } = bundle(files, { onProgress: (done) => seen.push(done) });
    expect(dataset.articles).toHaveLength(5000);
    expect(dataset.problems).toEqual([]);
    expect(seen.at(-1)).toBe(5000);
    expect(() => Dataset.parse(dataset)).not.toThrow();
  }, 120_000);
});
