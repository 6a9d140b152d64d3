import { describe, expect, it, vi } from 'vitest';
import { sameNotice, type Notice } from '../../../main/core/app/notice';
import {
  createNotificationFallback,
  NOTIFICATIONS_BLOCKED_NOTICE,
} from '../../../main/core/window/notification-fallback';

function targets() {
  const notices: Notice[] = [];
  return {
    notices,
    addNotice: vi.fn((notice: Notice) => {
      if (!notices.some((n) => sameNotice(n, notice))) notices.push(notice);
    }),
    clearNotice: vi.fn((notice: Notice) => {
      const at = notices.findIndex((n) => sameNotice(n, notice));
      if (at >= 0) notices.splice(at, 1);
    }),
    showPopover: vi.fn(),
    now: vi.fn(() => 1000),
  };
}

const shown = (at: number, title: string, body: string): Notice => ({
  key: 'notice.alarmNotShown',
  params: { title, body },
  at,
});

describe('a notification the OS refused', () => {
  it('becomes a time-stamped notice and opens the popover', () => {
    const t = targets();
    createNotificationFallback(t)({ id: 'urgentLow', title: 'Urgent low', body: '52 mg/dL ↓' });
    expect(t.notices).toEqual([
      NOTIFICATIONS_BLOCKED_NOTICE,
      shown(1000, 'Urgent low', '52 mg/dL ↓'),
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
      shown(2000, 'Urgent low', '49'),
      shown(2000, 'No data', 'for 20 minutes'),
    ]);
    expect(t.showPopover).toHaveBeenCalledTimes(3);
  });
});
