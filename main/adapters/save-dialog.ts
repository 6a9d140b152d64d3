import { writeFile } from 'node:fs/promises';
import { dialog, type BrowserWindow } from 'electron';

/** Runs a dialog owned by a window (the popover: `PopoverWindow.withDialog`). */
export type WithDialogParent = <T>(run: (parent: BrowserWindow) => Promise<T>) => Promise<T>;

/**
 * Asks where to save an export and writes it; null when the person cancelled. The dialog is
 * owned by the popover (`dialog.showSaveDialog(window, options)`, docs/api/dialog.md): on
 * macOS it becomes a sheet of the popover, elsewhere it stays above it, and the popover does
 * not blur-hide while the person chooses.
 */
export function createSaveWithDialog(withParent: WithDialogParent) {
  return async (suggestedName: string, content: string): Promise<string | null> => {
    const result = await withParent((parent) =>
      dialog.showSaveDialog(parent, { defaultPath: suggestedName }),
    );
    if (result.canceled || !result.filePath) return null;
    await writeFile(result.filePath, content, { mode: 0o600 });
    return result.filePath;
  };
}
