// A tiny element builder: enough DOM for a popover without a framework. Text always goes in
// through textContent (never innerHTML), and styles only through classes or the CSSOM, so
// nothing here can trip the CSP or inject markup from data.

type Child = Node | string | null | undefined | false;
type Listener = (event: Event) => void;
export type Props = Record<string, string | number | boolean | null | undefined | Listener>;

/**
 * `h('button', { class: 'x', type: 'button', onclick: fn }, 'Label')`. Keys starting with `on`
 * add listeners; `true` sets an empty attribute; `false`, null and undefined leave it out.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (value === true) el.setAttribute(key, '');
    else if (value !== false && value !== null && value !== undefined)
      el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Sets text only when it changed, so screen readers and selections are not disturbed. */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** Toggles an element's visibility through the `hidden` attribute. */
export function show(el: HTMLElement, visible: boolean): void {
  el.hidden = !visible;
}
