import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { linear, linearTime } from './linearScale';

describe('linear', () => {
  it.each([
    [[0, 3.36e9], 4],
    [[0, 5.6e9], 4],
    [[0, 1e9], 4],
    [[0, 123], 5],
  ] as const)('matches d3 scaleLinear().nice(%d) on %j: domain, mapping and ticks', (domain, n) => {
    const ours = linear([domain[0], domain[1]], [400, 10], n);
    const d3 = scaleLinear().domain([domain[0], domain[1]]).nice(n).range([400, 10]);
    expect(ours.domain()).toEqual(d3.domain());
    expect(ours(domain[1] / 3)).toBeCloseTo(d3(domain[1] / 3), 9);
    expect(ours.ticks(5)).toEqual(d3.ticks(5));
  });
  it('keeps a flat domain finite', () => expect(linear([2, 2], [0, 100])(2)).toBe(0));
});

describe('linearTime', () => {
  it('maps instants linearly', () => {
    const x = linearTime([new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2022, 0, 1))], [0, 100]);
    expect(x(new Date(Date.UTC(2021, 0, 1)))).toBeCloseTo(50.07, 1);
    expect(x.domain()[1]).toEqual(new Date(Date.UTC(2022, 0, 1)));
  });
});
