/**
 * The on-disk reading history: every reading Glucobar sees, kept for the retention (90 days by
 * default) so charts, reports and exports can reach past LibreLinkUp's 12 hours. Plain Node.
 */
export { openHistory, defaultMaxBytes } from './store';
export { toCsv, toJson, CSV_COLUMNS, type ExportRow } from './export';
export { HistoryError, isHistoryError, type HistoryErrorCode } from './errors';
export { createNodeHistoryFs } from './node-fs';
export { patientDirName } from './patient-dir';
export { DUPLICATE_WINDOW_MS } from './series';
// The file system seam is a port (declared with the others); the facade still offers it.
export type { HistoryFs } from '../ports';
export type { HistoryOptions, HistoryProblem, HistoryProblemKind, HistoryStore } from './types';
