/**
 * The packaged app doubles as the `glucobar` command (#13): a shim on the PATH runs the app's own
 * executable with `--cli`, and the deb's `/usr/bin/glucobar` link (electron-builder makes one for
 * `linux.executableName`) runs it with a bare command name. Either way the command runs in the
 * app's main process with the app's bundled code, so the `runAsNode` fuse stays off: turning it
 * on would let any script run arbitrary JavaScript as Glucobar (and with Glucobar's key-store
 * access on macOS), which is why Electron's security guide recommends disabling it.
 */

/** The first argument the installed shim passes. */
export const CLI_FLAG = '--cli';

/** Command names that, as the first argument, mean "run as the command" (args.ts USAGE). */
const COMMAND_NAMES: ReadonlySet<string> = new Set([
  'status',
  'daemon',
  'accept-terms',
  'export',
  'help',
]);

/**
 * The command's arguments when this launch is a command-line call, or null when it is the app.
 * `defaultApp` is Electron's `process.defaultApp`: true under `electron .`, where argv[1] is the
 * app's path (docs/api/process.md), so the person's arguments start one later.
 */
export function commandArgumentsOf(argv: readonly string[], defaultApp: boolean): string[] | null {
  const own = argv.slice(defaultApp ? 2 : 1);
  const first = own[0];
  if (first === undefined) return null;
  if (first === CLI_FLAG) return own.slice(1);
  return COMMAND_NAMES.has(first) ? [...own] : null;
}
