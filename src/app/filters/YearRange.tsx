/**
 * The year filter: "From year" and "To year" selects, and a histogram of milestones per year to
 * pick one year (click) or brush a range (drag). A single year is a range of one.
 */
import { useState, type PointerEvent } from 'react';
import type { Lang } from '../state/url';
import { STRINGS } from './strings';

export interface YearRangeProps {
  histogram: { year: number; count: number }[];
  from: number | null;
  to: number | null;
  onChange: (from: number | null, to: number | null) => void;
  lang: Lang;
}

export function YearRange({ histogram, from, to, onChange, lang }: YearRangeProps) {
  const t = STRINGS[lang];
  const years = histogram.map((h) => h.year);
  // A year from a link may lie outside the data; keep it choosable so the select shows it.
  const options = (extra: number | null) => (extra !== null && !years.includes(extra) ? [...years, extra].sort((a, b) => a - b) : years);
  const max = Math.max(1, ...histogram.map((h) => h.count));
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const lo = drag ? Math.min(drag.a, drag.b) : from;
  const hi = drag ? Math.max(drag.a, drag.b) : to;
  const inSel = (y: number) => (lo !== null || hi !== null) && (lo === null || y >= lo) && (hi === null || y <= hi);

  const yearAt = (e: PointerEvent<HTMLDivElement>): number | null => {
    const box = e.currentTarget.getBoundingClientRect();
    if (histogram.length === 0 || box.width === 0) return null;
    const i = Math.floor(((e.clientX - box.left) / box.width) * histogram.length);
    return histogram[Math.max(0, Math.min(histogram.length - 1, i))]!.year;
  };
  const end = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    const y = yearAt(e) ?? drag.b;
    const a = Math.min(drag.a, y);
    const b = Math.max(drag.a, y);
    setDrag(null);
    if (a === b && from === a && to === a) onChange(null, null);
    else onChange(a, b);
  };

  return (
    <fieldset className="year-range">
      <legend className="visually-hidden">{t.histogram}</legend>
      <div className="year-selects">
        <label>
          <span>{t.fromYear}</span>
          <select value={from ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null, to)}>
            <option value="">{t.any}</option>
            {options(from).map((y) => (
              <option key={y} value={y} disabled={to !== null && y > to}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <span aria-hidden="true">–</span>
        <label>
          <span>{t.toYear}</span>
          <select value={to ?? ''} onChange={(e) => onChange(from, e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t.any}</option>
            {options(to).map((y) => (
              <option key={y} value={y} disabled={from !== null && y < from}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {histogram.length > 0 && (
        <div className="histogram-wrap" aria-hidden="true">
          <div
            className="histogram"
            title={t.yearHelp}
            onPointerDown={(e) => {
              const y = yearAt(e);
              if (y === null) return;
              e.currentTarget.setPointerCapture?.(e.pointerId);
              setDrag({ a: y, b: y });
            }}
            onPointerMove={(e) => {
              if (!drag) return;
              const y = yearAt(e);
              if (y !== null && y !== drag.b) setDrag({ ...drag, b: y });
            }}
            onPointerUp={end}
            onPointerCancel={() => setDrag(null)}
          >
            {histogram.map((h) => (
              <div key={h.year} className={`bar${inSel(h.year) ? ' in' : ''}`} data-year={h.year} title={`${h.year}: ${h.count}`}>
                <span style={{ height: `${h.count === 0 ? 0 : Math.max(8, (h.count / max) * 100)}%` }} />
              </div>
            ))}
          </div>
          <div className="histogram-axis">
            <span>{histogram[0]!.year}</span>
            <span>{histogram[histogram.length - 1]!.year}</span>
          </div>
        </div>
      )}
    </fieldset>
  );
}
