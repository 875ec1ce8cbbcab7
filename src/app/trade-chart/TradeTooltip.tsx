/**
 * The explanation of one bar: value, period, qualifier, kind, and its sources with their quotes —
 * every one up to six (fewer on a phone), else that many — the extremes and those nearest the
 * median — and a count of the rest; the range and median are in the line above.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TradeBar } from '../data/figureSelectors';
import { safeHref } from '../data/safeUrl';
import { useArticleFiles } from '../data/useArticleFiles';
import { formatPartialDate } from '../i18n';
import type { Lang } from '../state/url';
import { formatKind, formatPeriod, formatQualifiedUsd, formatUsd, formatUsdRange } from '../viz/formatTrade';
import { growthLines, sourcesToList } from './describe';
import { fill, STRINGS } from './strings';

const MAX_LISTED = 6;

export interface TooltipPosition {
  left: number;
  /** Distance from the top of the box, or null when pinned to the bottom. */
  top: number | null;
  bottom: number | null;
  width: number;
}

/**
 * Keeps a tooltip inside a `boxWidth`×`boxHeight` box without covering its bar: beside the bar
 * where the box is wide enough, else as a sheet along the top or bottom edge away from the bar.
 */
export function tooltipPosition(anchor: { x: number; y: number; halfWidth?: number }, boxWidth: number, boxHeight: number, width = 320): TooltipPosition {
  const half = anchor.halfWidth ?? 0;
  const w = Math.min(width, boxWidth - 8);
  const rightRoom = boxWidth - (anchor.x + half + 12);
  const leftRoom = anchor.x - half - 12;
  if (rightRoom >= w || leftRoom >= w) {
    const left = rightRoom >= w ? anchor.x + half + 12 : anchor.x - half - 12 - w;
    const top = Math.max(4, Math.min(anchor.y - 24, boxHeight * 0.3));
    return { left, top, bottom: null, width: w };
  }
  const inUpperHalf = anchor.y < boxHeight / 2;
  return inUpperHalf
    ? { left: 4, top: null, bottom: 4, width: boxWidth - 8 }
    : { left: 4, top: 4, bottom: null, width: boxWidth - 8 };
}

export function TradeTooltip({ bar, lang, pos, hint, id, links, boxHeight, maxListed = MAX_LISTED }: { bar: TradeBar; lang: Lang; pos: TooltipPosition; hint: string | null; id: string; links: boolean; boxHeight: number; maxListed?: number }) {
  const t = STRINGS[lang];
  // Nothing scrolls: once drawn, a tooltip beside its bar is moved up so that it ends inside the box.
  const ref = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(pos.top);
  // A bar may stand for hundreds of sources: a few are listed, the rest counted.
  const listed = useMemo(() => sourcesToList(bar, maxListed), [bar, maxListed]);
  const more = bar.sources.length - listed.length;
  // Quotes are in the articles' files: loaded when the tooltip opens.
  const files = useArticleFiles(useMemo(() => [...new Map(listed.flatMap((s) => (s.article ? [[s.article.id, s.article] as const] : []))).values()], [listed]));
  const evidenceOf = (s: (typeof listed)[number]) => {
    const f = s.article ? files.get(s.article.id) : undefined;
    return f?.status === 'ready' ? f.file.figures.find((e) => e.id === s.figure.id) : undefined;
  };
  const quoteOf = (s: (typeof listed)[number]): string | null => {
    const f = s.article ? files.get(s.article.id) : undefined;
    if (!f || f.status === 'loading') return null;
    return evidenceOf(s)?.quote ?? '';
  };
  // How a derived value was made, from its source's file.
  const note = listed.map((s) => evidenceOf(s)?.note).find(Boolean);
  useLayoutEffect(() => {
    const h = ref.current?.offsetHeight ?? 0;
    setTop(pos.top === null ? null : Math.max(4, Math.min(pos.top, boxHeight - h - 4)));
  }, [pos.top, boxHeight, bar, files]);
  return (
    <div
      id={id}
      ref={ref}
      role="tooltip"
      className="trade-tooltip"
      style={{ left: pos.left, top: top ?? undefined, bottom: pos.bottom ?? undefined, width: pos.width }}
    >
      <p className="trade-tooltip-head">
        <strong>{formatPeriod(bar.span, lang)}</strong> · <span className="trade-tooltip-kind">{formatKind(bar.kind, lang)}</span>
      </p>
      <p className="trade-tooltip-value">{bar.disagreement ? formatUsdRange(bar.min, bar.max, lang) : formatQualifiedUsd(bar.value, bar.qualifier, lang)}</p>
      {bar.disagreement && (
        <p className="trade-tooltip-range">
          {fill(t.sourcesDisagree, { min: formatUsd(bar.min, lang), max: formatUsd(bar.max, lang) })}; {fill(t.barAtMedian, { value: formatUsd(bar.value, lang) })}
        </p>
      )}
      {growthLines(bar.growth, lang).map((g) => (
        <p key={g} className="trade-tooltip-growth">
          {g}
        </p>
      ))}
      {note && (
        <p className="trade-tooltip-note">
          {t.note}: {note}
        </p>
      )}
      <ul className="trade-tooltip-sources" aria-label={t.sources}>
        {listed.map((s) => {
          const href = links ? safeHref(s.article?.url) : null;
          const quote = quoteOf(s);
          return (
            <li key={s.figure.id}>
              {bar.sources.length > 1 && <span className="trade-tooltip-srcvalue">{formatQualifiedUsd(s.figure.value, s.figure.qualifier, lang)} · </span>}
              <span className="trade-tooltip-outlet">
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {s.article?.source ?? t.openArticle}
                  </a>
                ) : (
                  (s.article?.source ?? '')
                )}
                {s.article?.date ? `${s.article.source || href ? ', ' : ''}${formatPartialDate(s.article.date, lang)}` : ''}
                {': '}
              </span>
              {quote === null ? <span className="trade-tooltip-loading">…</span> : quote && <q>{quote}</q>}
            </li>
          );
        })}
      </ul>
      {more > 0 && <p className="trade-tooltip-more">{fill(t.andMore, { n: more })}</p>}
      {hint && <p className="trade-tooltip-hint">{hint}</p>}
    </div>
  );
}
