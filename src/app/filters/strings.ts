/** UI strings of the filters. */
import type { Strings } from '../i18n';

export const STRINGS: Strings<
  'heading' | 'milestone1' | 'fromYear' | 'toYear' | 'any' | 'histogram' | 'leader' | 'leaderPlaceholder' | 'people' | 'remove' | 'noMatch' | 'clear' | 'milestones' | 'none' | 'yearHelp'
> = {
  en: {
    heading: 'Filters',
    fromYear: 'From year',
    toYear: 'To year',
    any: 'Any',
    histogram: 'Milestones per year',
    leader: 'Leader',
    leaderPlaceholder: 'Search people…',
    people: 'People',
    remove: 'Remove {name}',
    noMatch: 'No one matches',
    clear: 'Clear all filters',
    milestones: '{n} milestones',
    milestone1: '1 milestone',
    none: 'no milestones in these years',
    yearHelp: 'Click a bar for one year, drag across bars for a range.',
  },
  ru: {
    heading: 'Фильтры',
    fromYear: 'С года',
    toYear: 'До года',
    any: 'Любой',
    histogram: 'Вехи по годам',
    leader: 'Лидер',
    leaderPlaceholder: 'Поиск по имени…',
    people: 'Люди',
    remove: 'Убрать: {name}',
    noMatch: 'Никого не найдено',
    clear: 'Сбросить все фильтры',
    milestones: 'вех: {n}',
    milestone1: 'вех: 1',
    none: 'нет вех в эти годы',
    yearHelp: 'Нажмите на столбец — один год, проведите по столбцам — диапазон.',
  },
};

/** Fills `{name}` placeholders. */
export const fill = (s: string, vars: Record<string, string | number>): string => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
