import { writeFile } from 'node:fs/promises';
import { dialog } from 'electron';

/** Asks where to save an export and writes it; null when the person cancelled. */
export async function saveWithDialog(
  suggestedName: string,
  content: string,
): Promise<string | null> {
  const result = await dialog.showSaveDialog({ defaultPath: suggestedName });
  if (result.canceled || !result.filePath) return null;
  await writeFile(result.filePath, content, { mode: 0o600 });
  return result.filePath;
}
