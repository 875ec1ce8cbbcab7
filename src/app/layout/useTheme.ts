/** Applies the chosen theme and language to the document root. */
import { useEffect } from 'react';
import { useLang } from '../i18n';
import { useStore } from '../state/store';

/** Sets `data-theme` (light/dark, or removed for the system's) and `lang` on `<html>`. */
export function useDocumentTheme(): void {
  const theme = useStore((s) => s.theme);
  const lang = useLang();
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}
