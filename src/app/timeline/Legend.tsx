/** Colour by milestone type, shape by status. */
import type { MilestoneCore as Milestone } from '../../schema/dataset';
import type { Lang } from '../state/url';
import { STATUS_LABELS, TYPE_LABELS } from '../data/timelineSelectors';
import { STRINGS } from './strings';

const TYPES: Milestone['type'][] = ['visit', 'meeting', 'igc_session', 'agreement', 'anniversary', 'summit', 'forum', 'statement', 'other'];

/** `dense`: the timeline shows columns for crowded stretches, so the legend explains them. */
export function Legend({ lang, dense = false }: { lang: Lang; dense?: boolean }) {
  const t = STRINGS[lang];
  return (
    <div className="legend" role="group" aria-label={t.legend}>
      <ul>
        {TYPES.map((type) => (
          <li key={type}>
            <svg width="12" height="12" aria-hidden="true">
              <circle cx="6" cy="6" r="5" style={{ fill: `var(--c-${type})` }} />
            </svg>
            {TYPE_LABELS[lang][type]}
          </li>
        ))}
      </ul>
      <ul>
        {(['past', 'planned', 'ongoing'] as const).map((s) => (
          <li key={s}>
            <svg width="14" height="14" aria-hidden="true" className={`mark status-${s}`}>
              <circle className="dot" cx="7" cy="7" r="5.5" style={s === 'planned' ? { stroke: 'var(--muted)' } : { fill: 'var(--muted)', stroke: 'var(--muted)' }} />
              {s === 'ongoing' && <circle className="dot-inner" cx="7" cy="7" r="2" />}
            </svg>
            {STATUS_LABELS[lang][s]}
          </li>
        ))}
        <li>
          <svg width="22" height="12" aria-hidden="true">
            <rect x="1" y="3" width="20" height="6" rx="3" style={{ fill: 'var(--muted)', opacity: 0.45 }} />
          </svg>
          {t.spanNote}
        </li>
        {dense && (
          <li>
            <svg width="12" height="14" aria-hidden="true">
              <rect x="2" y="7" width="8" height="7" style={{ fill: 'var(--c-meeting)' }} />
              <rect x="2" y="2" width="8" height="5" style={{ fill: 'var(--c-visit)' }} />
            </svg>
            {t.denseNote}
          </li>
        )}
      </ul>
    </div>
  );
}
