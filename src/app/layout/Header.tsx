/** Page header: title, language and theme switches. */
import { useStore } from '../state/store';
import { useLang, useStrings, type Strings } from '../i18n';

const STRINGS: Strings<'title' | 'subtitle' | 'language' | 'theme' | 'light' | 'dark' | 'auto'> = {
  en: {
    title: 'Kyrgyzstan–Russia relations',
    subtitle: 'Milestones and trade figures read from news articles, each linked to its sentence',
    language: 'Language',
    theme: 'Theme',
    light: 'Light',
    dark: 'Dark',
    auto: 'System',
  },
  ru: {
    title: 'Отношения Кыргызстана и России',
    subtitle: 'Вехи и торговые показатели из новостных статей, каждая со ссылкой на своё предложение',
    language: 'Язык',
    theme: 'Тема',
    light: 'Светлая',
    dark: 'Тёмная',
    auto: 'Системная',
  },
};

/** The app bar. */
export function Header() {
  const t = useStrings(STRINGS);
  const lang = useLang();
  const theme = useStore((s) => s.theme) ?? 'auto';
  const setLang = useStore((s) => s.setLang);
  const setTheme = useStore((s) => s.setTheme);
  return (
    <header className="app-header">
      <div>
        <h1>{t.title}</h1>
        <p className="subtitle">{t.subtitle}</p>
      </div>
      <div className="header-controls">
        <div role="group" aria-label={t.language} className="segmented">
          {(['en', 'ru'] as const).map((l) => (
            <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLang(l)} lang={l}>
              {l === 'en' ? 'EN' : 'РУ'}
            </button>
          ))}
        </div>
        <label className="theme-select">
          <span className="visually-hidden">{t.theme}</span>
          <select value={theme} onChange={(e) => setTheme(e.target.value as 'light' | 'dark' | 'auto')} aria-label={t.theme}>
            <option value="auto">{t.auto}</option>
            <option value="light">{t.light}</option>
            <option value="dark">{t.dark}</option>
          </select>
        </label>
      </div>
    </header>
  );
}
