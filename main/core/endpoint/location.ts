/**
 * Where an endpoint lives and who may use it. On Unix: `<run dir>/glucobar.sock`, the socket
 * mode 0600 inside a 0700 directory owned by this user; both sides check the bits, because Node
 * offers no peer-credential call (SO_PEERCRED) and the directory is what keeps other users out.
 * On Windows: a named pipe derived from the run dir. Node cannot set a pipe's DACL (nodejs/node
 * #47086: the default grants Everyone read access), so there the per-user token file (in the
 * user's profile, readable by the user only) is the restriction: the server answers nothing until
 * a hello carries it. The token is required on every platform (defence in depth).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export const SOCKET_NAME = 'glucobar.sock';
export const TOKEN_NAME = 'endpoint.token';

/** macOS caps a socket path at 104 bytes (sun_path), Linux at 108; the lower bound holds for both. */
export const MAX_SOCKET_PATH = 103;

export interface EndpointLocation {
  runDir: string;
  /** Socket path, or `\\.\pipe\…` on Windows. */
  address: string;
  tokenPath: string;
}

export function endpointLocation(runDir: string, platform = process.platform): EndpointLocation {
  const address =
    platform === 'win32'
      ? `\\\\.\\pipe\\glucobar-${createHash('sha256').update(runDir.toLowerCase()).digest('hex').slice(0, 24)}`
      : join(runDir, SOCKET_NAME);
  return { runDir, address, tokenPath: join(runDir, TOKEN_NAME) };
}

export interface ModeFacts {
  uid: number;
  mode: number;
}

/** Why a run dir or socket must not be trusted, or null when its owner and bits are right. */
export function privacyProblem(
  what: 'directory' | 'socket' | 'token file',
  facts: ModeFacts,
  ownUid: number,
): string | null {
  const bits = facts.mode & 0o777;
  const wanted = what === 'directory' ? 0o700 : 0o600;
  if (facts.uid !== ownUid) return `the ${what} belongs to another user (uid ${facts.uid})`;
  if (bits !== wanted)
    return `the ${what} has mode ${bits.toString(8).padStart(4, '0')}, expected ${wanted.toString(8).padStart(4, '0')}`;
  return null;
}
