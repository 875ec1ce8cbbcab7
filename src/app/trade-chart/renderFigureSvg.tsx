/**
 * Draws the figure off screen at an export size and hands back its SVG element, so an export is
 * exactly the current view (same model, filters, words and colours) framed for a slide.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { MilestoneCore as Milestone } from '../../schema/dataset';
import { describeBar } from './describe';
import { STRINGS } from './strings';
import { TradeFigure } from './TradeFigure';
import type { TradeView } from './useTradeView';

/** Renders, calls `draw` with the SVG element, then cleans up. */
export async function withFigureSvg<T>(
  view: TradeView,
  size: { width: number; height: number; fontSize: number },
  draw: (svg: SVGSVGElement) => Promise<T>,
  highlight: Milestone['id'] | null = null,
): Promise<T> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;left:-20000px;top:0;pointer-events:none;';
  document.body.appendChild(host);
  const root = createRoot(host);
  try {
    const t = STRINGS[view.lang];
    flushSync(() =>
      root.render(
        <TradeFigure
          model={view.model}
          text={view.text}
          filters={view.filters}
          lang={view.lang}
          width={size.width}
          height={size.height}
          fontSize={size.fontSize}
          palette={view.palette}
          titled
          idPrefix="tcx"
          label={view.text.title}
          emptyText={t.empty}
          barLabel={(b) => describeBar(b, view.lang)}
          markerLabel={() => ''}
          activeMilestone={highlight}
        />,
      ),
    );
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('the figure did not render');
    return await draw(svg);
  } finally {
    root.unmount();
    host.remove();
  }
}
