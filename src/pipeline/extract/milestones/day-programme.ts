/**
 * «Лидеры провели сегодня переговоры в узком формате. После переговоров лидеры продолжат диалог в
 * расширенном составе. Ожидается подписание документов», "After the talks, the delegations will
 * sign …": the next steps of today's programme, planned without a date of their own, take the day
 * of the talks told, when those talks were held on the article's own day.
 */
import type { Language } from '../../../schema/dataset';
import type { MilestoneDraft } from '../../types';
import { rx } from '../regex';

/** «После переговоров», «по окончании встречи», "After the talks", "Following the meeting" opening a sentence. */
const AFTER_TALKS: Record<Language, RegExp> = {
  ru: rx(/^(?:После|По окончании|По завершении|По итогам)\s+(?:\p{L}+\s+){0,2}?(?:переговоров|встречи|беседы)(?![\p{L}])/u),
  en: /^(?:After|Following|At the end of)\s+(?:the|their)\s+(?:\w+\s+){0,2}?(?:talks|meeting|negotiations)\b/,
};
/** Past gatherings whose day a next step of the programme shares. */
const TALKS = new Set(['meeting', 'summit', 'igc_session']);

/** The past talks held on the article's day `day`, when sentence text `sentence` opens with "after the talks"; else null. */
export function talksToday(sentence: string, lang: Language, out: readonly MilestoneDraft[], day: string | null): MilestoneDraft | null {
  if (day?.length !== 10 || !AFTER_TALKS[lang].test(sentence)) return null;
  return out.find((o) => o.status === 'past' && o.date === day && TALKS.has(o.type)) ?? null;
}

/** The plan told just before (its draft), when it is a step of the article's day `day` itself. */
export function stepToday(plan: MilestoneDraft | null, day: string | null): MilestoneDraft | null {
  return plan && day?.length === 10 && plan.date === day && TALKS.has(plan.type) ? plan : null;
}
