/**
 * `embed.html`: the trade chart alone — title, legend, source line, no app chrome — filling its
 * iframe at any size. Same URL parameters as the app; links open in a new tab and never navigate
 * the parent page. An entry point, like `main.tsx`: it composes features, so it lives beside it.
 */
// First: the dataset starts downloading before anything else is evaluated.
import './data/prefetch';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import '@fontsource/inter/cyrillic-400.css';
import '@fontsource/inter/cyrillic-600.css';
import '@fontsource/inter/cyrillic-700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { datasetUrlFrom } from './data/load';
import { useDataset } from './data/useDataset';
import { EMBED_STRINGS } from './embed/strings';
import { useEmbedQuery } from './embed/useEmbedQuery';
import { useStrings } from './i18n';
import { useDocumentTheme } from './layout/useTheme';
import { TradeView } from './trade-chart/TradeView';
import { useSize } from './viz/useSize';
import './styles.css';
import './embed/embed.css';

function Embed() {
  const search = window.location.search;
  const state = useDataset(datasetUrlFrom(search));
  const t = useStrings(EMBED_STRINGS);
  const data = state.status === 'ready' ? state.data : null;
  useEmbedQuery(data, search);
  useDocumentTheme();
  const [ref, size] = useSize<HTMLDivElement>();
  const app = new URL(`./${search}`, document.baseURI).href;
  return (
    <main className="embed-root">
      <h1 className="visually-hidden">{t.heading}</h1>
      <div className="embed-figure" ref={ref}>
        {state.status === 'loading' && <p className="embed-message" role="status">{t.loading}</p>}
        {state.status === 'error' && <p className="embed-message" role="alert">{t.error} {state.error.message}</p>}
        {data && size.width > 0 && size.height > 0 && <TradeView data={data} width={size.width} height={size.height} titled mode="embed" />}
      </div>
      <p className="embed-foot">
        <a href={app} target="_blank" rel="noopener noreferrer">
          {t.fullTimeline}
        </a>
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Embed />
  </StrictMode>,
);
