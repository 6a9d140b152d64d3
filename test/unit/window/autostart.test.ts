import { describe, expect, it } from 'vitest';
import {
  autostartDir,
  linuxAutostartEntry,
  quoteExecArgument,
} from '../../../main/core/window/autostart';

describe('linuxAutostartEntry', () => {
  it('writes a desktop entry under ~/.config/autostart by default', () => {
    const entry = linuxAutostartEntry({ execPath: '/opt/Glucobar/glucobar', homeDir: '/home/ana' });
    expect(entry.path).toBe('/home/ana/.config/autostart/glucobar.desktop');
    expect(entry.content).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Version=1.0',
        'Name=Glucobar',
        'Comment=Glucose value and trend from LibreLinkUp in the tray',
        'Exec="/opt/Glucobar/glucobar"',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
  });

  it('honours an absolute XDG_CONFIG_HOME and ignores a relative one', () => {
    expect(autostartDir({ xdgConfigHome: '/data/cfg', homeDir: '/home/ana' })).toBe(
      '/data/cfg/autostart',
    );
    expect(autostartDir({ xdgConfigHome: 'cfg', homeDir: '/home/ana' })).toBe(
      '/home/ana/.config/autostart',
    );
    expect(autostartDir({ xdgConfigHome: '', homeDir: '/home/ana' })).toBe(
      '/home/ana/.config/autostart',
    );
  });

  it('starts the AppImage itself rather than its temporary mount', () => {
    const entry = linuxAutostartEntry({
      execPath: '/tmp/.mount_GlucoXY/glucobar',
      appImagePath: '/home/ana/Apps/Glucobar.AppImage',
      homeDir: '/home/ana',
      args: ['--hidden'],
    });
    expect(entry.content).toContain('Exec="/home/ana/Apps/Glucobar.AppImage" "--hidden"\n');
  });

  it('quotes and escapes Exec arguments per the Desktop Entry specification', () => {
    expect(quoteExecArgument('/opt/My Apps/glucobar')).toBe('"/opt/My Apps/glucobar"');
    expect(quoteExecArgument('/opt/$HOME/a"b`c')).toBe('"/opt/\\\\$HOME/a\\\\"b\\\\`c"');
    expect(quoteExecArgument('C:\\x')).toBe('"C:\\\\\\\\x"');
    expect(quoteExecArgument('/opt/100%/glucobar')).toBe('"/opt/100%%/glucobar"');
  });

  it('refuses paths with control characters (a newline would start a new key)', () => {
    expect(() =>
      linuxAutostartEntry({ execPath: '/opt/x\nExec=/bin/evil', homeDir: '/home/ana' }),
    ).toThrow();
  });
});
