/**
 * The bundler explains each date in English ("«3 марта» in the sentence, resolved against the
 * article date"). In the Russian interface those explanations are put in Russian phrase by phrase:
 * the quoted text («…»), dates, numbers and names stay as they are, and a phrase not in the table
 * stays in English, so an explanation is never lost.
 */
import type { Lang } from '../state/url';

/** English phrase → Russian, longest first where one contains another. `$1`… keep captured parts. */
const RU: [RegExp, string][] = [
  [/Planned event; no date in the sentence/g, 'Запланированное событие; в предложении нет даты'],
  [/No date in the sentence or the article/g, 'Даты нет ни в предложении, ни в статье'],
  [/No date in the sentence and the article date is only/g, 'В предложении нет даты, а дата статьи известна лишь как'],
  [/No date in the header, date line, address or text\./g, 'Даты нет ни в шапке, ни в строке даты, ни в адресе, ни в тексте.'],
  [/No day or month in the text/g, 'В тексте нет ни дня, ни месяца'],
  [/in the sentence, resolved against the article date/g, 'в предложении, отсчитано от даты статьи'],
  [/in the sentence, year from the article date/g, 'в предложении, год — по дате статьи'],
  [/in the sentence, counted from/g, 'в предложении, отсчитано от'],
  [/in the sentence/g, 'в предложении'],
  [/Same occasion as the lead event/g, 'То же событие, что и главное'],
  [/Same occasion as the previous event, which has no date/g, 'То же событие, что и предыдущее, у которого нет даты'],
  [/Same occasion as/g, 'То же событие, что и'],
  [/Another meeting of the same trip; its day is not told/g, 'Ещё одна встреча той же поездки; день не назван'],
  [/Referred to in direct speech without a date/g, 'Упомянуто в прямой речи без даты'],
  [/Earlier event recalled without a date/g, 'Прошлое событие, упомянутое без даты'],
  [/Anniversary count added to the year of the event it celebrates/g, 'Число лет юбилея прибавлено к году события, которое он отмечает'],
  [/A stay under way on the article's day/g, 'Пребывание, которое идёт в день статьи'],
  [/refers to the article's own date/g, 'относится к дате самой статьи'],
  [/no date is told/g, 'дата не названа'],
  [/^Planned /g, 'Запланировано: '],
  [/minus (\d+) years \(the (\d+)(?:st|nd|rd|th) anniversary\)/g, 'минус $1 лет ($2-летие)'],
  [/implied by the (\d+)(?:st|nd|rd|th) anniversary in (\S+)/g, 'следует из $1-летия в $2'],
  [/full-year (\d{4}) results are reported as news/g, 'итоги $1 года поданы как новость'],
  [/results of (\d{4}) are reported/g, 'сообщаются итоги $1 года'],
  [/part of (\d{4}) is reported/g, 'сообщается о части $1 года'],
  [/last year compared with (\d{4}), so last year = (\d{4})/g, 'прошлый год сравнивается с $1, значит прошлый год — $2'],
  [/last year = (\d{4})/g, 'прошлый год — $1'],
  [/the current period is compared with/g, 'текущий период сравнивается с'],
  [/year (\d{4}) is the only one consistent with/g, 'год $1 — единственный, согласный с'],
  [/year (\d{4}) written next to the date/g, 'год $1 написан рядом с датой'],
  [/year (\d{4}) from the address/g, 'год $1 — из адреса'],
  [/year (\d{4}) from/g, 'год $1 — из'],
  [/Date in the address/g, 'Дата в адресе'],
  [/is one of several dated items/g, '— один из нескольких датированных пунктов'],
  [/gives (\S+) but nothing in the text gives the year\./g, 'даёт $1, но год в тексте не указан.'],
  [/took office/g, 'вступил в должность'],
  [/name in use/g, 'название в ходу'],
  [/consistent with/g, 'согласуется с'],
  [/ as acting or interim /g, ' как исполняющий обязанности '],
  [/ as /g, ' — '],
  [/Article date/g, 'Дата статьи'],
  [/Header date/g, 'дата в шапке'],
  [/Dateline/g, 'строка даты'],
  [/Byline/g, 'подпись'],
  [/Body/g, 'текст'],
  [/ agrees/g, ' совпадает'],
  [/; also /g, '; также '],
];

/** `text` (an explanation of a date) in the interface language. */
export function evidenceText(text: string, lang: Lang): string {
  if (lang !== 'ru' || !text) return text;
  // Translate only outside «quotes»: what is quoted is the article's own words.
  return text
    .split(/(«[^»]*»)/)
    .map((part, i) => (i % 2 === 1 ? part : RU.reduce((s, [re, ru]) => s.replace(re, ru), part)))
    .join('');
}
