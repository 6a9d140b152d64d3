/**
 * The serial a person sees. LibreLinkUp serials are 10 characters; since 2025-10 some Libre 3
 * serials arrive with one extra trailing digit (xDrip4iOS #666, DiaBLE), which the sensor's own
 * label does not show. The rule looks only at the shape, never at prefixes: those keep growing
 * (Libre 3 past `0H`, Libre 2 Plus `01`) and must not decide anything.
 */
const SERIAL_LENGTH = 10;

export function displaySerial(serial: string): string {
  const trimmed = serial.trim();
  return trimmed.length === SERIAL_LENGTH + 1 && /\d$/.test(trimmed)
    ? trimmed.slice(0, SERIAL_LENGTH)
    : trimmed;
}
