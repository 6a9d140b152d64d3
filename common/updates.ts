/**
 * An update the app offers, as every view shows it: the tray menu item and the popover's line.
 * `action` null: nothing to do yet (a restart that waits for an alarm to end).
 */
export interface UpdateOffer {
  label: string;
  action: 'restart' | 'open-download-page' | null;
}
