import type { LogFields, Logger } from './ports';

const levels = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof levels)[number];

/**
 * Logs lines at or above `threshold` (`GLUCOBAR_LOG`; default warn) through `write` (stderr in
 * the CLI, so stdout stays one clean line; stderr in the app too).
 */
export function createStderrLogger(
  write: (line: string) => void,
  threshold: string | undefined,
): Logger {
  const min = levels.indexOf((threshold as Level) ?? 'warn');
  const at = (level: Level) => (message: string, fields?: LogFields) => {
    if (levels.indexOf(level) < (min < 0 ? 2 : min)) return;
    const extra = fields ? ` ${JSON.stringify(fields)}` : '';
    write(`glucobar ${level}: ${message}${extra}`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
