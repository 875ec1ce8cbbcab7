import { describe, expect, it } from 'vitest';
import { Figure, FigureCore, Milestone, MilestoneCore, Person, PersonCore } from './dataset';
import { figureCore, milestoneCore, personCore } from './split';

/** A record with every field of `shape` set to a value of its own (`field:<name>`). */
const recordOf = (shape: object) => Object.fromEntries(Object.keys(shape).map((k) => [k, `field:${k}`]));

describe('core copies', () => {
  // Each copy, the record kind's whole shape and its core's shape (the keys `timeline.json` keeps, in order).
  const kinds: [string, (r: never) => object, object, object][] = [
    ['milestoneCore', milestoneCore, Milestone.shape, MilestoneCore.shape],
    ['figureCore', figureCore, Figure.shape, FigureCore.shape],
    ['personCore', personCore, Person.shape, PersonCore.shape],
  ];

  it.each(kinds)("%s keeps the core's fields, in the schema's order, and drops the rest", (_, copy, whole, core) => {
    const out = copy(recordOf(whole) as never);
    expect(Object.keys(out)).toEqual(Object.keys(core));
    expect(out).toEqual(recordOf(core));
  });

  it.each(kinds)('%s writes a field the record lacks as JSON leaves it out', (_, copy, whole, core) => {
    const [first, ...rest] = Object.keys(core);
    const record = recordOf(whole);
    delete record[rest[rest.length - 1]!];
    const json = JSON.parse(JSON.stringify(copy(record as never)));
    expect(Object.keys(json)).toEqual([first, ...rest.slice(0, -1)]);
  });
});
