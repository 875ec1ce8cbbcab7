/** UI strings of the detail panel. */
import type { Strings } from '../i18n';

export const STRINGS: Strings<
  'heading' | 'none' | 'prev' | 'next' | 'close' | 'date' | 'evidence' | 'participants' | 'noParticipants' | 'source' | 'articleDate' | 'quote' | 'loading' | 'textError' | 'open' | 'place' | 'derived' | 'multilateral' | 'position' | 'keys'
> = {
  en: {
    heading: 'Details',
    none: 'Choose a milestone on the timeline or in the list to see where it comes from.',
    prev: 'Previous milestone',
    next: 'Next milestone',
    close: 'Close details',
    date: 'Date',
    evidence: 'How the date was found',
    participants: 'Participants',
    noParticipants: 'No named participants',
    source: 'Source',
    articleDate: 'article of',
    quote: 'The sentence in the article',
    loading: 'Loading the article text…',
    textError: 'The article text could not be loaded; the quote is shown alone.',
    open: 'open the article',
    place: 'Place',
    derived: 'Derived',
    multilateral: 'multilateral context',
    position: '{i} of {n}',
    keys: '←/→ step to the neighbouring milestones',
  },
  ru: {
    heading: 'Подробности',
    none: 'Выберите веху на шкале или в списке, чтобы увидеть её источник.',
    prev: 'Предыдущая веха',
    next: 'Следующая веха',
    close: 'Закрыть подробности',
    date: 'Дата',
    evidence: 'Откуда дата',
    participants: 'Участники',
    noParticipants: 'Участники не названы',
    source: 'Источник',
    articleDate: 'статья от',
    quote: 'Предложение в статье',
    loading: 'Загрузка текста статьи…',
    textError: 'Не удалось загрузить текст статьи; показана только цитата.',
    open: 'открыть статью',
    place: 'Место',
    derived: 'Выведено',
    multilateral: 'многосторонний контекст',
    position: '{i} из {n}',
    keys: '←/→ — соседние вехи',
  },
};

/** Fills `{name}` placeholders. */
export const fill = (s: string, vars: Record<string, string | number>): string => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
