/**
 * A signing announced without a day right after a dated plan of the occasion: "The official welcoming ceremony will
 * take place tomorrow, November 26, followed by talks. A package of documents is expected to be signed", «Переговоры
 * пройдут 26 ноября. По их итогам планируется подписать пакет документов»: the documents are to be signed that day.
 */
import type { MilestoneDraft } from '../../types';
import { GATHERING_TYPES } from './retelling';
import { rx } from '../regex';

/** A time of its own, however vague («в ближайшее время», "soon", "later this year", "at a convenient time"): the signing is not the talks' day. */
const OWN_TIME = rx(/(?:^|[^\p{L}])(?:в ближайшее время|вскоре|позже|позднее|в будущем|в перспективе|в (?:любое )?удобное (?:для [\p{L}]+ (?:[\p{L}]+ )?)?время|soon|later|in the near future|in the coming|at (?:a|any) (?:mutually )?convenient (?:time|date))(?![\p{L}])/iu);

/** "a series of events", «серию мероприятий», «цикл концертов»: many days, none of them the celebration's one day. */
const SERIES = rx(/(?:^|[^\p{L}])(?:a series of|a programme of|a program of|сери[юяи] |цикл\p{L}* |программ[уа] мероприятий)/iu);

/**
 * Dates each planned, undated signing by the full day of a planned gathering told in the sentence before it, and each
 * planned, undated gathering by the full day of a planned celebration told there: the day's programme
 * («Основные торжества пройдут 24-25 октября. Мы ожидаем приезда делегации …», 'Celebrations will be held on
 * 24-25 October. A delegation led by the minister is expected'). A gathering planned the sentence before gives its day
 * to a signing only: a visit it invites to is another trip («Переговоры пройдут 28 июля. Президент пригласил коллегу
 * посетить страну»). A series of events planned («Мы планируем серию концертов», 'We plan a series of events') spans many days:
 * it takes none.
 */
export function datePlansFromDayBefore(out: readonly MilestoneDraft[], sentenceOf: ReadonlyMap<MilestoneDraft, number>): void {
  for (const m of out) {
    if (m.status !== 'planned' || m.date !== null || (m.type !== 'agreement' && !GATHERING_TYPES.has(m.type)) || OWN_TIME.test(m.quote.text) || SERIES.test(m.quote.text)) continue;
    const at = sentenceOf.get(m);
    if (at === undefined) continue;
    const signing = m.type === 'agreement';
    const plan = out.find((o) => sentenceOf.get(o) === at - 1 && o.status === 'planned' && (signing ? GATHERING_TYPES.has(o.type) : o.type === 'anniversary') && o.date?.length === 10);
    if (!plan) continue;
    m.date = plan.date;
    m.dateEvidence = `The day of the gathering planned in the sentence before («${plan.quote.text.slice(0, 60)}»)`;
  }
}

/** "shortly", «в скором времени»: a time of its own for a step told apart from the trip. */
const SHORTLY = rx(/(?:^|[^\p{L}])(?:shortly|before long|в скором времени|в скором будущем)(?![\p{L}])/iu);

/**
 * Dates each planned, undated signing by a signing already planned for a full day earlier in the article: the package
 * told again in a page's next answer («В четверг … подписание соглашений. … Какие соглашения готовят? Стороны готовят
 * шесть соглашений, среди них …», 'On Thursday the premiers sign a package. … What is in it? Six agreements, among them
 * …'). With no such signing before it, the one visit planned for a full day earlier in the article dates it, when the
 * article plans no other gathering for a day: the signing is that trip's («В четверг премьер прибудет в Ош. … Стороны
 * намерены подписать протокол о консультациях»).
 */
export function datePlannedSigningsRetold(out: readonly MilestoneDraft[]): void {
  let visit: MilestoneDraft | null | undefined;
  for (const m of out) {
    if (m.status !== 'planned' || m.date !== null || m.type !== 'agreement' || OWN_TIME.test(m.quote.text) || SHORTLY.test(m.quote.text)) continue;
    let before: MilestoneDraft | null = null;
    for (const o of out) {
      if (o.type === 'agreement' && o.status === 'planned' && o.date?.length === 10 && o.quote.end <= m.quote.start && (!before || o.quote.start > before.quote.start)) before = o;
    }
    if (before === null) {
      visit ??= onlyDayVisit(out);
      if (visit === null || visit.quote.end > m.quote.start) continue;
      before = visit;
    }
    m.date = before.date;
    m.dateEvidence = `The day of the ${before.type === 'agreement' ? 'signing' : 'visit'} planned before («${before.quote.text.slice(0, 60)}»)`;
  }
}

/** The one visit planned for a full day when no other gathering is planned for a day, else null. */
function onlyDayVisit(out: readonly MilestoneDraft[]): MilestoneDraft | null {
  let visit: MilestoneDraft | null = null;
  for (const o of out) {
    if (o.status !== 'planned' || o.date?.length !== 10 || !(o.type === 'visit' || GATHERING_TYPES.has(o.type))) continue;
    if (o.type !== 'visit' || visit !== null) return null;
    visit = o;
  }
  return visit;
}
