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
  let fetchedFor = '';

  async function refreshCurve(next: Snapshot): Promise<void> {
    const patientId = next.selectedPatientId;
    // Privacy mode draws no curve, so it asks for none either.
    const key = `${patientId}:${next.current?.time ?? ''}:${next.privacy}`;
    if (patientId === null || next.privacy || key === fetchedFor) return;
    fetchedFor = key;
    const answer = await api.getHistory({ patientId, span: '3h' });
    if (answer.ok && snapshot) {
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
