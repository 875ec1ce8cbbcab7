/**
 * The same milestones as a sortable table: a list view for everyone and the screen-reader
 * alternative to the timeline. One row per milestone shown (long lists grow on demand).
 */
import { memo, useMemo, useState } from 'react';
import type { DatasetFile as Dataset, MilestoneCore as Milestone, PersonCore as Person } from '../../schema/dataset';
import type { Lang } from '../state/url';
import { useShallow } from 'zustand/react/shallow';
import { formatPartialDate, useLang } from '../i18n';
import { useStore } from '../state/store';
import { indexPeople } from '../data/selectors';
import { useLaggingFilters } from '../data/useFilters';
import { milestoneTitle, personName, sortMilestones, TYPE_LABELS, STATUS_LABELS, visibleMilestones, type SortKey } from '../data/timelineSelectors';
import { fill, STRINGS } from './strings';
import './timeline.css';

const PAGE = 200;

export function MilestoneTable({ data }: { data: Dataset }) {
  const lang = useLang();
  const t = STRINGS[lang];
  const { from, to, leaders } = useLaggingFilters();
  const { selected, hovered } = useStore(useShallow((s) => ({ selected: s.milestone, hovered: s.hovered })));
  const select = useStore((s) => s.select);
  const hover = useStore((s) => s.hover);
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({ key: 'date', dir: 'asc' });
  const [limit, setLimit] = useState(PAGE);
  const people = useMemo(() => indexPeople(data.people), [data.people]);
  const rows = useMemo(() => sortMilestones(visibleMilestones(data, { from, to, leaders }), sort.key, sort.dir, lang), [data, from, to, leaders, sort, lang]);

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="sort-button" onClick={() => setSort({ key, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}>
          {label}
          <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <section className="panel table-panel" aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">{t.listHeading}</h2>
      {rows.length === 0 ? (
        <p className="empty">{t.empty}</p>
      ) : (
        <div className="table-scroll">
          <table className="milestone-table" aria-labelledby="milestones-heading">
            <thead>
              <tr>
                {header('date', t.date)}
                {header('title', t.title)}
                {header('type', t.type)}
                <th scope="col" className="people-col">{t.people}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, limit).map((m) => (
                <Row key={m.id} m={m} lang={lang} people={people} selected={m.id === selected} hovered={m.id === hovered} onSelect={select} onHover={hover} />
              ))}
            </tbody>
          </table>
          {rows.length > limit && (
            <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
              {fill(t.more, { n: Math.min(PAGE, rows.length - limit) })}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

interface RowProps {
  m: Milestone;
  lang: Lang;
  people: ReadonlyMap<string, Person>;
  selected: boolean;
  hovered: boolean;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

/** One milestone's row; memoised, so a hover or a render the list has not caught up with redraws no row. */
const Row = memo(function Row({ m, lang, people, selected, hovered, onSelect, onHover }: RowProps) {
  const names = m.peopleIds.map((id) => (people.get(id) ? personName(people.get(id)!, lang) : id)).join(', ');
  return (
    <tr
      className={`${selected ? 'selected' : ''}${hovered ? ' hovered' : ''}`}
      aria-current={selected ? 'true' : undefined}
      onMouseEnter={() => onHover(m.id)}
      onMouseLeave={() => onHover(null)}
    >
      <td className="nowrap">
        <time dateTime={m.date ?? undefined}>{formatPartialDate(m.date, lang)}</time>
      </td>
      <th scope="row">
        <button type="button" className="link-button" onClick={() => onSelect(m.id)} onFocus={() => onHover(m.id)} onBlur={() => onHover(null)}>
          {milestoneTitle(m, lang)}
        </button>
        {/* On phones the participants column folds in here (CSS shows one of the two), so names are not cut mid-word. */}
        {names && <span className="row-people">{names}</span>}
      </th>
      <td>
        <span className="type-dot" style={{ background: `var(--c-${m.type})` }} aria-hidden="true" />
        <span className="type-name">{TYPE_LABELS[lang][m.type]}</span>
        {m.status !== 'past' && <span className={`status-tag ${m.status}`}> · {STATUS_LABELS[lang][m.status]}</span>}
      </td>
      <td className="people-col">{names}</td>
    </tr>
  );
});
