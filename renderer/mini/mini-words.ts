// Every word the mini view's page shows, in one place until the catalog (common/i18n) takes them
// over. Reading sentences (stale, range, spoken value) come from the popover's value header, so
// both views say the same thing the same way.
export const MINI_WORDS = {
  region: 'Glucobar mini view',
  noReading: 'No reading',
  waiting: 'Waiting for the first reading',
  close: 'Close mini view',
  /** The close button's tooltip: the other way to close it, too. */
  closeHint:
    'Close the mini view (or untick “Mini view” in the tray menu). Drag anywhere to move it.',
  curveLabel: 'Glucose over the last 3 hours',
  curveHidden: 'Curve hidden in privacy mode',
  bridgeMissing: 'This page only works inside Glucobar.',
} as const;
