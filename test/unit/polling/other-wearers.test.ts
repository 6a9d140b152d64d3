import { describe, expect, it } from 'vitest';
import { scheduleAroundOthers } from '../../../main/core/polling/other-wearers';

const MINUTE = 60_000;
const T = Date.UTC(2026, 10, 24, 8, 0, 0);
const none = { typical: 0, lowest: 0 };

describe('scheduleAroundOthers', () => {
  it('leaves the focus schedule alone when nobody else is followed', () => {
    expect(scheduleAroundOthers(T + 62_000, [], none, T)).toBe(T + 62_000);
  });

  it('moves a poll out of the moment another wearer’s next reading may arrive', () => {
    // The other wearer's readings land at :03 (+ offset 1 s); the focus poll is due at :02.
    const due = T + MINUTE + 2_000;
    const moved = scheduleAroundOthers(due, [T + 3_000], { typical: 1_000, lowest: 0 }, T);
    expect(moved).toBe(T + MINUTE + 4_000 + 2_000);
  });

  it('keeps a poll that is clearly before or after the other wearer’s arrival', () => {
    const other = [T + 30_000];
    expect(scheduleAroundOthers(T + MINUTE + 2_000, other, none, T)).toBe(T + MINUTE + 2_000);
    expect(scheduleAroundOthers(T + MINUTE + 33_000, other, none, T)).toBe(T + MINUTE + 33_000);
  });

  it('moves past overlapping bands of several wearers', () => {
    const due = T + MINUTE;
    const moved = scheduleAroundOthers(due, [T + 4_000, T + 1_000], none, T);
    expect(moved).toBe(T + MINUTE + 4_000 + 2_000);
  });

  it('polls before another wearer’s reading after next arrives, whatever the focus wants', () => {
    // The newest reading of the other wearer is from T; its reading after next lands at T + 2 min.
    const late = T + 2 * MINUTE + 30_000;
    const due = scheduleAroundOthers(late, [T], none, T + 10_000);
    expect(due).toBeLessThan(T + 2 * MINUTE);
    expect(due).toBeGreaterThan(T + MINUTE);
  });

  it('ignores a wearer who stopped uploading, instead of polling at once', () => {
    const now = T + 30 * MINUTE;
    expect(scheduleAroundOthers(now + 50_000, [T], none, now)).toBe(now + 50_000);
  });
});
