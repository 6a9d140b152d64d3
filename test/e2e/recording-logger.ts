// Keeps every log entry of the e2e main side, so tests can check no secret was ever logged.
import type { LogFields, Logger } from '../../main/core/ports';

export interface LogEntry {
  level: keyof Logger;
  message: string;
  fields?: LogFields;
}

export interface RecordingLogger {
  logger: Logger;
  entries: LogEntry[];
}

export function createRecordingLogger(): RecordingLogger {
  const entries: LogEntry[] = [];
  const at =
    (level: keyof Logger) =>
    (message: string, fields?: LogFields): void => {
      entries.push({ level, message, ...(fields ? { fields: { ...fields } } : {}) });
    };
  return {
    logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') },
    entries,
  };
}
