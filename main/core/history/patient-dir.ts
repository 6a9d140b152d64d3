import { createHash } from 'node:crypto';

// Leaves room under the usual 255-byte name limit and Windows' 260-character paths.
const MAX_NAME = 100;

/**
 * A folder name for an opaque patient id that is safe everywhere and one-to-one: lowercase
 * letters, digits and '-' stay (LibreLinkUp ids are UUIDs, so they read as themselves), every
 * other UTF-16 code unit becomes `_xxxx` (code units rather than UTF-8, so even ids with lone
 * surrogates stay distinct). Only lowercase output means two ids that differ in case cannot
 * collide on case-insensitive disks (macOS, Windows); the `p-` prefix keeps names like `CON`,
 * `.` or the empty string from ever being produced. Very long ids fall back to a SHA-256 (`h-`).
 */
export function patientDirName(patientId: string): string {
  let name = 'p-';
  for (let i = 0; i < patientId.length; i++) {
    const unit = patientId.charCodeAt(i);
    const safe = (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x2d;
    name += safe ? patientId[i] : `_${unit.toString(16).padStart(4, '0')}`;
    if (name.length > MAX_NAME) {
      return `h-${createHash('sha256').update(patientId, 'utf16le').digest('hex')}`;
    }
  }
  return name;
}

/**
 * The patient id a folder name stands for, or null when it cannot be recovered (a hashed `h-`
 * name, or a name this module would not have produced).
 */
export function patientIdFromDirName(name: string): string | null {
  if (!name.startsWith('p-')) return null;
  let id = '';
  for (let i = 2; i < name.length;) {
    if (name[i] === '_') {
      const hex = name.slice(i + 1, i + 5);
      if (!/^[0-9a-f]{4}$/.test(hex)) return null;
      id += String.fromCharCode(parseInt(hex, 16));
      i += 5;
    } else {
      id += name[i];
      i += 1;
    }
  }
  return patientDirName(id) === name ? id : null;
}
