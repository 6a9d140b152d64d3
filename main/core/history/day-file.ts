import { DAY_MS, dayStart } from './days';
import {
  HEADER_SIZE,
  RECORD_SIZE,
  checkHeader,
  readRecord,
  viewOf,
  type RecordFields,
} from './record-format';
import { ReadingSeries } from './series';
import type { HistoryProblemKind } from './types';

export interface DayFileIssue {
  kind: HistoryProblemKind;
  /** Readings lost to this issue (0 when none, e.g. a header salvaged around). */
  records: number;
  detail: string;
}

export interface ParsedDayFile {
  /** `damaged` files are readable but must be rewritten before anything is appended. */
  status: 'ok' | 'damaged' | 'unsupported';
  series: ReadingSeries;
  issues: DayFileIssue[];
}

/** Decodes one day file (see record-format.ts), keeping every intact record. */
export function parseDayFile(bytes: Uint8Array, day: number): ParsedDayFile {
  const series = new ReadingSeries();
  const issues: DayFileIssue[] = [];
  if (bytes.length < HEADER_SIZE) {
    // A crash while the file was being created: the header itself is the partial write.
    issues.push({ kind: 'torn_write', records: 0, detail: `file is ${bytes.length} bytes` });
    return { status: 'damaged', series, issues };
  }
  const header = checkHeader(bytes, day);
  if (header.kind === 'unsupported') {
    const detail = `format version ${header.version} is newer than this app understands`;
    issues.push({ kind: 'unsupported_version', records: 0, detail });
    return { status: 'unsupported', series, issues };
  }
  if (header.kind === 'corrupt') {
    // Records carry their own checksums, so they are still worth reading at version-1 positions.
    issues.push({ kind: 'corrupt_header', records: 0, detail: 'header unreadable, records kept' });
  }

  const view = viewOf(bytes);
  const fields: RecordFields = { seconds: 0, mgdl: 0, offset: 0, trend: 0, flags: 0 };
  const first = dayStart(day);
  let corrupt = 0;
  let firstCorruptAt = -1;
  const end = bytes.length - ((bytes.length - HEADER_SIZE) % RECORD_SIZE);
  for (let at = HEADER_SIZE; at < end; at += RECORD_SIZE) {
    const time = readRecord(view, bytes, at, fields) ? fields.seconds * 1000 : NaN;
    // A record outside the file's day is as untrustworthy as a failed checksum.
    if (time >= first && time < first + DAY_MS) {
      series.push(fields);
    } else {
      corrupt += 1;
      if (firstCorruptAt < 0) firstCorruptAt = at;
    }
  }
  if (corrupt > 0) {
    const detail = `${corrupt} damaged record(s), first at byte ${firstCorruptAt}`;
    issues.push({ kind: 'corrupt_record', records: corrupt, detail });
  }
  if (end < bytes.length) {
    const detail = `partial record of ${bytes.length - end} bytes at byte ${end}`;
    issues.push({ kind: 'torn_write', records: 1, detail });
  }
  series.sort();
  return { status: issues.length > 0 ? 'damaged' : 'ok', series, issues };
}
