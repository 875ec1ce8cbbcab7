/** Placeholder: Timeline arrives with its issue. */
import type { Dataset } from '../../schema/dataset';

export function Timeline({ data }: { data: Dataset }) {
  void data;
  return null;
}
