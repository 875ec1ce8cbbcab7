/** The main views over one dataset: filters, timeline, trade chart, milestone list and details. */
import type { Dataset } from '../../schema/dataset';
import { DetailsPanel } from '../details/DetailsPanel';
import { Filters } from '../filters/Filters';
import { MilestoneTable } from '../timeline/MilestoneTable';
import { Timeline } from '../timeline/Timeline';
import { TradeChartPanel } from '../trade-chart/TradeChartPanel';

/** Lays out the features; each takes the dataset and reads intent from the store. */
export function Workspace({ data }: { data: Dataset }) {
  return (
    <div className="workspace">
      <Filters data={data} />
      <Timeline data={data} />
      <TradeChartPanel data={data} />
      <MilestoneTable data={data} />
      <DetailsPanel data={data} />
    </div>
  );
}
