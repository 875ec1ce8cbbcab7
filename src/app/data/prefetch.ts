/**
 * Imported first by the entry points: starts the dataset download while React and the rest of
 * the app are still being evaluated (on a large dataset the download is most of the wait).
 */
import { datasetUrlFrom, prefetchDataset } from './load';

prefetchDataset(datasetUrlFrom(window.location.search));
