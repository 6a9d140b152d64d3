import { parseCommand, USAGE, UsageError } from './args';
import { acceptTerms } from './accept-terms';
import { openCliContext, type CliIo } from './context';
import { runDaemon } from './daemon';
import { demoStateDir } from './endpoint-dirs';
import { statusFromEndpoint } from './endpoint-status';
import { exportHistory } from './export';
import { statusOnce, statusWatch } from './status';

/** Runs one command. Exit status: 0 success, 1 an error result, 2 bad usage. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`glucobar: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.name === 'help') {
    io.out(USAGE);
    return 0;
  }
  // A running app or daemon answers without any LibreLinkUp request (docs/local-endpoint.md).
  if (command.name === 'status' && !command.direct) {
    const answered = await statusFromEndpoint(command, io);
    if (answered !== null) return answered;
  }
  if (command.name === 'daemon' && command.demo && command.stateDir === null)
    command = { ...command, stateDir: demoStateDir(io.env, process.platform) };
  const context = await openCliContext(command, io);
  try {
    if (command.name === 'status') {
      return command.watch
        ? await statusWatch(command, context, io)
        : await statusOnce(command, context, io);
    }
    if (command.name === 'daemon') return await runDaemon(command, context, io);
    if (command.name === 'accept-terms') return await acceptTerms(command, context, io);
    return await exportHistory(command, context, io);
  } finally {
    await context.close();
  }
}
