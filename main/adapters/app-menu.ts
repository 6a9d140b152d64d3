import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. Electron installs a default one whose accelerators work in every
 * window, the popover included: Ctrl/Cmd+R reloads it, Ctrl/Cmd+W closes it, and
 * Ctrl/Cmd+Shift+I would open developer tools (docs/api/menu.md, "Default menu").
 * - Windows and Linux: none at all (`Menu.setApplicationMenu(null)`); text fields keep
 *   copy and paste there without a menu.
 * - macOS: copy, paste, undo and select-all only reach text fields through Edit-menu roles,
 *   so a minimal menu keeps those (pasting a password must work) and Quit, nothing else.
 */
export function installAppMenu(platform: NodeJS.Platform = process.platform): void {
  if (platform !== 'darwin') {
    Menu.setApplicationMenu(null);
    return;
  }
  const template: MenuItemConstructorOptions[] = [
    { role: 'appMenu', submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'quit' }] },
    {
      role: 'editMenu',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
