/** React hook around `loadDataset`: loading, error and data states. */
import { useEffect, useState } from 'react';
import type { DatasetFile as Dataset } from '../../schema/dataset';
import { DatasetError, loadDataset } from './load';

/** The three states a page shows: loading, an error with its message, or the data. */
export type DatasetState = { status: 'loading' } | { status: 'error'; error: DatasetError } | { status: 'ready'; data: Dataset };

/** Loads the dataset once per URL. */
export function useDataset(url?: string): DatasetState {
  const [state, setState] = useState<DatasetState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    loadDataset(url).then(
      (data) => live && setState({ status: 'ready', data }),
      (e: unknown) =>
        live && setState({ status: 'error', error: e instanceof DatasetError ? e : new DatasetError(String((e as Error)?.message ?? e), 'corrupt') }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return state;
}
