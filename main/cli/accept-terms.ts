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
    const outcome = await context.client.acceptTerms();
    const accepted = outcome === 'accepted';
    io.out(
      command.json
        ? JSON.stringify({ ok: true, accepted, nothingPending: !accepted })
        : accepted
          ? 'Accepted. LibreLinkUp data should flow again.'
          : 'Nothing to accept: LibreLinkUp is not asking for any document right now.',
    );
    return 0;
  } catch (error) {
    if (!isLluError(error)) throw error;
    io.out(command.json ? JSON.stringify(errorJson(error)) : errorLine(error));
    return 1;
  }
}
