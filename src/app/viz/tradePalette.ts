/**
 * The chart's colours as plain values rather than CSS variables, so an exported SVG or PNG keeps
 * them outside the page. Text colours meet WCAG AA on their background; marks meet 3:1.
 */
import type { MilestoneType } from '../../schema/dataset';

export interface TradePalette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  actual: string;
  partialFill: string;
  derived: string;
  derivedFill: string;
  forecast: string;
  range: string;
  target: string;
  growth: string;
  focus: string;
  /** Halo behind labels that sit over bars. */
  halo: string;
  milestone: Record<MilestoneType, string>;
}

export const LIGHT: TradePalette = {
  background: '#ffffff',
  text: '#1b1f24',
  muted: '#57606a',
  grid: '#e4e8ec',
  axis: '#6e7781',
  actual: '#2f6db5',
  partialFill: '#dbe7f6',
  derived: '#7542b8',
  derivedFill: '#efe6fa',
  forecast: '#57606a',
  range: '#1b1f24',
  target: '#a64f00',
  growth: '#1a7f37',
  focus: '#c2410c',
  halo: '#ffffff',
  milestone: {
    visit: '#1f77b4',
    meeting: '#2a7a3b',
    igc_session: '#8c4a9e',
    agreement: '#b35900',
    anniversary: '#b8325c',
    summit: '#5a5fc8',
    forum: '#007a7a',
    statement: '#6b6b6b',
    other: '#8a7a2e',
  },
};

export const DARK: TradePalette = {
  background: '#171d24',
  text: '#e6edf3',
  muted: '#9aa7b4',
  grid: '#2c3640',
  axis: '#7d8995',
  actual: '#5b9be6',
  partialFill: '#1d3350',
  derived: '#c29bf5',
  derivedFill: '#2e2440',
  forecast: '#b1bac4',
  range: '#f0f3f6',
  target: '#ffa657',
  growth: '#56d364',
  focus: '#ffa657',
  halo: '#171d24',
  milestone: {
    visit: '#58a6ff',
    meeting: '#56d364',
    igc_session: '#d2a8ff',
    agreement: '#ffa657',
    anniversary: '#ff7b9c',
    summit: '#a5a8ff',
    forum: '#39c5cf',
    statement: '#b1bac4',
    other: '#e3c565',
  },
};

/** The palette for a resolved theme. */
export const tradePalette = (theme: 'light' | 'dark'): TradePalette => (theme === 'dark' ? DARK : LIGHT);

/** Font stack of every chart text; Inter is bundled with the app and embedded in exports. */
export const TRADE_FONT = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
