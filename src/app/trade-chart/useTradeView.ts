/** Everything a trade view derives from the dataset and the store: model, words, colours. */
import { useEffect, useMemo, useState } from 'react';
import type { DatasetFile as Dataset } from '../../schema/dataset';
import { selectTradeModelShared, type TradeModel } from '../data/figureSelectors';
import type { Filters } from '../data/selectors';
import { useLaggingFilters } from '../data/useFilters';
import { useLang } from '../i18n';
import { useStore } from '../state/store';
import type { Lang, Theme } from '../state/url';
import { tradePalette, type TradePalette } from '../viz/tradePalette';
import { figureText, type FigureText } from './figureText';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme in force: the chosen one, else the system's, following changes. */
export function useResolvedTheme(theme: Theme | null): 'light' | 'dark' {
  const [systemDark, setSystemDark] = useState(() => typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const mq = matchMedia(DARK_QUERY);
    const on = () => setSystemDark(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  if (theme === 'light' || theme === 'dark') return theme;
  return systemDark ? 'dark' : 'light';
}

export interface TradeView {
  model: TradeModel;
  filters: Filters;
  text: FigureText;
  lang: Lang;
  theme: 'light' | 'dark';
  palette: TradePalette;
}

let lastText: { args: unknown[]; text: FigureText } | null = null;

/** `figureText` remembering its last answer (its inputs are compared by identity). */
function figureTextShared(model: TradeModel, f: Filters, people: Dataset['people'], lang: Lang): FigureText {
  const args = [model, f.from, f.to, f.leaders, people, lang];
  if (lastText && lastText.args.every((a, i) => a === args[i])) return lastText.text;
  const text = figureText(model, f, people, lang);
  lastText = { args, text };
  return text;
}

/** Derives the view for the current filters (deferred: the chart follows the timeline), language and theme. */
export function useTradeView(data: Dataset): TradeView {
  const theme = useStore((s) => s.theme);
  const lang = useLang();
  const filters = useLaggingFilters();
  // Shared: the panel, its toolbar and the plot each ask, one model and one text are made.
  const model = useMemo(() => selectTradeModelShared(data, filters), [data, filters]);
  const text = useMemo(() => figureTextShared(model, filters, data.people, lang), [model, filters, data.people, lang]);
  const resolved = useResolvedTheme(theme);
  // One object per change, so the memoised chart skips the renders that change nothing it draws.
  return useMemo(() => ({ model, filters, text, lang, theme: resolved, palette: tradePalette(resolved) }), [model, filters, text, lang, resolved]);
}
