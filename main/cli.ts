// Node composition root for the `glucobar` command (same core as the app, no Electron).
process.stdout.write('glucobar: the command-line tool is built by the LibreLinkUp client issue.\n');
process.exitCode = 2;
