/** `index.html`: the whole app. Inter (the chart's face, embedded in exports too) is loaded here, once. */
// First: the dataset starts downloading before anything else is evaluated.
import './data/prefetch';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import '@fontsource/inter/cyrillic-400.css';
import '@fontsource/inter/cyrillic-600.css';
import '@fontsource/inter/cyrillic-700.css';
// The chart's code loads after the first paint; its styles stay here, in their place in the cascade.
import './trade-chart/tradeChart.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
