/**
 * Prepares the endpoint's run directory (0700, owned by this user) and its token file (0600),
 * and removes a socket left behind by a process that died. Unix checks are skipped on Windows,
 * where the directory lives in the user's own profile.
 */
import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import type { EndpointLocation } from './location';
import { privacyProblem } from './location';

export class EndpointSetupError extends Error {}

const ownUid = () => process.getuid?.() ?? -1;

export async function preparePrivateDir(runDir: string, platform: NodeJS.Platform): Promise<void> {
  await mkdir(runDir, { recursive: true, mode: 0o700 });
  if (platform === 'win32') return;
  const facts = await lstat(runDir);
  if (!facts.isDirectory()) throw new EndpointSetupError(`${runDir} is not a directory`);
  if (facts.uid !== ownUid())
    throw new EndpointSetupError(`${runDir}: ${privacyProblem('directory', facts, ownUid())}`);
  // A directory we own but with wider bits (made by hand, or by an old version) is narrowed.
  if ((facts.mode & 0o777) !== 0o700) await chmod(runDir, 0o700);
}

/** True when something answers on the address: another app or daemon already serves it. */
function answers(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(address);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Refuses when another server is live; removes a dead one's socket (Unix) so listen succeeds. */
export async function claimAddress(
  location: EndpointLocation,
  platform: NodeJS.Platform,
): Promise<void> {
  if (await answers(location.address)) {
    throw new EndpointSetupError(
      `another Glucobar app or daemon already serves ${location.address}`,
    );
  }
  if (platform === 'win32') return;
  const facts = await lstat(location.address).catch(() => null);
  if (!facts) return;
  if (!facts.isSocket())
    throw new EndpointSetupError(`${location.address} exists and is not a socket`);
  await unlink(location.address);
}

/** A fresh random token per server start, written atomically with mode 0600. */
export async function writeToken(location: EndpointLocation): Promise<string> {
  const token = randomBytes(32).toString('hex');
  const temporary = `${location.tokenPath}.${process.pid}.tmp`;
  await writeFile(temporary, `${token}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, location.tokenPath);
  return token;
}

export async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => {});
}
