import { powerMonitor } from 'electron';

/**
 * Calls `onWake` when the computer resumes from sleep or the screen is unlocked, the two
 * moments when the last reading is probably old and a fresh poll should happen at once
 * (gitify re-fetches on the same two events). Returns the unsubscribe.
 */
export function onSystemWake(onWake: (reason: 'resume' | 'unlock-screen') => void): () => void {
  const resume = () => onWake('resume');
  const unlock = () => onWake('unlock-screen');
  powerMonitor.on('resume', resume);
  powerMonitor.on('unlock-screen', unlock);
  return () => {
    powerMonitor.off('resume', resume);
    powerMonitor.off('unlock-screen', unlock);
  };
}
