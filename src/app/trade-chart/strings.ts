/** The trade chart's words in English and Russian. */
import type { Strings } from '../i18n';

export type TradeKey =
  | 'heading'
  | 'title'
  | 'allYears'
  | 'allArticles'
  | 'leadersNote'
  | 'unit'
  | 'legendActual'
  | 'legendPartial'
  | 'legendDerived'
  | 'legendForecast'
  | 'legendRange'
  | 'legendTarget'
  | 'legendMilestones'
  | 'target'
  | 'targetAnnual'
  | 'source'
  | 'sourceNone'
  | 'dataTo'
  | 'sources'
  | 'sourcesDisagree'
  | 'barAtMedian'
  | 'note'
  | 'openMilestone'
  | 'noMilestone'
  | 'openArticle'
  | 'empty'
  | 'embed'
  | 'png'
  | 'svg'
  | 'copyImage'
  | 'copied'
  | 'copyFailed'
  | 'present'
  | 'exportSize'
  | 'exportScale'
  | 'wide'
  | 'square'
  | 'exporting'
  | 'exportFailed'
  | 'chartLabel'
  | 'milestonesLabel'
  | 'growth'
  | 'growthRange'
  | 'andMore'
  | 'fullTimeline';

export const STRINGS: Strings<TradeKey> = {
  en: {
    heading: 'Trade turnover',
    title: 'Kyrgyzstan–Russia trade turnover',
    allYears: 'All years',
    allArticles: 'figures from all articles',
    leadersNote: 'only figures from articles featuring {names}',
    unit: 'US dollars, as the sources report them',
    legendActual: 'Calendar year',
    legendPartial: 'Part of a year',
    legendDerived: 'Derived estimate',
    legendForecast: 'Forecast',
    legendRange: 'Sources disagree (range)',
    legendTarget: 'Target',
    legendMilestones: 'Milestones',
    target: 'Target: {value} a year',
    targetAnnual: 'Target: {value}',
    source: 'Source: figures quoted in {n} news articles ({outlets}). Kyrgyzstan–Russia relations timeline.',
    sourceNone: 'Source: Kyrgyzstan–Russia relations timeline, from news articles.',
    dataTo: 'Data to {date}.',
    sources: 'Sources',
    sourcesDisagree: 'Sources disagree: {min} to {max}',
    barAtMedian: 'the bar shows the median, {value}',
    note: 'How it was derived',
    openMilestone: 'Click or press Enter to open the article in the details panel.',
    noMilestone: 'This article has no milestone to open.',
    openArticle: 'Open the article',
    empty: 'No trade figures for this selection.',
    embed: 'Embed',
    png: 'Download PNG',
    svg: 'Download SVG',
    copyImage: 'Copy image',
    copied: 'Image copied to the clipboard.',
    copyFailed: 'This browser cannot copy images; use Download PNG.',
    present: 'Present',
    exportSize: 'Export shape',
    exportScale: 'PNG resolution',
    wide: 'Slide 16:9',
    square: 'Square',
    exporting: 'Preparing the image…',
    exportFailed: 'The export failed: {reason}',
    chartLabel: 'Trade turnover chart',
    milestonesLabel: 'Milestones on the same time axis',
    growth: 'growth',
    growthRange: 'growth from {min} to {max} ({n} figures)',
    andMore: 'and {n} more',
    fullTimeline: 'Open the full timeline',
  },
  ru: {
    heading: 'Товарооборот',
    title: 'Товарооборот Киргизии и России',
    allYears: 'Все годы',
    allArticles: 'данные всех статей',
    leadersNote: 'только данные из статей, где упоминается: {names}',
    unit: 'долл. США, как в источниках',
    legendActual: 'Календарный год',
    legendPartial: 'Часть года',
    legendDerived: 'Расчётная оценка',
    legendForecast: 'Прогноз',
    legendRange: 'Источники расходятся (диапазон)',
    legendTarget: 'Цель',
    legendMilestones: 'События',
    target: 'Цель: {value} в год',
    targetAnnual: 'Цель: {value}',
    source: 'Источник: данные, приведённые в {n} статьях ({outlets}). Хронология отношений Киргизии и России.',
    sourceNone: 'Источник: хронология отношений Киргизии и России по новостным статьям.',
    dataTo: 'Данные по {date}.',
    sources: 'Источники',
    sourcesDisagree: 'Источники расходятся: от {min} до {max}',
    barAtMedian: 'столбец — медиана, {value}',
    note: 'Как получено',
    openMilestone: 'Нажмите или Enter, чтобы открыть статью в панели подробностей.',
    noMilestone: 'В этой статье нет события, которое можно открыть.',
    openArticle: 'Открыть статью',
    empty: 'Для этого выбора нет данных о товарообороте.',
    embed: 'Встроить',
    png: 'Скачать PNG',
    svg: 'Скачать SVG',
    copyImage: 'Копировать картинку',
    copied: 'Картинка скопирована в буфер обмена.',
    copyFailed: 'Этот браузер не умеет копировать картинки; скачайте PNG.',
    present: 'Презентация',
    exportSize: 'Формат',
    exportScale: 'Разрешение PNG',
    wide: 'Слайд 16:9',
    square: 'Квадрат',
    exporting: 'Готовим картинку…',
    exportFailed: 'Не удалось экспортировать: {reason}',
    chartLabel: 'График товарооборота',
    milestonesLabel: 'События на той же оси времени',
    growth: 'рост',
    growthRange: 'рост от {min} до {max} (оценок: {n})',
    andMore: 'и ещё {n}',
    fullTimeline: 'Открыть всю хронологию',
  },
};

/** Fills `{name}` slots. */
export const fill = (s: string, vars: Record<string, string | number>): string => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
