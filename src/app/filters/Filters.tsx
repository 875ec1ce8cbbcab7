/** The filter bar: year range with a histogram, leaders, and one control that clears both. */
import { useMemo } from 'react';
import type { DatasetFile as Dataset } from '../../schema/dataset';
import { useShallow } from 'zustand/react/shallow';
import { useLang } from '../i18n';
import { useStore } from '../state/store';
import { filterMilestones } from '../data/selectors';
import { leaderOptions, yearExtent, yearHistogram } from '../data/timelineSelectors';
import { useLaggingFilters } from '../data/useFilters';
import { useAfterPaint } from '../state/useAfterPaint';
import { LeaderSelect } from './LeaderSelect';
import { STRINGS } from './strings';
import { YearRange } from './YearRange';

export function Filters({ data }: { data: Dataset }) {
  const lang = useLang();
  const t = STRINGS[lang];
  const { from, to, leaders } = useStore(useShallow((s) => ({ from: s.from, to: s.to, leaders: s.leaders })));
  const setRange = useStore((s) => s.setRange);
  const toggleLeader = useStore((s) => s.toggleLeader);
  const clear = useStore((s) => s.clearFilters);
  // The controls show the store's values at once; the counts beside them follow a frame later.
  const later = useLaggingFilters();
  const extent = useMemo(() => yearExtent(data), [data]);
  // The counts (a pass over every milestone) follow the first paint: the timeline comes first, the
  // selects offer the years at once, with bars and leaders a moment later.
  const counted = useAfterPaint(data, null);
  // Each control counts what the other filter leaves: years under the chosen leaders, leaders within the years.
  const histogram = useMemo(
    () => yearHistogram(counted ? filterMilestones(counted.milestones, { from: null, to: null, leaders: later.leaders }) : [], extent),
    [counted, later.leaders, extent],
  );
  const options = useMemo(() => (counted ? leaderOptions(counted, { from: later.from, to: later.to }, lang) : []), [counted, later.from, later.to, lang]);
  const active = from !== null || to !== null || leaders.length > 0;
  return (
    <section className="panel filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="visually-hidden">
        {t.heading}
      </h2>
      <YearRange histogram={histogram} from={from} to={to} onChange={setRange} lang={lang} />
      <LeaderSelect options={options} chosen={leaders} onToggle={toggleLeader} lang={lang} />
      <div className="filters-clear">
        <button type="button" onClick={clear} disabled={!active}>
          {t.clear}
        </button>
      </div>
    </section>
  );
}
