/** Placeholder: DetailsPanel arrives with its issue. */
import type { Dataset } from '../../schema/dataset';

export function DetailsPanel({ data }: { data: Dataset }) {
  void data;
  return null;
}
