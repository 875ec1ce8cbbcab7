/** Placeholder: Filters arrives with its issue. */
import type { Dataset } from '../../schema/dataset';

export function Filters({ data }: { data: Dataset }) {
  void data;
  return null;
}
