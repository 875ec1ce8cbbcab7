/** The embed's words in English and Russian. */
import type { Strings } from '../i18n';

export const EMBED_STRINGS: Strings<'heading' | 'dialogTitle' | 'intro' | 'code' | 'copy' | 'copied' | 'copyByHand' | 'close' | 'preview' | 'fullTimeline' | 'loading' | 'error'> = {
  en: {
    heading: 'Kyrgyzstan–Russia trade turnover',
    dialogTitle: 'Embed this chart',
    intro: 'Paste this HTML into your page. The chart shows the current years, leaders, language and theme, and fits any width.',
    code: 'Embed code',
    copy: 'Copy code',
    copied: 'Copied to the clipboard.',
    copyByHand: 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    close: 'Close',
    preview: 'Open the embed in a new tab',
    fullTimeline: 'Full timeline ↗',
    loading: 'Loading the chart…',
    error: 'The chart data could not be loaded.',
  },
  ru: {
    heading: 'Товарооборот Киргизии и России',
    dialogTitle: 'Встроить график',
    intro: 'Вставьте этот HTML на свою страницу. График покажет выбранные годы, лидеров, язык и тему и подстроится под ширину.',
    code: 'Код для вставки',
    copy: 'Копировать код',
    copied: 'Скопировано в буфер обмена.',
    copyByHand: 'Код выделен: нажмите Ctrl+C (⌘C на Mac), чтобы скопировать.',
    close: 'Закрыть',
    preview: 'Открыть встраиваемый график в новой вкладке',
    fullTimeline: 'Вся хронология ↗',
    loading: 'Загрузка графика…',
    error: 'Не удалось загрузить данные графика.',
  },
};
