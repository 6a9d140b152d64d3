/** External pages the renderer may ask main to open, by id (never a raw URL). */
export type LinkId = 'llu-help' | 'libreview' | 'project' | 'privacy' | 'releases';
export const LINK_IDS: readonly LinkId[] = [
  'llu-help',
  'libreview',
  'project',
  'privacy',
  'releases',
];
