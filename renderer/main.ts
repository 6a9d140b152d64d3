// Popover entry. The full popover (value header, chart, states) is built by the popover issue;
// until then this shows the bridge's snapshot as plain text so the build and CSP can be tested.
import { BRIDGE_KEY, type RendererApi, type Snapshot } from '../preload/contract';

function render(root: HTMLElement, snapshot: Snapshot): void {
  root.textContent = snapshot.current
    ? `${snapshot.current.display.value} ${snapshot.current.display.unit}`
    : snapshot.session.message;
}

const root = document.getElementById('app');
const api = (window as unknown as Record<string, RendererApi | undefined>)[BRIDGE_KEY];
if (root && api) {
  void api.getSnapshot().then((result) => {
    if (result.ok) render(root, result.value);
  });
  api.onSnapshot((snapshot) => render(root, snapshot));
}
