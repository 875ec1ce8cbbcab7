/**
 * The timeline panel: measures its width, owns the pan/zoom transform, and wires the chart to
 * the store (selection, hover). Filters narrow what it shows; the first view fits the data.
 */
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { DatasetFile as Dataset, MilestoneCore as Milestone } from '../../schema/dataset';
import { formatPartialDate, useLang } from '../i18n';
import { milestoneTitle, timelineItems } from '../data/timelineSelectors';
import { useStore } from '../state/store';
import { useShallow } from 'zustand/react/shallow';
import { useSize } from '../viz/useSize';
import { dateSpan, fitDomainMs, spanMs, transformToFit, viewScale, type SpanMs } from '../viz/timeScale';
import type { PlacedCluster } from '../viz/timeLayout';
import { Legend } from './Legend';
import { fill, STRINGS } from './strings';
import { TimelineChart } from './TimelineChart';
import { useTimelineZoom } from './useTimelineZoom';
import './timeline.css';

const DAY = 86_400_000;
/** A badge opened as a list shows this many milestones (the table below has them all). */
const CLUSTER_LIST_MAX = 50;

/** The earliest start and latest end of the spans, or null when there is none. */
function extentOf(spans: readonly (SpanMs | null)[]): SpanMs | null {
  let t0 = Infinity;
  let t1 = -Infinity;
  for (const s of spans) {
    if (!s) continue;
    t0 = Math.min(t0, s.t0);
    t1 = Math.max(t1, s.t1);
  }
  return t0 <= t1 ? { t0, t1 } : null;
}

export function Timeline({ data }: { data: Dataset }) {
  const lang = useLang();
  const t = STRINGS[lang];
  const { from, to, leaders, selected, hovered } = useStore(
    useShallow((s) => ({ from: s.from, to: s.to, leaders: s.leaders, selected: s.milestone, hovered: s.hovered })),
  );
  const select = useStore((s) => s.select);
  const hover = useStore((s) => s.hover);
  // The dated ones with their spans, from numbers the dataset's sort computed once: for a year
  // range, a stretch of one list that stays the same (nothing is copied per change).
  const items = useMemo(() => timelineItems(data, { from, to, leaders }), [data, from, to, leaders]);
  const { list, range, lo, hi } = items;
  const [first, end] = range;
  /** Position of a shown milestone in `list`, or -1. */
  const positionOf = useCallback(
    (id: string) => {
      for (let i = first; i < end; i++) if (list[i]!.id === id) return i;
      return -1;
    },
    [list, first, end],
  );
  const articles = useMemo(() => extentOf(data.articles.map((a) => spanMs(a.date))), [data.articles]);
  const domain = useMemo(() => {
    const spans: (SpanMs | null)[] = [lo <= hi ? { t0: lo, t1: hi } : null, spanMs(from === null ? null : String(from)), spanMs(to === null ? null : String(to))];
    if (from === null && to === null) spans.push(articles);
    return fitDomainMs(spans.filter((s) => s !== null));
  }, [lo, hi, from, to, articles]);

  const [boxRef, size] = useSize<HTMLDivElement>();
  const width = size.width;
  const height = width < 560 ? 210 : 220;
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  // Zoom in until one day is about 40 px wide.
  const maxK = Math.max(1, (40 * (+domain[1] - +domain[0])) / DAY / Math.max(width, 1));
  const zoom = useTimelineZoom(svg, width, maxK, `${+domain[0]}-${+domain[1]}`, (under) => {
    const id = under?.closest<SVGElement>('.mark[data-id]')?.dataset.id ?? null;
    if (id !== useStore.getState().hovered) hover(id);
  });
  const [openCluster, setOpenCluster] = useState<Milestone[] | null>(null);
  const [dense, setDense] = useState(false);
  useEffect(() => setOpenCluster(null), [items, zoom.t]);

  // Keep the selected milestone in view (after ←/→, a link, or a choice in the list).
  const { set: setT, t: tr } = zoom;
  useEffect(() => {
    if (!selected || width <= 0) return;
    const at = positionOf(selected);
    if (at < 0) return;
    const m = list[at]!;
    const s = dateSpan(m.date)!;
    const sc = viewScale(domain, 0, width, tr);
    const cx = (sc(s.start) + sc(s.end)) / 2;
    if (cx < 8 || cx > width - 8) setT({ k: tr.k, x: tr.x + width / 2 - cx });
    // Only when the selection changes, not on every pan.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected, width, positionOf, domain]);

  // While dragging, the marker under the pointer moves with it and others slide past: no hover
  // changes (each would re-render every view); the drag's end settles the hover.
  const { isDragging } = zoom;
  const hoverUnlessDragging = useCallback(
    (id: string | null) => {
      if (!isDragging()) hover(id);
    },
    [hover, isDragging],
  );

  const onCluster = useCallback(
    (c: PlacedCluster) => {
      const ms = c.at.map((i) => list[i]!);
      const spans = ms.map((m) => dateSpan(m.date)!);
      const span = { start: new Date(Math.min(...spans.map((s) => +s.start))), end: new Date(Math.max(...spans.map((s) => +s.end))) };
      const next = transformToFit(domain, 0, width, span, maxK, 0);
      // At full zoom (same-day milestones), open the cluster as a list instead.
      if (zoom.t.k >= maxK * 0.98 || Math.abs(next.k - zoom.t.k) < zoom.t.k * 0.05) setOpenCluster(ms);
      else zoom.set(next);
    },
    [list, domain, width, maxK, zoom],
  );
  const onStep = useCallback(
    (id: string, dir: -1 | 1) => {
      const i = positionOf(id) + dir;
      if (i >= first && i < end) select(list[i]!.id);
    },
    [positionOf, list, first, end, select],
  );
  const onKeys = (e: KeyboardEvent) => {
    if (e.key === '+' || e.key === '=') zoom.zoomBy(1.6);
    else if (e.key === '-' || e.key === '_') zoom.zoomBy(1 / 1.6);
    else if (e.key === '0') zoom.set({ k: 1, x: 0 });
    else if (e.shiftKey && e.key === 'ArrowLeft') zoom.panBy(-width / 4);
    else if (e.shiftKey && e.key === 'ArrowRight') zoom.panBy(width / 4);
    else return;
    e.preventDefault();
  };
  const undated = items.shown - (end - first);

  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-heading" onKeyDown={onKeys}>
      <div className="panel-head">
        <h2 id="timeline-heading">{t.heading}</h2>
        <p className="count" aria-live="polite">
          {fill(t.showing, { n: items.shown, total: data.milestones.length })}
          {undated > 0 && <> · {fill(t.undated, { n: undated })}</>}
        </p>
        <div className="toolbar" role="toolbar" aria-label={t.heading}>
          <button type="button" onClick={() => zoom.panBy(-width / 3)} aria-label={t.panLeft} title={t.panLeft}>
            ‹
          </button>
          <button type="button" onClick={() => zoom.zoomBy(1 / 1.6)} aria-label={t.zoomOut} title={t.zoomOut} disabled={zoom.t.k <= 1}>
            −
          </button>
          <button type="button" onClick={() => zoom.zoomBy(1.6)} aria-label={t.zoomIn} title={t.zoomIn} disabled={zoom.t.k >= maxK}>
            +
          </button>
          <button type="button" onClick={() => zoom.panBy(width / 3)} aria-label={t.panRight} title={t.panRight}>
            ›
          </button>
          <button type="button" onClick={() => zoom.set({ k: 1, x: 0 })} className="text-button">
            {t.fit}
          </button>
        </div>
      </div>
      <p className="hint">{t.keys}</p>
      <div ref={boxRef} className="timeline-box">
        {items.shown === 0 && <p className="empty">{t.empty}</p>}
        {width > 0 && end > first && (
          <TimelineChart
            milestones={list}
            spans={items}
            range={range}
            width={width}
            height={height}
            domain={domain}
            transform={zoom.t}
            lang={lang}
            selected={selected}
            hovered={hovered}
            onSelect={select}
            onHover={hoverUnlessDragging}
            onStep={onStep}
            onCluster={onCluster}
            svgRef={setSvg}
            onDense={setDense}
          />
        )}
      </div>
      {openCluster && (
        <div className="cluster-list">
          <p>{fill(t.clusterOpen, { n: openCluster.length })}</p>
          <ul>
            {openCluster.slice(0, CLUSTER_LIST_MAX).map((m) => (
              <li key={m.id}>
                <button type="button" className="link-button" onClick={() => select(m.id)}>
                  {formatPartialDate(m.date, lang)} — {milestoneTitle(m, lang)}
                </button>
              </li>
            ))}
          </ul>
          {openCluster.length > CLUSTER_LIST_MAX && <p className="muted">{fill(t.clusterMore, { n: openCluster.length - CLUSTER_LIST_MAX })}</p>}
          <button type="button" onClick={() => setOpenCluster(null)}>
            {t.close}
          </button>
        </div>
      )}
      <Legend lang={lang} dense={dense} />
    </section>
  );
}
