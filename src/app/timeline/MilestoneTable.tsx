/** Placeholder: MilestoneTable arrives with its issue. */
import type { Dataset } from '../../schema/dataset';

export function MilestoneTable({ data }: { data: Dataset }) {
  void data;
  return null;
}
