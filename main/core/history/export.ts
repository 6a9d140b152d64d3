import type { Reading } from '../glucose/reading';
// One conversion factor and one rounding rule for the whole app (tray, popover, export).
import { mgdlToMmol } from '../../../common/glucose/units';

export const CSV_COLUMNS = [
  'time_utc',
  'local_time',
  'mgdl',
  'mmol',
  'trend',
  'sensor_limit',
  'source',
] as const;

/** One exported row; the JSON export uses exactly these fields, the CSV these columns. */
export interface ExportRow {
  time_utc: string;
  local_time: string | null;
  mgdl: number;
  mmol: number;
  trend: string;
  sensor_limit: 'HI' | 'LO' | null;
  source: string;
}

function isoSeconds(time: number): string {
  return new Date(Math.floor(time / 1000) * 1000).toISOString().slice(0, 19);
}

/** The wearer's wall clock with its offset, e.g. `2026-11-24T09:15:00+01:00`; null if unknown. */
export function localTimeOf(reading: Reading): string | null {
  const offset = reading.localOffsetMinutes;
  if (offset === null) return null;
  const abs = Math.abs(offset);
  const zone = `${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${isoSeconds(reading.time + offset * 60_000)}${zone}`;
}

export function exportRow(reading: Reading): ExportRow {
  return {
    time_utc: `${isoSeconds(reading.time)}Z`,
    local_time: localTimeOf(reading),
    mgdl: reading.mgdl,
    mmol: mgdlToMmol(reading.mgdl),
    trend: reading.trend,
    sensor_limit: reading.sensorLimit,
    source: reading.source,
  };
}

/**
 * One CSV field. Control characters become spaces (a line break in a name would split the
 * comment line), fields that a spreadsheet would run as a formula get a leading apostrophe
 * (OWASP "CSV injection"), and anything with a comma, quote or space at either end is quoted.
 */
export function csvField(value: string): string {
  // eslint-disable-next-line no-control-regex
  let text = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV export, lines ending in CRLF (RFC 4180). With a patient name the first line is a comment
 * `# patient: <name>` (readers such as pandas and R skip it with comment='#'); the header
 * `time_utc,local_time,mgdl,mmol,trend,sensor_limit,source` follows. Unknown values are empty.
 */
export function toCsv(readings: readonly Reading[], options: { patientName?: string }): string {
  const lines: string[] = [];
  if (options.patientName !== undefined) lines.push(`# patient: ${csvField(options.patientName)}`);
  lines.push(CSV_COLUMNS.join(','));
  for (const reading of readings) {
    const row = exportRow(reading);
    lines.push(
      [
        row.time_utc,
        row.local_time ?? '',
        String(row.mgdl),
        row.mmol.toFixed(1),
        row.trend,
        row.sensor_limit ?? '',
        row.source,
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * JSON export: `{ format, version, patient: { id, name }, count, readings: [ExportRow...] }`,
 * one reading per line so a 90-day file stays readable and diffable.
 */
export function toJson(
  readings: readonly Reading[],
  options: { patientId: string; patientName?: string },
): string {
  const head = {
    format: 'glucobar-history',
    version: 1,
    patient: { id: options.patientId, name: options.patientName ?? null },
    count: readings.length,
  };
  const headLines = Object.entries(head).map(
    ([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`,
  );
  const rows = readings.map((r) => `    ${JSON.stringify(exportRow(r))}`);
  const body = rows.length > 0 ? `[\n${rows.join(',\n')}\n  ]` : '[]';
  return `{\n${headLines.join('\n')}\n  "readings": ${body}\n}\n`;
}
