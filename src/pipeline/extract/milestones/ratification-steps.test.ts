import { describe, expect, it } from 'vitest';
import { milestoneLines } from './test-kit';

// Steps of bringing a signed document into force, as official releases tell them: one party has
// completed its domestic procedures («завершила внутригосударственные процедуры», "completed its
// domestic procedures") — a step of the agreement; the document «вступит в силу» — a plan.
describe('domestic procedures completed and entry into force to come', () => {
  it.each([
    ['ru: «завершила внутригосударственные процедуры в <month>»',
      'date: 2019-04-16\n\nРоссийская сторона завершила внутригосударственные процедуры в марте.',
      ['2019-03 past agreement «Российская сторона»']],
    ['en: "completed its domestic procedures in <month>"',
      'date: 2019-04-16\n\nThe Russian side completed its domestic procedures in March.',
      ['2019-03 past agreement «The Russian»']],
    ['ru: «вступит в силу» with no date of its own is a plan',
      'date: 2019-04-16\n\nДоговор вступит в силу с даты получения последнего уведомления сторон.',
      ['null planned agreement «Договор вступит»']],
  ])('%s', (_name, text, want) => {
    expect(milestoneLines(text)).toEqual(want);
  });

  it.each([
    ['ru', 'date: 2019-04-16\n\nВрачи провели сложную операцию в областной больнице.'],
    ['en', 'date: 2019-04-16\n\nThe clinic completed its internal review of the case.'],
  ])('%s: %s', (_lang, text) => {
    expect(milestoneLines(text)).toEqual([]);
  });
});
