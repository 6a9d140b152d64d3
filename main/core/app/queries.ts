import type {
  ExportRequest,
  HistoryRequest,
  HistorySeries,
  Report,
  ReportRequest,
} from '../../../common/history';
import type { HistoryStore } from '../history';
import { toCsv, toJson } from '../history';
import type { Patient } from '../llu/types';
import type { Clock } from '../ports';
import { patientName } from '../snapshot/patient-choice';
import { buildReport, spanStart } from './reports';

/** An export as the person saves it: a suggested file name and the file's text. */
export interface ExportFile {
  fileName: string;
  content: string;
  rows: number;
}

/** Questions views ask about stored history: chart series, reports and exports. Read-only. */
export interface HistoryQueries {
  history(request: HistoryRequest): Promise<HistorySeries>;
  report(request: ReportRequest): Promise<Report>;
  exportHistory(request: ExportRequest): Promise<ExportFile>;
}

/** A reading one minute "in the future" still belongs to the span (clocks are never exact). */
const SLACK_MS = 60_000;

export function createHistoryQueries(deps: {
  clock: Clock;
  history: HistoryStore;
  /** The people followed right now, for names in exports. */
  patients: () => readonly Patient[];
}): HistoryQueries {
  const { clock, history } = deps;
  const readingsOf = async (patientId: string, span: HistoryRequest['span']) => {
    const to = clock.now();
    const from = spanStart(span, to);
    return { from, to, readings: await history.range(patientId, from, to + SLACK_MS) };
  };
  return {
    async history(request) {
      const { from, to, readings } = await readingsOf(request.patientId, request.span);
      return {
        patientId: request.patientId,
        span: request.span,
        from,
        to,
        times: readings.map((r) => r.time),
        mgdl: readings.map((r) => r.mgdl),
      };
    },
    async report(request) {
      const { from, to, readings } = await readingsOf(request.patientId, request.span);
      return buildReport(request, readings, from, to);
    },
    async exportHistory(request) {
      const { to, readings } = await readingsOf(request.patientId, request.span);
      const patient = deps.patients().find((p) => p.id === request.patientId);
      const name = patient ? patientName(patient) : undefined;
      const stamp = new Date(to).toISOString().slice(0, 10);
      const content =
        request.format === 'csv'
          ? toCsv(readings, { patientName: name })
          : toJson(readings, { patientId: request.patientId, patientName: name });
      return {
        fileName: `glucobar-${request.span}-${stamp}.${request.format}`,
        content,
        rows: readings.length,
      };
    },
  };
}
