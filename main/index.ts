// Electron composition root: wiring and lifecycle only, no decisions.
// The tray, popover window and services are wired in by the shell issue; this skeleton
// only proves the packaging path (sandbox on, single instance) and says so in its log.
import { app } from 'electron';

app.enableSandbox();
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(() => {
    process.stderr.write('Glucobar skeleton: the tray and popover are not wired yet.\n');
  });
}
