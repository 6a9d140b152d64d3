// Node composition root for the `glucobar` command: the same core as the app, no Electron.
import { runCommandLine } from './cli/process-run';

runCommandLine(process.argv.slice(2), (code) => process.exit(code));
