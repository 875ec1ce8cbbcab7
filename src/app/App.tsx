/** The page: loads the dataset, syncs the URL, and lays out the features. */
import { lazy, Suspense } from 'react';
import { datasetUrlFrom } from './data/load';
import { useDataset } from './data/useDataset';
import { LaggingFilters } from './data/useFilters';
import { useStrings, type Strings } from './i18n';
import { Header } from './layout/Header';
import { Notices } from './layout/Notices';
import { useDocumentTheme } from './layout/useTheme';
import { useAfterPaint } from './state/useAfterPaint';
import { UrlSync } from './state/useUrlSync';
import { Workspace } from './layout/Workspace';

/** The sources list comes after the first paint anyway: its code is not part of the first load. */
const ArticleList = lazy(() => import('./articles/ArticleList').then((m) => ({ default: m.ArticleList })));

const STRINGS: Strings<'loading' | 'error' | 'errorHelp'> = {
  en: { loading: 'Loading the timeline…', error: 'The timeline data could not be loaded.', errorHelp: 'What went wrong:' },
  ru: { loading: 'Загрузка хронологии…', error: 'Не удалось загрузить данные хронологии.', errorHelp: 'Причина:' },
};

export function App() {
  const state = useDataset(datasetUrlFrom(window.location.search));
  const t = useStrings(STRINGS);
  useDocumentTheme();
  const data = state.status === 'ready' ? state.data : null;
  // The timeline is drawn first; the sources list follows after that frame.
  const later = useAfterPaint(data, null);
  return (
    <>
      <UrlSync dataset={data} />
      <a className="skip-link" href="#main">Skip to content</a>
      <Header />
      <main id="main">
        {state.status === 'loading' && (
          <p role="status" aria-live="polite" className="loading">
            {t.loading}
          </p>
        )}
        {state.status === 'error' && (
          <div role="alert" className="error-box">
            <p><strong>{t.error}</strong></p>
            <p>
              {t.errorHelp} {state.error.message}
            </p>
          </div>
        )}
        {state.status === 'ready' && (
          <LaggingFilters>
            <Notices />
            <Workspace data={state.data} />
            {later && (
              <Suspense fallback={null}>
                <ArticleList data={later} />
              </Suspense>
            )}
          </LaggingFilters>
        )}
      </main>
    </>
  );
}
