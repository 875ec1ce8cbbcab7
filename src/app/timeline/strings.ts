/** UI strings of the timeline and the milestone list. */
import type { Strings } from '../i18n';

export const STRINGS: Strings<
  | 'heading'
  | 'zoomIn'
  | 'zoomOut'
  | 'fit'
  | 'panLeft'
  | 'panRight'
  | 'keys'
  | 'showing'
  | 'undated'
  | 'empty'
  | 'legend'
  | 'cluster'
  | 'clusterOpen'
  | 'clusterMore'
  | 'close'
  | 'listHeading'
  | 'date'
  | 'title'
  | 'type'
  | 'people'
  | 'more'
  | 'canvas'
  | 'spanNote'
  | 'denseNote'
> = {
  en: {
    heading: 'Timeline',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Show all',
    panLeft: 'Earlier',
    panRight: 'Later',
    keys: 'Tab to a milestone, Enter opens it, ←/→ step between milestones; + and − zoom, Shift+←/→ pan, 0 shows all.',
    showing: '{n} of {total} milestones',
    undated: '{n} without a date — in the list below',
    empty: 'No milestones match the filters.',
    legend: 'Legend',
    cluster: '{n} milestones, {from} – {to}. Press Enter to open.',
    clusterOpen: '{n} milestones here',
    clusterMore: '…and {n} more: filter by year or leader to see them in the list below.',
    close: 'Close',
    listHeading: 'Milestones',
    date: 'Date',
    title: 'Milestone',
    type: 'Type',
    people: 'Participants',
    more: 'Show {n} more',
    canvas: 'Time axis; drag or use the wheel to pan and zoom',
    spanNote: 'A bar marks a month or a year when the day is not known',
    denseNote: 'A column: too many milestones to show one by one; its height is their number',
  },
  ru: {
    heading: 'Хронология',
    zoomIn: 'Приблизить',
    zoomOut: 'Отдалить',
    fit: 'Показать всё',
    panLeft: 'Раньше',
    panRight: 'Позже',
    keys: 'Tab — к вехе, Enter — открыть, ←/→ — соседние вехи; + и − — масштаб, Shift+←/→ — сдвиг, 0 — всё.',
    showing: '{n} из {total} вех',
    undated: 'без даты: {n} — в списке ниже',
    empty: 'Нет вех, подходящих под фильтры.',
    legend: 'Легенда',
    cluster: 'Вех: {n}, {from} – {to}. Нажмите Enter, чтобы раскрыть.',
    clusterOpen: 'Здесь вех: {n}',
    clusterMore: '…и ещё {n}: выберите год или участника, чтобы увидеть их в списке ниже.',
    close: 'Закрыть',
    listHeading: 'Вехи',
    date: 'Дата',
    title: 'Веха',
    type: 'Тип',
    people: 'Участники',
    more: 'Показать ещё {n}',
    canvas: 'Ось времени; перетаскивайте или крутите колесо для сдвига и масштаба',
    spanNote: 'Полоса — месяц или год, если день неизвестен',
    denseNote: 'Столбец: вех слишком много, чтобы показать каждую; высота — их число',
  },
};

/** Fills `{name}` placeholders. */
export const fill = (s: string, vars: Record<string, string | number>): string => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
