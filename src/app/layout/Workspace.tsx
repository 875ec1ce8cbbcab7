/** The main views over one dataset: filters, timeline, details, trade chart and milestone list. */
import { lazy, Suspense } from 'react';
import type { DatasetFile as Dataset } from '../../schema/dataset';
import { DetailsPanel } from '../details/DetailsPanel';
import { useAfterPaint } from '../state/useAfterPaint';
import { Filters } from '../filters/Filters';
import { MilestoneTable } from '../timeline/MilestoneTable';
import { Timeline } from '../timeline/Timeline';

/** The chart is drawn after the first paint anyway: its code is not part of the first load. */
const TradeChartPanel = lazy(() => import('../trade-chart/TradeChartPanel').then((m) => ({ default: m.TradeChartPanel })));

/**
 * Lays out the features; each takes the dataset and reads intent from the store. On narrow
 * screens the order is the DOM order (details right under the timeline); on wide ones the
 * details sit beside the chart and the list.
 *
 * The filters and the timeline are drawn first; the details, the chart and the list follow in a
 * background render after that frame, so a large dataset shows its timeline without waiting for
 * the views below it.
 */
export function Workspace({ data }: { data: Dataset }) {
  const later = useAfterPaint(data, null);
  return (
    <div className="workspace">
      <div className="ws-filters">
        <Filters data={data} />
      </div>
      <div className="ws-timeline">
        <Timeline data={data} />
      </div>
      <div className="ws-details">
        {later && <DetailsPanel data={later} />}
      </div>
      <div className="ws-chart">
        {later && (
          <Suspense fallback={null}>
            <TradeChartPanel data={later} />
          </Suspense>
        )}
      </div>
      <div className="ws-table">
        {later && <MilestoneTable data={later} />}
      </div>
    </div>
  );
}
