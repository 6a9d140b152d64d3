import { describe, expect, it } from 'vitest';
import { commandArgumentsOf } from '../../../main/core/command/app-invocation';

const exe = '/opt/Glucobar/glucobar';

describe('the app started as the glucobar command', () => {
  it('runs the command after --cli (the installed shim)', () => {
    expect(commandArgumentsOf([exe, '--cli', 'status', '--json'], false)).toEqual([
      'status',
      '--json',
    ]);
    // `glucobar` alone prints the usage, as the Node command does.
    expect(commandArgumentsOf([exe, '--cli'], false)).toEqual([]);
  });

  it('runs a bare command name (the deb links /usr/bin/glucobar to the app)', () => {
    expect(commandArgumentsOf([exe, 'status', '--watch'], false)).toEqual(['status', '--watch']);
    expect(commandArgumentsOf([exe, 'export', '--days', '7'], false)).toEqual([
      'export',
      '--days',
      '7',
    ]);
  });

  it('skips the app folder under `electron .` (process.defaultApp)', () => {
    expect(commandArgumentsOf(['/x/electron', '.', '--cli', 'help'], true)).toEqual(['help']);
    expect(commandArgumentsOf(['/x/electron', '.'], true)).toBeNull();
  });

  it('is the app for every ordinary launch', () => {
    expect(commandArgumentsOf([exe], false)).toBeNull();
    expect(commandArgumentsOf([exe, '--demo'], false)).toBeNull();
    expect(commandArgumentsOf([exe, '--ozone-platform=wayland'], false)).toBeNull();
    // A file or URL the desktop passes (%U) is not a command.
    expect(commandArgumentsOf([exe, '/home/a/status'], false)).toBeNull();
  });
});
