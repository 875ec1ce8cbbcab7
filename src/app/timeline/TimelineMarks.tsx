/**
 * One milestone marker and one cluster badge. Both are memoised and drawn in world pixels (the
 * chart shifts their group when panning), so a pan frame re-renders only what enters, leaves or
 * has its label clipped at an edge.
 */
import { memo, type KeyboardEvent, type ReactNode } from 'react';
import type { MilestoneCore as Milestone } from '../../schema/dataset';
import { formatPartialDate } from '../i18n';
import type { Lang } from '../state/url';
import { milestoneTitle, STATUS_LABELS, TYPE_LABELS } from '../data/timelineSelectors';
import type { PlacedCluster, PlacedMark } from '../viz/timeLayout';

export interface MarkProps extends Pick<PlacedMark, 'cx' | 'x0' | 'x1' | 'label' | 'labelX'> {
  m: Milestone;
  y: number;
  r: number;
  lang: Lang;
  selected: boolean;
  hovered: boolean;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
  onKey: (e: KeyboardEvent, id: string) => void;
}

/** A milestone: dot (shape by status, colour by type), its span when wider than a dot, and a label. */
export const Mark = memo(function Mark({ m, y, r, lang, selected, hovered, onSelect, onHover, onKey, ...mk }: MarkProps) {
  const colour = { fill: `var(--c-${m.type})`, stroke: `var(--c-${m.type})` };
  const name = `${milestoneTitle(m, lang)}, ${formatPartialDate(m.date, lang)}, ${TYPE_LABELS[lang][m.type]}${m.status !== 'past' ? `, ${STATUS_LABELS[lang][m.status]}` : ''}`;
  return (
    <g
      data-id={m.id}
      className={`mark status-${m.status}${selected ? ' selected' : ''}${hovered ? ' hovered' : ''}`}
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-pressed={selected}
      onClick={() => onSelect(m.id)}
      onKeyDown={(e) => onKey(e, m.id)}
      onMouseEnter={() => onHover(m.id)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onHover(m.id)}
      onBlur={() => onHover(null)}
    >
      {mk.x1 - mk.x0 > 3 && <rect className="span" x={mk.x0} y={y - 3} width={mk.x1 - mk.x0} height={6} rx={3} style={colour} />}
      {(selected || hovered) && <circle className="ring" cx={mk.cx} cy={y} r={r + 4} />}
      <circle className="dot" cx={mk.cx} cy={y} r={r} style={m.status === 'planned' ? { stroke: colour.stroke } : colour} />
      {m.status === 'ongoing' && <circle className="dot-inner" cx={mk.cx} cy={y} r={r - 3.5} />}
      <rect className="hit" x={Math.min(mk.x0, mk.cx - 10)} y={y - 11} width={Math.max(mk.x1 - mk.x0, 20)} height={22} />
      {mk.label && (
        <text className="mark-label" x={mk.labelX} y={y + 4} aria-hidden="true">
          {mk.label}
        </text>
      )}
    </g>
  );
});

/** A badge or a column: a button for a stretch of milestones that opens it on click, Enter or Space. */
function ClusterButton({ className, name, c, onOpen, children }: { className: string; name: string; c: PlacedCluster; onOpen: (c: PlacedCluster) => void; children: ReactNode }) {
  return (
    <g
      className={className}
      role="button"
      tabIndex={0}
      aria-label={name}
      onClick={() => onOpen(c)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen(c);
        }
      }}
    >
      {children}
    </g>
  );
}

/** The count a badge shows. */
export const badgeText = (c: PlacedCluster): string => (c.n > 99 ? '99+' : `+${c.n}`);
/** The badge's width in px. */
export const badgeWidth = (c: PlacedCluster): number => 10 + badgeText(c).length * 7.5;

export interface BadgeProps {
  c: PlacedCluster;
  /** Accessible name: how many milestones, from when to when. */
  name: string;
  /** Where the badge is drawn: its left edge and its extent line, kept inside the window. */
  x: number;
  lineX0: number;
  lineX1: number;
  y: number;
  hot: boolean;
  onOpen: (c: PlacedCluster) => void;
}

/** A count badge for milestones that did not fit; its line shows the dates they cover. */
export const Badge = memo(
  function Badge({ c, name, x, lineX0, lineX1, y, hot, onOpen }: BadgeProps) {
  const label = badgeText(c);
  const w = badgeWidth(c);
  return (
    <ClusterButton className={`cluster${hot ? ' hovered' : ''}`} name={name} c={c} onOpen={onOpen}>
      <line x1={lineX0} x2={lineX1} y1={y} y2={y} className="cluster-extent" />
      <rect x={x} y={y - 10} width={w} height={20} rx={10} />
      <text x={x + w / 2} y={y + 4} textAnchor="middle" aria-hidden="true">
        {label}
      </text>
    </ClusterButton>
  );
  },
  // A new layout makes new cluster objects: compare what is drawn.
  (a, b) =>
    a.c.key === b.c.key && a.c.cx === b.c.cx && a.c.x0 === b.c.x0 && a.c.x1 === b.c.x1 && a.name === b.name && a.x === b.x && a.lineX0 === b.lineX0 && a.lineX1 === b.lineX1 && a.y === b.y && a.hot === b.hot && a.onOpen === b.onOpen,
);

/** Milestones of one type inside a dense stretch. */
export interface TypeCount {
  type: Milestone['type'];
  n: number;
}

/** Where a column stands: its centre, width, the axis it stands on and its height. */
export interface ColumnGeometry {
  cx: number;
  width: number;
  baseY: number;
  height: number;
  counts: readonly TypeCount[];
}

/**
 * The stacked parts of every column, one path per type: a filter change or a pan rewrites a few
 * `d` attributes instead of the rectangles of every column.
 */
export function columnPaths(columns: readonly ColumnGeometry[]): Map<Milestone['type'], string> {
  const parts = new Map<Milestone['type'], string[]>();
  for (const col of columns) {
    const total = col.counts.reduce((n, c) => n + c.n, 0);
    const x = col.cx - col.width / 2;
    let y = col.baseY;
    for (const { type, n } of col.counts) {
      const h = (col.height * n) / total;
      y -= h;
      let list = parts.get(type);
      if (!list) parts.set(type, (list = []));
      list.push(`M${x.toFixed(1)} ${y.toFixed(1)}h${col.width}v${h.toFixed(1)}h${-col.width}Z`);
    }
  }
  return new Map([...parts].map(([type, list]) => [type, list.join('')]));
}

/** The colours of all columns: one path per type, under the columns' buttons. */
export const ColumnFills = memo(function ColumnFills({ columns }: { columns: readonly ColumnGeometry[] }) {
  return (
    <g className="column-fills" aria-hidden="true">
      {[...columnPaths(columns)].map(([type, d]) => (
        <path key={type} className={`seg type-${type}`} d={d} />
      ))}
    </g>
  );
});

export interface DenseBarProps {
  c: PlacedCluster;
  /** Accessible name: how many milestones, from when to when. */
  name: string;
  /** Where it stands (its colours are drawn by `ColumnFills`). */
  geometry: ColumnGeometry;
  hot: boolean;
  onOpen: (c: PlacedCluster) => void;
}

/**
 * A stretch too crowded for markers: a column whose height is its count (stacked by type in the
 * legend's colours by `ColumnFills`), with the count on top. Opens (zooms into) the stretch like a badge.
 */
export const DenseBar = memo(function DenseBar({ c, name, geometry, hot, onOpen }: DenseBarProps) {
  const { cx, width, baseY, height } = geometry;
  const x = cx - width / 2;
  return (
    <ClusterButton className={`cluster dense${hot ? ' hovered' : ''}`} name={name} c={c} onOpen={onOpen}>
      <rect className="bar-outline" x={x - 1} y={baseY - height - 1} width={width + 2} height={height + 2} rx={2} />
      <text x={cx} y={baseY - height - 4} textAnchor="middle" aria-hidden="true">
        {c.n}
      </text>
    </ClusterButton>
  );
});
