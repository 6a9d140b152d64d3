import { isLluError } from '../core/llu/errors';
import type { Command } from './args';
import type { CliContext, CliIo } from './context';
import { errorJson, errorLine } from './output';

type AcceptCommand = Extract<Command, { name: 'accept-terms' }>;

/** The explicit "accept and continue" for a pending terms document: only ever run by a person. */
export async function acceptTerms(
  command: AcceptCommand,
  context: CliContext,
  io: CliIo,
): Promise<number> {
  try {
    await context.client.acceptTerms();
    io.out(
      command.json
        ? JSON.stringify({ ok: true, accepted: true })
        : 'Accepted. LibreLinkUp data should flow again.',
    );
    return 0;
  } catch (error) {
    if (!isLluError(error)) throw error;
    io.out(command.json ? JSON.stringify(errorJson(error)) : errorLine(error));
    return 1;
  }
}
