import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../../../schema/dataset';
import type { ArticleDate, DateMention, MilestoneDraft } from '../../types';
import { leadDate } from './main-event';

const draft = (date: PartialDate | null): MilestoneDraft => ({
  date, dateEvidence: '', type: 'meeting', status: 'past', titleEn: '', titleRu: '', peopleIds: [], place: null, bilateral: true, derived: null,
  quote: { start: 0, end: 20, text: 'Вчера министр провел' },
});
const article = (date: PartialDate | null): ArticleDate => ({ date, evidence: '', basis: 'header', monthDay: null, place: null, outlet: null, span: null });
const said: DateMention = { start: 0, end: 5, text: 'Вчера', date: '2016-04-13', relative: true };

describe('leadDate: a lead event dated by its own recent day sets the occasion', () => {
  it.each([
    ['the day before', '2016-04-13', '2016-04-14', said, '2016-04-13'],
    ['a week before', '2016-04-07', '2016-04-14', said, '2016-04-07'],
    ['eight days before', '2016-04-06', '2016-04-14', said, null],
    ['the article day itself', '2016-04-14', '2016-04-14', said, null],
    ['no day mention in the clause', '2016-04-13', '2016-04-14', null, null],
    ['a month only', '2016-04', '2016-04-14', said, null],
  ] as const)('%s', (_, date, articleDay, mention, want) => {
    expect(leadDate(draft(date), mention, article(articleDay))?.date ?? null).toBe(want);
  });
});
