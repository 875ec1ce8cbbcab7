/** Placeholder: TradeChartPanel arrives with its issue. */
import type { Dataset } from '../../schema/dataset';

export function TradeChartPanel({ data }: { data: Dataset }) {
  void data;
  return null;
}
