// The only place that touches the bridge global; tests replace it with a typed stub.
import { BRIDGE_KEY, type RendererApi } from '../preload/contract';

export function getApi(): RendererApi | null {
  const api = (window as unknown as Record<string, RendererApi | undefined>)[BRIDGE_KEY];
  return api ?? null;
}
