// Mini view entry: renders every Snapshot main pushes, and fetches the last hours' readings for
// the curve when the shown reading changes. It may call only getSnapshot, getHistory and
// closeMiniView: main refuses anything else from this page (main/ipc/sender-policy.ts).
import type { HistorySeries, RendererApi, Snapshot } from '../../preload/contract';
import { getApi } from '../api';
import { h } from '../dom';
import { createMiniView } from './mini-view';
import { MINI_WORDS } from './mini-words';

export function startMiniView(root: HTMLElement, api: RendererApi): void {
  const view = createMiniView(() => void api.closeMiniView());
  root.replaceChildren(view.el);
  let snapshot: Snapshot | null = null;
  let series: HistorySeries | null = null;
  let asked = 0;

  // Asked again with every snapshot: a graph that arrives later (a backfill after start or an
  // outage) changes the curve without changing the newest reading. The 3-hour query is small,
  // and snapshots come a few times a minute. Only the newest answer is drawn.
  async function refreshCurve(next: Snapshot): Promise<void> {
    const patientId = next.selectedPatientId;
    // Privacy mode draws no curve, so it asks for none either.
    if (patientId === null || next.privacy) return;
    const ticket = ++asked;
    const answer = await api.getHistory({ patientId, span: '3h' });
    if (answer.ok && snapshot && ticket === asked) {
      series = answer.value;
      view.update(snapshot, series);
    }
  }

  function render(next: Snapshot): void {
    snapshot = next;
    view.update(next, series);
    void refreshCurve(next);
  }

  api.onSnapshot(render);
  void api.getSnapshot().then((answer) => {
    if (answer.ok && snapshot === null) render(answer.value);
  });
}

const root = document.getElementById('mini');
const api = getApi();
if (root && api) startMiniView(root, api);
else if (root) root.replaceChildren(h('p', { class: 'note' }, MINI_WORDS.bridgeMissing));
