/** A time of day for the tray tooltip, in this computer's locale and zone (e.g. `14:12`). */
export function clockTime(ms: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(ms);
}
