/**
 * The whole component model: a factory builds DOM under `el` from props, `update` patches it
 * for new props, `destroy` releases timers, charts and listeners. No virtual DOM, no framework.
 */
export interface Component<P> {
  readonly el: HTMLElement;
  update(props: P): void;
  destroy(): void;
}
