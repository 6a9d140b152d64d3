import { describe, expect, it, vi } from 'vitest';
import {
  createNotificationFallback,
  NOTIFICATIONS_BLOCKED_NOTICE,
} from '../../../main/core/window/notification-fallback';

function targets() {
  const notices: string[] = [];
  return {
    notices,
    addNotice: vi.fn((text: string) => {
      if (!notices.includes(text)) notices.push(text);
    }),
    clearNotice: vi.fn((text: string) => {
      const at = notices.indexOf(text);
      if (at >= 0) notices.splice(at, 1);
    }),
    showPopover: vi.fn(),
    formatTime: (ms: number) => `t${ms}`,
    now: vi.fn(() => 1000),
  };
}

describe('a notification the OS refused', () => {
  it('becomes a time-stamped notice and opens the popover', () => {
    const t = targets();
    createNotificationFallback(t)({ id: 'urgentLow', title: 'Urgent low', body: '52 mg/dL ↓' });
    expect(t.notices).toEqual([
      NOTIFICATIONS_BLOCKED_NOTICE,
      'Alarm at t1000: Urgent low — 52 mg/dL ↓',
    ]);
    expect(t.showPopover).toHaveBeenCalledTimes(1);
  });

  it('a repeat of the same alarm replaces its notice; another alarm adds its own', () => {
    const t = targets();
    const fallback = createNotificationFallback(t);
    fallback({ id: 'urgentLow', title: 'Urgent low', body: '52' });
    t.now.mockReturnValue(2000);
    fallback({ id: 'urgentLow', title: 'Urgent low', body: '49' });
    fallback({ id: 'signal', title: 'No data', body: 'for 20 minutes' });
    expect(t.notices).toEqual([
      NOTIFICATIONS_BLOCKED_NOTICE,
      'Alarm at t2000: Urgent low — 49',
      'Alarm at t2000: No data — for 20 minutes',
    ]);
    expect(t.showPopover).toHaveBeenCalledTimes(3);
  });
});
